<?php
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes WordPress' own paragraphs for each tests/data/wpautop/NAME.txt into NAME.html:
#   php tests/tools/wpautop_reference.php [tests/data/wpautop]
# Uses wpautop() from the installed WordPress (Debian's wordpress package, 6.1.x:
# /usr/share/wordpress/wp-includes/formatting.php) and applies it as the_content does: content
# with block markup (has_blocks(): it contains "<!-- wp:") is left alone, because do_blocks()
# takes wpautop off the_content for it.

$dir = $argv[1] ?? __DIR__ . '/../data/wpautop';
require '/usr/share/wordpress/wp-includes/version.php';
require '/usr/share/wordpress/wp-includes/formatting.php';

$files = glob("$dir/*.txt");
sort($files);
foreach ($files as $input) {
    $text = file_get_contents($input);
    // has_blocks() in wp-includes/blocks.php, for a string.
    $html = false !== strpos($text, '<!-- wp:') ? $text : wpautop($text);
    file_put_contents(substr($input, 0, -4) . '.html', $html);
}
fwrite(STDERR, sprintf("%d files, WordPress %s\n", count($files), $wp_version));
