#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the WXR test material in tests/data/wxr with WordPress's own export code:
#
#   tests/tools/wxr/make_fixtures.sh [STATE_DIR]     (default /tmp/wxr-wp; takes about 10 s)
#
# Starts a fresh test WordPress (tests/services/wordpress.sh), fills its "pretty" site through
# WordPress's API (make_fixtures.php populate), exports it with export_wp() (all content, posts
# only, one category), renders every post's content as the site shows it, fetches the site's RSS
# feed, stops WordPress, then puts the site's random loopback address back to http://wxr.test
# and derives the bad inputs from the real files. See tests/data/wxr/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
state=${1:-/tmp/wxr-wp}
out=$root/tests/data/wxr
placeholder=wxr.test

for tool in php curl gzip iconv python3; do
  command -v "$tool" >/dev/null || { echo "make_fixtures.sh: $tool is missing" >&2; exit 1; }
done
php -r 'exit(function_exists("imagecreatetruecolor") ? 0 : 1);' ||
  { echo "make_fixtures.sh: PHP's GD (php-gd, a dependency of Debian's wordpress) is missing" >&2; exit 1; }

work=$(mktemp -d /tmp/wxr-fixtures.XXXXXX)
started=""
cleanup() {
  [ -z "$started" ] || "$root/tests/services/wordpress.sh" stop "$state" || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

started=1
"$root/tests/services/wordpress.sh" start --fresh "$state"
site=$state/sites/pretty
port=$(<"$site/port")
url=http://127.0.0.1:$port
php_log=$state/logs/php-wxr-fixtures.log
: >"$php_log"
wp_php() {
  # Warnings of WordPress 6.1 on PHP 8.2 go to the log, not into the captured export.
  php -d display_errors=0 -d log_errors=1 -d error_log="$php_log" -d memory_limit=256M \
    "$here/make_fixtures.php" "$1" "$site" "$url" "${@:2}"
}

mkdir -p "$work/wxr/bad" "$work/wxr/rendered" "$work/wxr/autop"
wp_php populate
wp_php export "$work/wxr/site-all.xml" all
wp_php export "$work/wxr/site-posts.xml" post
wp_php export "$work/wxr/small.xml" post kleine-auswahl
wp_php render "$work/wxr"
curl -sf --max-time 30 "$url/?feed=rss2" -o "$work/wxr/bad/rss-feed.xml"
# shellcheck disable=SC2016 # PHP code, not shell
wp_version=$(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;')
"$root/tests/services/wordpress.sh" stop "$state"
started=""

if grep -q 'PHP Fatal' "$php_log"; then
  cat "$php_log" >&2
  exit 1
fi

# The committed files must not depend on the port of this run. Serialised PHP values would break
# (their string lengths change): check that the address occurs in none.
if grep -rlE "s:[0-9]+:\"[^\"]*127\.0\.0\.1:$port" "$work/wxr" >/dev/null; then
  echo "make_fixtures.sh: the site address is inside serialised PHP data; cannot replace it" >&2
  exit 1
fi
# The feed's atom:link rel="self" (self_link()) names the host without the port.
grep -rlE "127\.0\.0\.1(:$port)?\b" "$work/wxr" | xargs -r sed -i -E "s/127\.0\.0\.1(:$port)?\b/$placeholder/g"
if grep -rl '127\.0\.0\.1' "$work/wxr"; then
  echo "make_fixtures.sh: the files above still name the loopback address" >&2
  exit 1
fi

# --- bad inputs, each made from a real export -----------------------------------------------------
bad=$work/wxr/bad
python3 - "$work/wxr" <<'EOF'
import sys, pathlib
d = pathlib.Path(sys.argv[1])
all_xml = (d / "site-all.xml").read_bytes()
small = (d / "small.xml").read_bytes()

# The real export cut in the middle of an item's content (the tenth item), as an interrupted
# download leaves it.
start = 0
for _ in range(10):
    start = all_xml.index(b"<item>", start + 1)
cut = all_xml.index(b"<content:encoded>", start) + 40
(d / "bad/truncated.xml").write_bytes(all_xml[:cut])

def with_doctype(doctype: bytes, reference: bytes) -> bytes:
    # The DOCTYPE goes before the root element (after the XML declaration and the generator
    # comment); the entity is used in the first item's title.
    x = small.replace(b"<rss version", doctype + b"\n<rss version", 1)
    i = x.index(b"<item>")
    j = x.index(b"<title>", i) + len(b"<title>")
    return x[:j] + reference + x[j:]

laughs = [b'<!ENTITY lol "lol">']
for n in range(1, 10):
    prev = b"lol" if n == 1 else b"lol%d" % (n - 1)
    laughs.append(b'<!ENTITY lol%d "%s">' % (n, (b"&" + prev + b";") * 10))
(d / "bad/entities.xml").write_bytes(
    with_doctype(b"<!DOCTYPE rss [\n  " + b"\n  ".join(laughs) + b"\n]>", b"&lol9;"))
(d / "bad/external-entity.xml").write_bytes(
    with_doctype(b'<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>', b"&xxe;"))

# 10,000 nested elements inside the first item, before its end tag.
i = small.index(b"</item>")
depth = 10000
(d / "bad/deep.xml").write_bytes(small[:i] + b"<nest>" * depth + b"x" + b"</nest>" * depth + b"\n\t\t" + small[i:])
EOF
# A compressed export renamed to .xml: binary, as people send export.xml.gz under the wrong name.
gzip -9 -n -c "$work/wxr/small.xml" >"$bad/binary.xml"
# The same export in ISO-8859-1, declared so (valid XML a reader must decode), and the mislabelled
# case of old sites: declared ISO-8859-1, bytes UTF-8.
sed '1s/encoding="UTF-8"/encoding="ISO-8859-1"/' "$work/wxr/small.xml" | iconv -f UTF-8 -t ISO-8859-1 >"$bad/latin1.xml"
sed '1s/encoding="UTF-8"/encoding="ISO-8859-1"/' "$work/wxr/small.xml" >"$bad/latin1-mislabelled.xml"

# Only now, with everything made, replace the committed files (the README is hand-written).
mkdir -p "$out"
rm -rf "$out/rendered" "$out/autop" "$out/bad"
cp -r "$work/wxr/." "$out/"
echo "make_fixtures.sh: wrote $out (WordPress $wp_version, site was $url)"
du -b "$out"/*.xml "$out"/expected.json "$out"/bad/* | sort -k2
du -sb "$out/rendered" "$out/autop"
