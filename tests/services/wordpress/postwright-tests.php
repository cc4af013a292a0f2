<?php
// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Plugin Name: Postwright test site
 * Description: What the test WordPress needs beyond core: the SEO plugins' description fields
 * over REST, and no mail.
 */

// Yoast SEO and Rank Math keep the meta description in post meta. Protected keys (leading "_")
// are writable over REST only when registered with show_in_rest and an auth_callback; an
// unregistered key in "meta" is silently ignored, which would make a client's write look
// successful. Registering both lets the tests cover either plugin's field without the plugin.
add_action('init', function () {
    foreach (['post', 'page'] as $post_type) {
        foreach (['_yoast_wpseo_metadesc', 'rank_math_description'] as $key) {
            register_post_meta($post_type, $key, [
                'show_in_rest' => true,
                'single' => true,
                'type' => 'string',
                'auth_callback' => function ($allowed, $meta_key, $post_id) {
                    return current_user_can('edit_post', $post_id);
                },
            ]);
        }
    }
});

// There is no mail server: report every mail as sent without sending it (wp_install and new
// users would otherwise try).
add_filter('pre_wp_mail', '__return_true');
