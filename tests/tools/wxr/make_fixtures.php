<?php
// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs inside the test WordPress (tests/services/wordpress.sh) for make_fixtures.sh:
//
//   php make_fixtures.php populate SITE_DIR URL
//   php make_fixtures.php export   SITE_DIR URL OUT.xml [all|post] [CATEGORY_SLUG]
//   php make_fixtures.php render   SITE_DIR URL OUT_DIR
//
// populate fills a fresh site with the content the WXR importer must handle (issue 17), through
// WordPress's own API. export runs WordPress's real export_wp() and keeps what it prints; it is a
// process of its own each time because export_wp() declares its helper functions (wxr_cdata...)
// inside its body, so a second call in one process is a fatal "cannot redeclare". render writes
// the reference HTML of every post and page (the_content, as the site displays it) and
// expected.json, everything taken from WordPress's API rather than from our code.
//
// Dates are fixed, so that re-running gives the same ids, dates and slugs; only what WordPress
// stamps with "now" differs (see the README).

if ($argc < 4) {
    fwrite(STDERR, "usage: php make_fixtures.php populate|export|render SITE_DIR URL [...]\n");
    exit(2);
}
[, $mode, $site_dir, $url] = $argv;

function fail(string $message): never
{
    fwrite(STDERR, "make_fixtures.php: $message\n");
    exit(1);
}

// What WordPress expects of a web request (as tests/services/wordpress/install.php does).
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = $parts['port'] ?? 80;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

define('ABSPATH', $site_dir . '/root/');
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php'; // media, image, post (get_sample_permalink)
require_once ABSPATH . 'wp-admin/includes/export.php';

$admin = get_user_by('login', 'admin') ?: fail('no admin user: was the site installed?');
// As the administrator: no kses on content, as when an admin writes in wp-admin.
wp_set_current_user($admin->ID);

$ids_file = $site_dir . '/wxr-fixture-ids.json';

// --- helpers -------------------------------------------------------------------------------------

// wp_insert_post(), wp_insert_term(), update_post_meta() and wp_insert_comment() all unslash
// their input (they expect the slashed $_POST of a form): slash, or backslashes are lost.
function insert_post(array $fields): int
{
    $defaults = ['post_status' => 'publish', 'post_type' => 'post', 'comment_status' => 'open',
                 'ping_status' => 'closed'];
    $id = wp_insert_post(wp_slash(array_merge($defaults, $fields)), true);
    if (is_wp_error($id)) {
        fail('wp_insert_post: ' . $id->get_error_message() . ' for ' . ($fields['post_title'] ?? '?'));
    }
    return $id;
}

function set_meta(int $post_id, array $meta): void
{
    foreach ($meta as $key => $value) {
        update_post_meta($post_id, $key, wp_slash($value));
    }
}

function term(string $name, string $taxonomy, int $parent = 0, string $description = ''): int
{
    $result = wp_insert_term(wp_slash($name), $taxonomy, ['parent' => $parent, 'description' => $description]);
    if (is_wp_error($result)) {
        fail("wp_insert_term $name: " . $result->get_error_message());
    }
    return $result['term_id'];
}

// A small real picture, drawn with GD (a dependency of Debian's wordpress package).
function draw_image(string $path, int $w, int $h, array $rgb, string $label): void
{
    $im = imagecreatetruecolor($w, $h);
    for ($y = 0; $y < $h; $y++) {
        $shade = (int)(60 * $y / $h);
        $c = imagecolorallocate($im, max(0, $rgb[0] - $shade), max(0, $rgb[1] - $shade), max(0, $rgb[2] - $shade));
        imageline($im, 0, $y, $w - 1, $y, $c);
    }
    $white = imagecolorallocate($im, 255, 255, 255);
    imagefilledellipse($im, (int)($w * 0.7), (int)($h * 0.4), (int)($w / 3), (int)($w / 3), $white);
    imagestring($im, 5, 10, 10, $label, $white);
    str_ends_with($path, '.png') ? imagepng($im, $path, 9) : imagejpeg($im, $path, 82);
    imagedestroy($im);
}

// Uploads a picture as WordPress's media library does (files under uploads/2024/03, sizes made).
function attachment(string $file, int $w, int $h, array $rgb, array $post_data, string $alt, int $parent = 0): int
{
    $tmp = wp_tempnam($file);
    draw_image($tmp . '.' . pathinfo($file, PATHINFO_EXTENSION), $w, $h, $rgb, pathinfo($file, PATHINFO_FILENAME));
    rename($tmp . '.' . pathinfo($file, PATHINFO_EXTENSION), $tmp);
    $id = media_handle_sideload(['name' => $file, 'tmp_name' => $tmp], $parent, null, wp_slash($post_data));
    if (is_wp_error($id)) {
        fail("media_handle_sideload $file: " . $id->get_error_message());
    }
    if ($alt !== '') {
        set_meta($id, ['_wp_attachment_image_alt' => $alt]);
    }
    return $id;
}

// --- populate ------------------------------------------------------------------------------------

function populate(string $ids_file): void
{
    global $wpdb;
    $ids = [];

    update_option('blogname', 'Postwright WXR fixtures');
    update_option('blogdescription', 'Real WordPress content for the WXR importer');
    // An offset, so that wp:post_date and wp:post_date_gmt differ (by 1 h in winter, 2 h in summer).
    update_option('timezone_string', 'Europe/Berlin');
    update_option('gmt_offset', '');
    update_option('posts_per_page', 10);

    // The sample content of a fresh install (Hello world!, Sample Page, Privacy Policy) goes.
    foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $p) {
        wp_delete_post($p->ID, true);
    }

    // Authors, with display names that are not their logins.
    $people = [
        'admin' => ['Anna Admin', 'Anna', 'Admin'],
        'editor' => ['Élodie Éditeur', 'Élodie', 'Éditeur'],
        'author' => ["Bob O'Brien", 'Bob', "O'Brien"],
    ];
    foreach ($people as $login => [$display, $first, $last]) {
        $user = get_user_by('login', $login) ?: fail("no user $login");
        $r = wp_update_user(['ID' => $user->ID, 'display_name' => $display, 'first_name' => $first,
                             'last_name' => $last, 'nickname' => $display]);
        is_wp_error($r) && fail('wp_update_user: ' . $r->get_error_message());
        $ids['users'][$login] = $user->ID;
    }
    $u = $ids['users'];
    $r = wp_insert_user(['user_login' => 'jmueller', 'user_pass' => wp_generate_password(20, false),
                         'user_email' => 'jmueller@example.invalid', 'role' => 'author',
                         'display_name' => 'Jürgen Müller', 'first_name' => 'Jürgen', 'last_name' => 'Müller']);
    is_wp_error($r) && fail('wp_insert_user: ' . $r->get_error_message());
    $u['jmueller'] = $ids['users']['jmueller'] = $r;

    // Categories (nested three deep) and tags, with an ampersand and non-ASCII names.
    $t = [];
    $t['travel'] = term('Travel', 'category', 0, 'Trips & places');
    $t['europe'] = term('Europe', 'category', $t['travel']);
    $t['germany'] = term('Germany', 'category', $t['europe']);
    $t['tech'] = term('Tech & Tools', 'category');
    $t['ueber'] = term('Überraschungen', 'category');
    $t['small'] = term('Kleine Auswahl', 'category', 0, 'The posts of small.xml');
    $t['tag_cpp'] = term('C++ & Qt', 'post_tag');
    $t['tag_cafe'] = term('Café', 'post_tag');
    $t['tag_greek'] = term('Ελληνικά', 'post_tag');
    $t['tag_md'] = term('markdown', 'post_tag');
    $t['tag_seo'] = term('SEO', 'post_tag');
    $ids['terms'] = $t;

    // Pictures uploaded before the posts that use them.
    $att = [];
    $att['harbour'] = attachment('harbour.jpg', 800, 600, [40, 110, 190],
        ['post_title' => 'Harbour at dawn', 'post_excerpt' => 'The harbour at dawn, seen from the pier',
         'post_content' => 'A longer description of the harbour picture.', 'post_date' => '2024-03-01 09:00:00'],
        'Boats in a harbour at dawn');
    $att['market'] = attachment('market.png', 640, 480, [200, 120, 40],
        ['post_title' => 'Market', 'post_excerpt' => 'Saturday market & flowers', 'post_date' => '2024-03-01 09:01:00'],
        'A market stall with flowers');
    $att['tower'] = attachment('tower.jpg', 480, 720, [90, 160, 90],
        ['post_title' => 'Tower', 'post_excerpt' => '', 'post_date' => '2024-03-01 09:02:00'], '');
    $att['bridge'] = attachment('bridge.png', 600, 400, [130, 60, 160],
        ['post_title' => 'Bridge "Über" the river', 'post_excerpt' => 'Die Brücke über den Fluss',
         'post_date' => '2024-03-01 09:03:00'], 'Stone bridge über a river');

    $img = function (string $key, string $size = 'medium', string $align = 'alignnone') use (&$att): string {
        $id = $att[$key];
        [$src, $w, $h] = wp_get_attachment_image_src($id, $size);
        $alt = get_post_meta($id, '_wp_attachment_image_alt', true);
        return sprintf('<img class="%s size-%s wp-image-%d" src="%s" alt="%s" width="%d" height="%d" />',
                       $align, $size, $id, $src, esc_attr($alt), $w, $h);
    };

    $p = [];

    // 1. A classic post of sixty paragraphs, stored as the classic editor stores it: no <p>, blank
    //    lines between paragraphs, single line breaks inside them, a <pre> with blank lines.
    $paras = [];
    for ($i = 1; $i <= 60; $i++) {
        $line = "Paragraph $i of the long classic post. It has <strong>bold</strong> and <em>italic</em> words,";
        if ($i % 3 === 0) {
            $line .= "\na single line break inside the paragraph (shown as a line break),\nand a third line";
        } else {
            $line .= ' and a <a href="https://example.com/page-' . $i . '">link</a>';
        }
        $paras[] = $line . '.';
        if ($i === 20) {
            $paras[] = "<h2>A heading between paragraphs</h2>";
        }
        if ($i === 30) {
            $paras[] = "<pre>int main()\n{\n    return 0;\n\n\n}\n\n// two blank lines above, one above this</pre>";
        }
        if ($i === 40) {
            $paras[] = "<ul>\n\t<li>first item</li>\n\t<li>second item</li>\n</ul>";
        }
        if ($i === 50) {
            $paras[] = "<blockquote>A quotation,\nover two lines.</blockquote>";
        }
        // More of what wpautop() has rules for: tables, a div with a blank line inside, a
        // picture alone on its line, a rule, a comment, an ordered list, a <br /> typed by hand.
        if ($i === 10) {
            $paras[] = "<table>\n<tr><th>Name</th><th>Value</th></tr>\n<tr><td>a</td><td>1</td></tr>\n</table>";
        }
        if ($i === 15) {
            $paras[] = "<div class=\"note\">A note in a div.\n\nIts second paragraph.</div>";
        }
        if ($i === 25) {
            $paras[] = '%IMG_TOWER%';
        }
        if ($i === 35) {
            $paras[] = "<hr />\n\n<!-- a comment between paragraphs -->";
        }
        if ($i === 45) {
            $paras[] = "<ol>\n\t<li>one</li>\n\t<li>two\nwith a line break</li>\n</ol>\n<h3>A third-level heading</h3>\nText right after the heading, with a typed<br />\nline break.";
        }
    }
    $p['classic_long'] = insert_post([
        'post_title' => 'A classic post of sixty paragraphs',
        'post_name' => 'classic-sixty-paragraphs',
        'post_content' => str_replace('%IMG_TOWER%', $img('tower', 'full'), implode("\n\n", $paras)),
        'post_excerpt' => 'A hand-written excerpt: sixty paragraphs, a pre block and a list.',
        'post_date' => '2024-01-15 10:30:00', 'post_author' => $u['admin'],
        'post_category' => [$t['germany']], 'tags_input' => ['C++ & Qt', 'markdown'],
    ]);

    // 2. A block-editor post.
    $p['blocks'] = insert_post([
        'post_title' => 'A block editor post',
        'post_content' => implode("\n\n", [
            "<!-- wp:paragraph -->\n<p>The first paragraph of a <strong>block</strong> post.</p>\n<!-- /wp:paragraph -->",
            "<!-- wp:heading -->\n<h2>A heading block</h2>\n<!-- /wp:heading -->",
            "<!-- wp:paragraph -->\n<p>Line one<br>line two after a soft break.</p>\n<!-- /wp:paragraph -->",
            "<!-- wp:list -->\n<ul><li>alpha</li><li>beta</li></ul>\n<!-- /wp:list -->",
            sprintf("<!-- wp:image {\"id\":%d,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n"
                    . "<figure class=\"wp-block-image size-large\"><img src=\"%s\" alt=\"%s\" class=\"wp-image-%d\"/>"
                    . "<figcaption class=\"wp-element-caption\">A figure caption</figcaption></figure>\n<!-- /wp:image -->",
                    $att['harbour'], wp_get_attachment_image_url($att['harbour'], 'large'),
                    esc_attr(get_post_meta($att['harbour'], '_wp_attachment_image_alt', true)), $att['harbour']),
            "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>echo 'hello';\n\necho 'after a blank line';</code></pre>\n<!-- /wp:code -->",
            "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>A quote block.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->",
            "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true} -->\n"
            . "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\"><div class=\"wp-block-embed__wrapper\">\n"
            . "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->",
            "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->",
            "<!-- wp:paragraph -->\n<p>The last paragraph.</p>\n<!-- /wp:paragraph -->",
        ]),
        'post_date' => '2024-02-10 14:00:00', 'post_author' => $u['editor'],
        'post_category' => [$t['tech']], 'tags_input' => ['markdown'],
    ]);

    // 3. The media shortcodes and bare embed URLs.
    $p['shortcodes'] = insert_post([
        'post_title' => 'Captions, galleries and embeds',
        'post_content' => implode("\n\n", [
            'An introduction before the captioned picture.',
            sprintf('[caption id="attachment_%d" align="alignnone" width="300"]%s The harbour at dawn, seen from the pier[/caption]',
                    $att['harbour'], $img('harbour')),
            sprintf('[caption id="attachment_%d" align="alignright" width="300"]<a href="%s">%s</a> Saturday market &amp; flowers[/caption]',
                    $att['market'], wp_get_attachment_url($att['market']), $img('market', 'medium', 'alignright')),
            'A gallery of three pictures:',
            sprintf('[gallery ids="%d,%d,%d"]', $att['harbour'], $att['market'], $att['bridge']),
            'And one with options: [gallery columns="2" size="thumbnail" link="file" ids="' . $att['tower'] . ',' . $att['bridge'] . '"]',
            '[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]',
            'A bare YouTube address on its own line:',
            'https://www.youtube.com/watch?v=jNQXAC9IVRw',
            'A bare Vimeo address on its own line:',
            'https://vimeo.com/76979871',
            'An address inside a sentence is not embedded: see https://vimeo.com/76979871 for details.',
            '[audio mp3="https://media.example.com/podcast/episode-1.mp3"][/audio]',
            '[video src="https://media.example.com/clips/demo.mp4" width="640" height="360"]',
            'The end.',
        ]),
        'post_date' => '2024-03-05 08:15:00', 'post_author' => $u['admin'],
        'post_category' => [$t['travel']],
    ]);
    // The market picture belongs to this post (post_parent), as when uploaded from its editor.
    wp_update_post(['ID' => $att['market'], 'post_parent' => $p['shortcodes']]);

    // 4. Shortcodes no importer knows, self-closing and enclosing.
    $p['unknown_shortcodes'] = insert_post([
        'post_title' => 'Unknown shortcodes',
        'post_content' => implode("\n\n", [
            'Write to us:',
            '[contact-form-7 id="12" title="Contact"]',
            '[note]Enclosed text of a <em>note</em> shortcode.[/note]',
            'Inline [tooltip text="hi"]hover me[/tooltip] inside a sentence, and an escaped [[not_a_shortcode]].',
            '[row][column width="1/2"]Left[/column][column width="1/2"]Right[/column][/row]',
        ]),
        'post_date' => '2024-03-06 09:00:00', 'post_author' => $u['author'],
        'post_category' => [$t['tech']],
    ]);

    // 5. <!--more--> with a teaser (also in small.xml, so Latin-1 characters only).
    $p['more'] = insert_post([
        'post_title' => 'Café culture: a teaser',
        'post_content' => "This is the teaser, shown on the front page.\n\nIt has two paragraphs.\n\n<!--more-->\n\n"
                          . "This is the rest of the post, after the more tag.\n\nSüße Grüße aus München.",
        'post_date' => '2024-04-02 18:45:00', 'post_author' => $u['editor'],
        'post_category' => [$t['europe'], $t['small']], 'tags_input' => ['Café'],
    ]);

    // 6. <!--nextpage-->.
    $p['nextpage'] = insert_post([
        'post_title' => 'A post in three pages',
        'post_content' => "Page one.\n\n<!--nextpage-->\n\nPage two.\n\n<!--nextpage-->\n\nPage three, with a <!--more Read on--> custom more text.",
        'post_date' => '2024-04-03 12:00:00', 'post_author' => $u['admin'],
    ]);

    // 7. Password-protected.
    $p['password'] = insert_post([
        'post_title' => 'Members only',
        'post_content' => "This content is protected by a password.\n\nIt must not be imported unless asked for.",
        'post_password' => 'opensesame',
        'post_date' => '2024-04-04 12:00:00', 'post_author' => $u['admin'],
    ]);

    // 8. Every status.
    $p['draft'] = insert_post(['post_title' => 'Status: draft', 'post_status' => 'draft',
        'post_content' => 'A draft.', 'post_date' => '2024-04-05 10:00:00', 'post_author' => $u['author']]);
    $p['pending'] = insert_post(['post_title' => 'Status: pending review', 'post_status' => 'pending',
        'post_content' => 'Waiting for review.', 'post_date' => '2024-04-05 11:00:00', 'post_author' => $u['author']]);
    $p['private'] = insert_post(['post_title' => 'Status: private', 'post_status' => 'private',
        'post_content' => 'Only for logged-in editors.', 'post_date' => '2024-04-05 12:00:00', 'post_author' => $u['admin']]);
    $p['future'] = insert_post(['post_title' => 'Status: scheduled', 'post_status' => 'future',
        'post_content' => 'Scheduled for 2099.', 'post_date' => '2099-06-01 09:00:00', 'post_author' => $u['admin']]);
    $p['trash'] = insert_post(['post_title' => 'Status: trashed', 'post_name' => 'trashed-post',
        'post_content' => 'In the bin.', 'post_date' => '2024-04-05 13:00:00', 'post_author' => $u['admin']]);
    wp_trash_post($p['trash']);
    // wp_trash_post stamps the time of trashing; a fixed one keeps the export stable.
    update_post_meta($p['trash'], '_wp_trash_meta_time', strtotime('2024-04-06 00:00:00 UTC'));

    // 9. Sticky.
    $p['sticky'] = insert_post(['post_title' => 'A sticky post', 'post_content' => 'Always on top.',
        'post_date' => '2024-04-06 09:30:00', 'post_author' => $u['jmueller'], 'post_category' => [$t['ueber']],
        'tags_input' => ['Ελληνικά']]);
    stick_post($p['sticky']);

    // 10. SEO plugins' meta: Yoast on one post, Rank Math on another.
    $p['yoast'] = insert_post(['post_title' => 'Post with Yoast SEO meta',
        'post_content' => 'Yoast stores its fields in post meta.', 'post_date' => '2024-05-01 10:00:00',
        'post_author' => $u['editor'], 'tags_input' => ['SEO']]);
    set_meta($p['yoast'], [
        '_yoast_wpseo_metadesc' => 'Yoast meta description: what this post says, in about 130 characters, with an ampersand & "quotes".',
        '_yoast_wpseo_focuskw' => 'yoast focus keyphrase',
        '_yoast_wpseo_title' => '%%title%% %%sep%% Custom SEO title',
    ]);
    $p['rankmath'] = insert_post(['post_title' => 'Post with Rank Math meta',
        'post_content' => 'Rank Math stores its fields in post meta too.', 'post_date' => '2024-05-02 10:00:00',
        'post_author' => $u['editor'], 'tags_input' => ['SEO']]);
    set_meta($p['rankmath'], [
        'rank_math_description' => 'Rank Math description of the post, long enough to be a real meta description for the search results.',
        'rank_math_focus_keyword' => 'rank math keyword,second keyword',
        'rank_math_title' => 'Rank Math SEO title %sep% %sitename%',
    ]);

    // 11. Featured image whose attachment is created after the post (a higher id).
    $p['featured'] = insert_post(['post_title' => 'Post with a featured image',
        'post_content' => 'The featured image was uploaded after the post was written.',
        'post_date' => '2024-05-03 10:00:00', 'post_author' => $u['admin'], 'post_category' => [$t['germany']]]);
    $att['featured'] = attachment('featured-sunset.jpg', 1200, 630, [220, 90, 50],
        ['post_title' => 'Sunset', 'post_excerpt' => 'Sunset over the hills', 'post_date' => '2024-05-03 10:05:00'],
        'A red sunset over hills', $p['featured']);
    set_post_thumbnail($p['featured'], $att['featured']);

    // 12. Names: two drafts with one title (empty post_name), a page and a post with one slug.
    $p['draft_twin_1'] = insert_post(['post_title' => 'A draft with a shared title', 'post_status' => 'draft',
        'post_content' => 'The first of two drafts.', 'post_date' => '2024-05-04 10:00:00', 'post_author' => $u['author']]);
    $p['draft_twin_2'] = insert_post(['post_title' => 'A draft with a shared title', 'post_status' => 'draft',
        'post_content' => 'The second of two drafts.', 'post_date' => '2024-05-04 11:00:00', 'post_author' => $u['author']]);
    $p['page_about'] = insert_post(['post_type' => 'page', 'post_title' => 'About us', 'post_name' => 'about',
        'post_content' => "The page about us.\n\nIt shares its slug with a post.", 'post_date' => '2024-01-01 12:00:00',
        'post_author' => $u['admin'], 'menu_order' => 1, 'comment_status' => 'closed']);
    $p['post_about'] = insert_post(['post_title' => 'About (the post)', 'post_name' => 'about',
        'post_content' => 'A post whose slug is the same as the page\'s.', 'post_date' => '2024-05-05 10:00:00',
        'post_author' => $u['admin']]);
    $p['page_team'] = insert_post(['post_type' => 'page', 'post_title' => 'Team', 'post_parent' => $p['page_about'],
        'post_content' => 'A child page of About us.', 'post_date' => '2024-01-01 12:30:00', 'post_author' => $u['admin'],
        'menu_order' => 2, 'comment_status' => 'closed']);
    $p['page_draft'] = insert_post(['post_type' => 'page', 'post_title' => 'A draft page', 'post_status' => 'draft',
        'post_content' => 'Not yet.', 'post_date' => '2024-01-02 12:00:00', 'post_author' => $u['admin'],
        'comment_status' => 'closed']);

    // 13. Titles that break naive YAML.
    $odd = ['Yes', 'null', 'key: value', '- starts with dash', '#hash', '@at', '[brackets]', '*star',
            '"quoted"', "'single'", 'Tom & Jerry', 'Launch day 🚀', 'Ends with a colon:',
            '  leading and trailing spaces  ', str_repeat('A very long title ', 16) . 'that ends here (300)'];
    $odd[count($odd) - 1] = substr($odd[count($odd) - 1] . str_repeat('x', 300), 0, 300);
    $minute = 0;
    foreach ($odd as $i => $title) {
        $fields = ['post_title' => $title, 'post_content' => 'A post titled ' . esc_html($title) . '.',
                   'post_date' => sprintf('2024-06-10 09:%02d:00', $minute++), 'post_author' => $u['author']];
        if ($title === 'Tom & Jerry') {
            $fields['post_category'] = [$t['small']];
        }
        $p['odd_' . $i] = insert_post($fields);
    }

    // 14. Markdown-significant characters and entities (in small.xml: Latin-1 characters only).
    $p['markdown_chars'] = insert_post([
        'post_title' => 'Stars, underscores & #hashes',
        'post_content' => implode("\n\n", [
            'Some *stars* and **double stars**, snake_case_words and __dunder__, a `backtick` and ``double ticks``.',
            "# not a heading, just a hash at the start of a line\n+ not a list\n1. not an ordered list\n> not a quote",
            'Entities: &amp; &lt;tag&gt; &quot;quoted&quot; &copy; &eacute; &#8217; &#x2014; &nbsp;(nbsp) and a raw 5 < 6 & 7 > 3.',
            'A backslash \\ and a Windows path C:\\Users\\bob\\*.txt, [square] brackets, a | pipe | and ~tildes~.',
            "---\n\n<!-- an HTML comment that is not more -->\n\n===",
            '<code>inline &lt;code&gt; with *stars*</code> and <kbd>Ctrl</kbd>+<kbd>C</kbd>.',
            'A CDATA end marker ]]> in the text (export.php splits the CDATA section there).',
        ]),
        'post_date' => '2024-07-01 22:30:00', 'post_author' => $u['jmueller'],
        'post_category' => [$t['small'], $t['tech']], 'tags_input' => ['markdown'],
    ]);

    // 15. Comments (one threaded reply, one held for moderation).
    $comment = function (array $c) use (&$p) {
        $c = array_merge(['comment_post_ID' => $p['classic_long'], 'comment_author_email' => 'reader@example.invalid',
                          'comment_author_url' => '', 'comment_author_IP' => '192.0.2.1', 'comment_agent' => 'fixture',
                          'comment_approved' => 1, 'comment_type' => 'comment', 'comment_parent' => 0, 'user_id' => 0], $c);
        $c['comment_date_gmt'] = get_gmt_from_date($c['comment_date']);
        $id = wp_insert_comment(wp_slash($c));
        $id || fail('wp_insert_comment failed');
        return $id;
    };
    $c1 = $comment(['comment_author' => 'Reader One', 'comment_content' => "Great post!\nTwo lines.", 'comment_date' => '2024-01-16 08:00:00']);
    $comment(['comment_author' => 'Anna Admin', 'user_id' => $u['admin'], 'comment_author_email' => 'admin@example.invalid',
              'comment_content' => 'Thanks, <em>Reader</em>!', 'comment_parent' => $c1, 'comment_date' => '2024-01-16 09:00:00']);
    $comment(['comment_author' => 'Spammy', 'comment_content' => 'Buy things', 'comment_approved' => 0,
              'comment_date' => '2024-01-17 10:00:00']);

    // The classic post gets a featured image uploaded last of all: the highest id of the site.
    $att['classic_featured'] = attachment('classic-cover.png', 1000, 500, [60, 60, 60],
        ['post_title' => 'Cover of the classic post', 'post_excerpt' => 'Cover & caption',
         'post_date' => '2024-07-02 08:00:00'], 'Grey cover picture', $p['classic_long']);
    set_post_thumbnail($p['classic_long'], $att['classic_featured']);

    // Later updates (post_parent, thumbnails, trashing) stamped post_modified with "now": the
    // modification date becomes the post date, so that the files are the same at every run.
    $wpdb->query("UPDATE {$wpdb->posts} SET post_modified = post_date, post_modified_gmt = post_date_gmt");
    $wpdb->query("UPDATE {$wpdb->posts} SET post_modified_gmt = '2024-05-04 09:00:00' WHERE post_date_gmt = '0000-00-00 00:00:00'");
    clean_post_cache(0);
    wp_cache_flush();

    $ids['posts'] = $p;
    $ids['attachments'] = $att;
    file_put_contents($ids_file, json_encode($ids, JSON_PRETTY_PRINT) . "\n");
}

// --- export --------------------------------------------------------------------------------------

function export(string $out, string $content, string $category): void
{
    $args = ['content' => $content];
    if ($category !== '') {
        $args['category'] = get_term_by('slug', $category, 'category')->term_id ?? fail("no category $category");
    }
    // export_wp() echoes the file and sends download headers; the CLI SAPI ignores headers.
    ob_start();
    export_wp($args);
    $xml = ob_get_clean();
    if (!str_contains($xml, '</rss>')) {
        fail('export_wp did not finish');
    }
    file_put_contents($out, $xml);
}

// --- render --------------------------------------------------------------------------------------

function term_names(int $id, string $taxonomy): array
{
    $terms = get_the_terms($id, $taxonomy);
    return is_array($terms) ? array_map(fn($t) => html_entity_decode($t->name, ENT_QUOTES, 'UTF-8'), $terms) : [];
}

function render(string $ids_file, string $out_dir): void
{
    global $post, $wpdb;
    $ids = json_decode(file_get_contents($ids_file), true);
    $key_of = array_flip($ids['posts']) + array_flip($ids['attachments']);
    @mkdir($out_dir . '/rendered', 0777, true);
    @mkdir($out_dir . '/autop', 0777, true);
    $meta_keys = ['_yoast_wpseo_metadesc', '_yoast_wpseo_focuskw', '_yoast_wpseo_title',
                  'rank_math_description', 'rank_math_focus_keyword', 'rank_math_title',
                  '_thumbnail_id', '_wp_desired_post_slug', '_wp_trash_meta_status'];

    $items = [];
    $attachments = [];
    $all = $wpdb->get_col("SELECT ID FROM {$wpdb->posts} WHERE post_status != 'auto-draft' ORDER BY ID");
    foreach ($all as $id) {
        $p = get_post((int)$id);
        if ($p->post_type === 'attachment') {
            $attachments[] = [
                'id' => $p->ID, 'key' => $key_of[$p->ID] ?? null, 'title' => $p->post_title,
                'url' => wp_get_attachment_url($p->ID), 'caption' => $p->post_excerpt,
                'description' => $p->post_content,
                'alt' => get_post_meta($p->ID, '_wp_attachment_image_alt', true),
                'parent' => $p->post_parent, 'mime_type' => $p->post_mime_type,
                'sizes' => array_map(fn($s) => wp_get_attachment_image_url($p->ID, $s),
                                     array_combine(get_intermediate_image_sizes(), get_intermediate_image_sizes())),
            ];
            continue;
        }
        if (!in_array($p->post_type, ['post', 'page'], true)) {
            continue;
        }
        // The slug WordPress shows for a post without one (drafts, pending), as the editor's
        // permalink box derives it: sanitize_title() of the title, then wp_unique_post_slug().
        [, $sample_name] = get_sample_permalink($p->ID);
        $thumb = (int)get_post_meta($p->ID, '_thumbnail_id', true);
        $meta = [];
        foreach ($meta_keys as $k) {
            if (metadata_exists('post', $p->ID, $k)) {
                $meta[$k] = get_post_meta($p->ID, $k, true);
            }
        }
        $slug = $p->post_name !== '' ? $p->post_name : $sample_name;
        $file = preg_match('/^[a-z0-9_-]{1,60}$/', $slug) ? "{$p->ID}-$slug.html" : "{$p->ID}.html";
        $items[] = [
            'id' => $p->ID, 'key' => $key_of[$p->ID] ?? null, 'type' => $p->post_type, 'status' => $p->post_status,
            'title' => $p->post_title, 'post_name' => $p->post_name,
            'slug' => $slug, 'slug_derived' => $p->post_name === '',
            'sanitize_title' => sanitize_title($p->post_title),
            'link' => get_permalink($p), 'date' => $p->post_date, 'date_gmt' => $p->post_date_gmt,
            'date_iso' => get_post_datetime($p)?->format(DATE_ATOM),
            'modified' => $p->post_modified, 'modified_gmt' => $p->post_modified_gmt,
            'author' => get_the_author_meta('display_name', $p->post_author),
            'author_login' => get_the_author_meta('user_login', $p->post_author),
            'categories' => term_names($p->ID, 'category'), 'tags' => term_names($p->ID, 'post_tag'),
            'sticky' => is_sticky($p->ID), 'password' => $p->post_password,
            'password_protected' => $p->post_password !== '',
            'excerpt' => $p->post_excerpt, 'parent' => $p->post_parent, 'menu_order' => $p->menu_order,
            'comment_count' => (int)$p->comment_count,
            'approved_comments' => (int)get_comments(['post_id' => $p->ID, 'status' => 'approve', 'count' => true]),
            'has_more' => str_contains($p->post_content, '<!--more'),
            'pages' => substr_count($p->post_content, '<!--nextpage-->') + 1,
            'is_block_content' => has_blocks($p->post_content),
            'featured_image' => $thumb ? wp_get_attachment_url($thumb) : null,
            'meta' => (object)$meta,
            'rendered' => "rendered/$file",
            'autop' => has_blocks($p->post_content) ? null : "autop/$file",
        ];

        // The content as the site displays it: the_content filters (blocks, wptexturize, wpautop,
        // shortcodes, embeds, image attributes) over the whole stored content, in the loop.
        $post = $p;
        setup_postdata($p);
        $html = apply_filters('the_content', $p->post_content);
        $html = str_replace(']]>', ']]&gt;', $html); // as the_content() does
        file_put_contents("$out_dir/rendered/$file", $html);

        // wpautop() alone, for the classic (non-block) content: the reference for a port of it.
        if (!has_blocks($p->post_content)) {
            file_put_contents("$out_dir/autop/$file", wpautop($p->post_content));
        }
    }
    wp_reset_postdata();

    $expected = [
        'wordpress_version' => get_bloginfo('version'),
        'site' => ['title' => get_bloginfo('name'), 'url' => home_url(), 'timezone' => wp_timezone_string(),
                   'permalink_structure' => get_option('permalink_structure')],
        'authors' => array_map(fn($u) => ['login' => $u->user_login, 'display_name' => $u->display_name],
                               get_users(['orderby' => 'ID'])),
        'categories' => array_map(fn($t) => ['id' => $t->term_id, 'name' => html_entity_decode($t->name, ENT_QUOTES, 'UTF-8'),
                                             'slug' => $t->slug, 'parent' => $t->parent],
                                  get_terms(['taxonomy' => 'category', 'hide_empty' => false, 'orderby' => 'term_id'])),
        'tags' => array_map(fn($t) => ['id' => $t->term_id, 'name' => html_entity_decode($t->name, ENT_QUOTES, 'UTF-8'), 'slug' => $t->slug],
                            get_terms(['taxonomy' => 'post_tag', 'hide_empty' => false, 'orderby' => 'term_id'])),
        'items' => $items,
        'attachments' => $attachments,
    ];
    file_put_contents("$out_dir/expected.json",
                      json_encode($expected, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
}

switch ($mode) {
    case 'populate':
        populate($ids_file);
        break;
    case 'export':
        $argc >= 5 || fail('export needs OUT.xml');
        export($argv[4], $argv[5] ?? 'all', $argv[6] ?? '');
        break;
    case 'render':
        $argc >= 5 || fail('render needs OUT_DIR');
        render($ids_file, $argv[4]);
        break;
    default:
        fail("unknown mode $mode");
}
