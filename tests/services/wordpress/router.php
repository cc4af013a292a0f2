<?php
// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Router for PHP's built-in server in front of Debian's WordPress (see ../wordpress.sh).
// Each site's own router.php sets $pw_site_dir and includes this file.
//
// Debian's /usr/share/wordpress/wp-config.php only reads configs from /etc/wordpress. Defining
// ABSPATH here points wp-load.php at the site's own root instead: a directory of symlinks into
// /usr/share/wordpress plus the instance's wp-config.php. Nothing outside the state directory
// is written, and several instances never share a config.
if (!defined('ABSPATH')) {
    define('ABSPATH', $pw_site_dir . '/root/');
}

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

// wp-content lives in the instance (uploads, mu-plugins), outside the document root, as Apache's
// Alias does it for Debian. Static files only: nothing under it is executed.
if (str_starts_with($path, '/wp-content/')) {
    $base = realpath($pw_site_dir . '/wp-content');
    $file = realpath($pw_site_dir . '/wp-content/' . substr($path, strlen('/wp-content/')));
    if ($base === false || $file === false || !str_starts_with($file, $base . '/')
        || !is_file($file) || preg_match('/\.ph(p|ar|tml)\d*$/i', $file)) {
        http_response_code(404);
        header('Content-Type: text/plain; charset=utf-8');
        echo "Not found\n";
        return true;
    }
    $types = ['css' => 'text/css', 'js' => 'application/javascript', 'svg' => 'image/svg+xml',
              'json' => 'application/json', 'txt' => 'text/plain'];
    $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$ext] ?? (mime_content_type($file) ?: 'application/octet-stream')));
    header('Content-Length: ' . filesize($file));
    if ($_SERVER['REQUEST_METHOD'] !== 'HEAD') {
        readfile($file);
    }
    return true;
}

// Everything else as the built-in server does it: existing files are served or run, and any
// other path falls back to index.php, so pretty permalinks need no rewrite rules.
return false;
