<?php
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes tests/data/shortcodes/parse.json: how WordPress' own do_shortcode() (Debian's wordpress
# package, 6.1.x, wp-includes/shortcodes.php) splits shortcodes and parses their attributes.
#   php tests/tools/shortcode_reference.php [tests/data/shortcodes/parse.json]
# Each registered test shortcode prints what it was given, in a form the C++ test rebuilds:
#   ⟦name|key=value,…(keys sorted)|positional,…|content⟧
# Nothing of WordPress but plugin.php, formatting.php and shortcodes.php is loaded.

$out = $argv[1] ?? __DIR__ . '/../data/shortcodes/parse.json';
$wp  = '/usr/share/wordpress/wp-includes';
require "$wp/version.php";
require "$wp/plugin.php";
require "$wp/formatting.php";
require "$wp/shortcodes.php";
function __($text) { return $text; }
function _doing_it_wrong() {}

function show($atts, $content, $tag) {
    $named = array();
    $positional = array();
    if (is_array($atts)) {
        foreach ($atts as $k => $v) {
            if (is_int($k)) {
                $positional[] = $v;
            } else {
                $named[$k] = $v;
            }
        }
    }
    ksort($named, SORT_STRING);
    $pairs = array();
    foreach ($named as $k => $v) {
        $pairs[] = "$k=$v";
    }
    return "⟦$tag|" . implode(',', $pairs) . '|' . implode(',', $positional) . '|' . $content . '⟧';
}

$names = array('gallery', 'caption', 'audio', 'embed');
foreach ($names as $name) {
    add_shortcode($name, 'show');
}

$inputs = array(
    '[gallery]',
    '[gallery ids="1,2,3"]',
    "[gallery ids='1,2' columns=4 link=file]",
    '[gallery ids="7" /]',
    '[gallery/]',
    '[[gallery ids="1"]]',
    '[[caption]x[/caption]]',
    '[caption id="attachment_5" align="alignleft" width="300"]<img src="a.jpg" alt="A" /> Caption text[/caption]',
    '[caption width="200" caption="Said &quot;hi&quot;"]<img src="b.jpg" />[/caption]',
    'before [audio mp3="https://example.com/a.mp3"] after',
    '[audio src="x.mp3"][/audio]',
    '[embed]https://www.youtube.com/watch?v=abc[/embed]',
    '[embed width="400" height="300"]https://vimeo.com/1[/embed]',
    '[gallery-extra ids="1"] [galleryx] [gallery_2]',
    '[Gallery ids="1"]',
    '[gallery IDS="1" Columns="2"]',
    '[gallery ids=1,2 size=large]',
    '[gallery "positional one" \'two\' three]',
    '[gallery title="line\\nbreak" path="C:\\\\dir\\x41"]',
    "[gallery ids=\"1\"\u{00a0}columns=\"3\"]",
    '[gallery bad="<b>unclosed" good="<b>closed</b>"]',
    '[caption]first[/caption] and [caption]second[/caption]',
    '[caption]outer [gallery ids="2"] inner[/caption]',
    '[caption]no closing tag',
    'text [/caption] stray closing',
    '[caption attr="a/b" other="c"]x[/caption]',
    '[gallery ids="1" / ]',
    '[contact-form-7 id="12" title="Contact"] [gallery ids="3"]',
    '[embed src="https://example.com/v.mp4" /]',
    '[caption id="c1" width="10"]<a href="https://example.com/"><img src="c.jpg" /></a> Linked[/caption]',
);

$cases = array();
foreach ($inputs as $input) {
    $cases[] = array('input' => $input, 'names' => $names, 'output' => do_shortcode($input));
}
file_put_contents($out, json_encode($cases, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
fwrite(STDERR, sprintf("%d cases, WordPress %s\n", count($cases), $wp_version));
