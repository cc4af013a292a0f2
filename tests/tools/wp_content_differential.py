#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Random inputs through WordPress' own wpautop(), do_shortcode() and shortcode_unautop() (PHP,
Debian's wordpress package) and through ours (build/release/tests/wp_content_tool
--differential); prints how many results differ and the first few.

    python3 tests/tools/wp_content_differential.py [--seed N] [--count N]

Inputs are random concatenations of fragments seen in classic posts (block tags, <pre>, <br>,
comments, CR/LF, non-breaking spaces, shortcodes with every attribute form). HTML tags with
'[' inside are left out: WordPress' do_shortcodes_in_html_tags() pass is not ported.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, "..", "..", "build", "release", "tests", "wp_content_tool")

PHP = r"""<?php
$wp = '/usr/share/wordpress/wp-includes';
require "$wp/plugin.php";
require "$wp/formatting.php";
require "$wp/shortcodes.php";
function __($text) { return $text; }
function _doing_it_wrong() {}
function show($atts, $content, $tag) {
    $named = array(); $positional = array();
    if (is_array($atts)) {
        foreach ($atts as $k => $v) {
            if (is_int($k)) { $positional[] = $v; } else { $named[$k] = $v; }
        }
    }
    ksort($named, SORT_STRING);
    $pairs = array();
    foreach ($named as $k => $v) { $pairs[] = "$k=$v"; }
    return "⟦$tag|" . implode(',', $pairs) . '|' . implode(',', $positional) . '|' . $content . '⟧';
}
foreach (array('gallery', 'caption', 'audio', 'embed') as $name) { add_shortcode($name, 'show'); }
$out = array();
foreach (json_decode(file_get_contents($argv[1])) as $t) {
    $out[] = array(wpautop($t), do_shortcode($t), shortcode_unautop($t));
}
file_put_contents($argv[2], json_encode($out));
"""

AUTOP = ["text", "Wörter ä", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "\f", "\x0b", "\u00a0",
         "\u2028", "😀", "<p>", "</p>", "<P>", "<div>", "</div>", "<div class=\"x\">", "<pre>", "</pre>",
         "<pre class=\"a\">", "<pre", "</pre", "<br>", "<br />", "<br/>", "<br><br>", "<ul>", "</ul>",
         "<li>", "</li>", "<li class=\"z\">", "<blockquote>", "</blockquote>", "<BLOCKQUOTE>",
         "<!-- c -->", "<!--more-->", "<!--\nx\n-->", "<!--", "-->", "<![CDATA[ a\nb ]]>", "<table>",
         "<tr>", "<td>", "</td>", "</tr>", "</table>", "<h2>", "</h2>", "<hr>", "<hr />", "<script>",
         "</script>", "<style>", "</style>", "<svg>", "</svg>", "<em>", "</em>", "<a href=\"x\">", "</a>",
         "<a\nhref=\"y\">", "<img src=\"i.png\" />", "<option>", "</option>", "<select>", "</select>",
         "<object>", "</object>", "<param>", "<source>", "<video>", "</video>", "<figcaption>",
         "</figcaption>", "<figure>", "</figure>", "<address>", "</address>", "<form>", "</form>",
         "https://example.com/x", "&nbsp;", "<", ">"]
SHORTCODES = ["[gallery", "[caption", "[audio", "[embed", "[/gallery]", "[/caption]", "[/embed]", "]",
              "/]", " ", "  ", "ids=\"1,2\"", "a='x'", "b=3", "\"pos\"", "w/x", "/", "[", "[[", "]]",
              "text", "<p>", "</p>", "&nbsp;", "\u00a0", "\n", "\t", "[foo id=\"1\"]", "[/foo]", "[foo]",
              "[gallery-x]", "[Gallery]", "x\\\"y", "=", "<b>", "</b>", "https://e.com/a"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--count", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = []
    for _ in range(args.count):
        pool = AUTOP if rng.random() < 0.5 else SHORTCODES
        cases.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 40))))
    with tempfile.TemporaryDirectory() as tmp:
        paths = {k: os.path.join(tmp, k) for k in ("in.json", "php.php", "php.json", "ours.json")}
        with open(paths["in.json"], "w") as f:
            json.dump(cases, f)
        with open(paths["php.php"], "w") as f:
            f.write(PHP)
        subprocess.run(["php", paths["php.php"], paths["in.json"], paths["php.json"]], check=True)
        subprocess.run([TOOL, "--differential", paths["in.json"], paths["ours.json"]], check=True)
        php = json.load(open(paths["php.json"]))
        ours = json.load(open(paths["ours.json"]))
    names = ("wpautop", "do_shortcode", "shortcode_unautop")
    failed = 0
    for n, name in enumerate(names):
        bad = [i for i in range(len(cases)) if php[i][n] != ours[i][n]]
        failed += len(bad)
        print(f"{name}: {len(cases) - len(bad)} of {len(cases)} identical")
        for i in bad[:3]:
            print(f"  input {cases[i]!r}\n  php   {php[i][n]!r}\n  ours  {ours[i][n]!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
