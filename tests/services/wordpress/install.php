<?php
// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Installs one test site, idempotently (Debian 12 has no wp-cli):
//   php install.php SITE_DIR URL PERMALINK_STRUCTURE TITLE
// Makes sure the site is installed, has the permalink structure, and has the users admin,
// editor and author (their roles) with a login password and an Application Password named
// "postwright-tests". Passwords are kept in SITE_DIR/users.json (mode 0600) and reused while
// they still work, so a restart keeps the credentials; anything that does not check out is
// replaced. Prints nothing on success; errors go to stderr with exit status 1.

if ($argc !== 5) {
    fwrite(STDERR, "usage: php install.php SITE_DIR URL PERMALINK_STRUCTURE TITLE\n");
    exit(2);
}
[, $site_dir, $url, $structure, $title] = $argv;

function fail(string $message): never
{
    fwrite(STDERR, "install.php: $message\n");
    exit(1);
}

// What WordPress expects of a web request.
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = $parts['port'] ?? 80;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

define('WP_INSTALLING', true);
define('ABSPATH', $site_dir . '/root/'); // the site's own wp-config.php, as in router.php
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

const APP_PASSWORD_NAME = 'postwright-tests';
$wanted = ['admin' => 'administrator', 'editor' => 'editor', 'author' => 'author'];

$users_file = $site_dir . '/users.json';
$saved = is_file($users_file) ? (json_decode(file_get_contents($users_file), true) ?: []) : [];
$password_of = fn(string $login) => $saved[$login]['password'] ?? wp_generate_password(20, false);

if (!is_blog_installed()) {
    // wp_install() tries to switch on pretty permalinks by requesting the site over HTTP; the
    // server is not up yet, so that fails at once and the structure is set below.
    $result = wp_install($title, 'admin', 'admin@example.invalid', false, '', $password_of('admin'));
    if (is_wp_error($result)) {
        fail('wp_install: ' . $result->get_error_message());
    }
}
update_option('blogname', $title);
update_option('timezone_string', 'UTC');

global $wp_rewrite;
if (get_option('permalink_structure') !== $structure) {
    $wp_rewrite->set_permalink_structure($structure);
}
flush_rewrite_rules(false);

$records = [];
foreach ($wanted as $login => $role) {
    $password = $password_of($login);
    $user = get_user_by('login', $login);
    if (!$user) {
        $id = wp_insert_user(['user_login' => $login, 'user_pass' => $password,
                              'user_email' => "$login@example.invalid", 'role' => $role,
                              'display_name' => ucfirst($login)]);
        if (is_wp_error($id)) {
            fail("creating $login: " . $id->get_error_message());
        }
        $user = get_user_by('id', $id);
    } else {
        if (!wp_check_password($password, $user->user_pass, $user->ID)) {
            wp_set_password($password, $user->ID);
        }
        if ($user->roles !== [$role]) {
            $user->set_role($role);
        }
    }

    $app_password = $saved[$login]['application_password'] ?? '';
    $valid = false;
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] !== APP_PASSWORD_NAME) {
            continue;
        }
        // Compared as wp_authenticate_application_password() does: without the spaces.
        if (!$valid && $app_password !== ''
            && wp_check_password(preg_replace('/[^a-z\d]/i', '', $app_password), $item['password'], $user->ID)) {
            $valid = true;
            continue;
        }
        WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
    }
    if (!$valid) {
        $created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => APP_PASSWORD_NAME]);
        if (is_wp_error($created)) {
            fail("application password for $login: " . $created->get_error_message());
        }
        $app_password = WP_Application_Passwords::chunk_password($created[0]);
    }
    $records[$login] = ['name' => $login, 'role' => $role, 'password' => $password,
                        'application_password' => $app_password];
}

$old_umask = umask(0077);
$json = json_encode($records, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n";
if (file_put_contents($users_file . '.tmp', $json) === false || !rename($users_file . '.tmp', $users_file)) {
    fail("cannot write $users_file");
}
umask($old_umask);
