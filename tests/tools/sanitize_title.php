<?php
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints WordPress's own sanitize_title() of each argument, one per line, from the WordPress
# installed on this machine (Debian's wordpress package, /usr/share/wordpress), without a
# database: the oracle for the rows of tst_wxr_import's sanitizeTitleRules.
#   php tests/tools/sanitize_title.php "Crème Brûlée: 10 Tips!" "Hello/World"
# Without the php-mbstring extension WordPress does not lower-case non-Latin letters
# (mb_strtolower is missing); with it (most hosts) it does.
define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
// The only filter sanitize_title() runs is WordPress's own default one.
function apply_filters($tag, $value, ...$args)
{
    if ($tag === 'sanitize_title')
        return sanitize_title_with_dashes($value, $args[0] ?? '', $args[1] ?? 'save');
    return $value;
}
function get_locale()
{
    return 'en_US';
}
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
foreach (array_slice($argv, 1) as $title)
    echo sanitize_title($title), "\n";
