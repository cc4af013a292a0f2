#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, inspects it with dpkg-deb and lintian, unpacks it into a
# fresh root and runs the program from there against the system libraries.
#   test_deb.sh BUILD_DIR SEEDS_DIR VERSION
set -eu
build=$1
seeds=$2
version=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
now() { date +%s.%N; }
seconds() { echo "$1 $2" | awk '{printf "%.1f", $2 - $1}'; }

start=$(now)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
}
deb=$(ls "$work"/out/postwright_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(seconds "$start" "$(now)") s"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
dpkg-deb --info "$deb" >"$work/info" || fail "dpkg-deb --info"
[ "$(field Package)" = postwright ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = editors ] || fail "Section is '$(field Section)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
for needed in libqt6widgets6 libqt6webenginewidgets6 libqt6webenginecore6 libcmark-gfm \
    libcmark-gfm-extensions libhunspell libyaml-cpp libgumbo libuchardet libharfbuzz0b \
    libstdc++6 fonts-liberation2 fonts-dejavu-core; do
    # Whole package names from the comma-separated list, versions and alternatives dropped.
    echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g' | grep -q "^$needed" ||
        fail "Depends lacks $needed"
done
echo "$(field Recommends)" | grep -q hunspell-en-us || fail "Recommends lacks hunspell-en-us"
echo "$(field Recommends)" | grep -q qt6-translations-l10n || fail "Recommends lacks qt6-translations-l10n"
# Every dependency is satisfiable here: each one (or one of its alternatives) is installed.
echo "$depends" | tr ',' '\n' | while read -r alternatives; do
    ok=no
    for candidate in $(echo "$alternatives" | tr '|' '\n' | sed 's/(.*//; s/ //g'); do
        [ "$(dpkg-query -W -f='${db:Status-Status}' "$candidate" 2>/dev/null || true)" = installed ] && ok=yes
    done
    [ $ok = yes ] || echo "not installed here: $alternatives" >>"$work/unmet"
done
[ ! -s "$work/unmet" ] || fail "$(cat "$work/unmet")"

# Files.
dpkg-deb --contents "$deb" >"$work/contents"
app=io.github.postwright.Postwright
for path in ./usr/bin/postwright ./usr/share/applications/$app.desktop \
    ./usr/share/metainfo/$app.metainfo.xml ./usr/share/mime/packages/$app.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app.svg ./usr/share/icons/hicolor/16x16/apps/$app.png \
    ./usr/share/icons/hicolor/48x48/apps/$app.png ./usr/share/icons/hicolor/512x512/apps/$app.png \
    ./usr/share/man/man1/postwright.1.gz ./usr/share/doc/postwright/copyright \
    ./usr/share/doc/postwright/changelog.gz; do
    grep -q " $path\$" "$work/contents" || fail "package lacks $path"
done
# Owned by root, directories 0755.
awk '$2 != "root/root" { print "not root-owned: " $0 }' "$work/contents" >"$work/owners"
[ ! -s "$work/owners" ] || fail "$(cat "$work/owners")"
awk '/^d/ && $1 != "drwxr-xr-x" { print "directory mode: " $0 }' "$work/contents" >"$work/modes"
[ ! -s "$work/modes" ] || fail "$(cat "$work/modes")"

# lintian: errors fail the test, warnings are listed.
if command -v lintian >/dev/null; then
    start=$(now)
    lintian --allow-root --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1 || true
    echo "lintian ($(seconds "$start" "$(now)") s):"
    sed 's/^/  /' "$work/lintian"
    if grep -q '^E:' "$work/lintian"; then fail "lintian reports errors"; fi
else
    echo "lintian not installed: skipped"
fi

# Unpacked into a fresh root, the program runs on the system libraries alone.
root="$work/root"
dpkg-deb -x "$deb" "$root"
binary="$root/usr/bin/postwright"
file "$binary" | grep -q 'stripped' && ! file "$binary" | grep -q 'not stripped' || fail "binary is not stripped"
if readelf -d "$binary" | grep -q -E 'RPATH|RUNPATH'; then fail "binary has an RPATH"; fi
ldd "$binary" | grep 'not found' >"$work/missing" || true
[ ! -s "$work/missing" ] || fail "unresolved libraries: $(cat "$work/missing")"

out=$(env -u LD_LIBRARY_PATH "$binary" --version) || fail "--version exits $?"
[ "$out" = "postwright $version" ] || fail "--version prints '$out'"

seed=$(ls "$seeds"/000_*.txt)
cp "$seed" "$work/000.txt"
before=$(sha256sum <"$work/000.txt")
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$binary" convert "$work/000.txt" --to markdown \
    -o "$work/000.md" || fail "convert exits $?"
# Seed 000's post, as YAML front matter: its title line and its last body sentence.
head -n 1 "$work/000.md" | grep -q '^---$' || fail "converted file does not start with front matter"
grep -q '^title: .*Django vs Flask: Which Framework is Better for Web Development?' "$work/000.md" ||
    fail "converted file lacks the title: $(head -n 5 "$work/000.md")"
grep -q 'Good luck with your web development endeavors!' "$work/000.md" || fail "converted body lacks its end"
if grep -q -- '-EndOFText-' "$work/000.md"; then fail "end marker leaked into the Markdown"; fi
[ "$(sha256sum <"$work/000.txt")" = "$before" ] || fail "convert touched its input"
status=0
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$binary" check "$work/000.md" --json \
    >"$work/check.json" || status=$?
[ $status -le 1 ] || fail "check exits $status"
grep -q '"findings"' "$work/check.json" || fail "check --json printed $(head -c 200 "$work/check.json")"

# Code colouring: where the build has the helper, the package ships it under libexec, depends on
# its Qt 5 libraries, and the unpacked program finds it there by itself.
if [ -x "$build/postwright-highlighter" ]; then
    helper=./usr/libexec/postwright/postwright-highlighter
    grep -q " $helper\$" "$work/contents" || fail "package lacks $helper"
    for needed in libkf5syntaxhighlighting5 libqt5core5a libqt5gui5; do
        echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g' | grep -q "^$needed" ||
            fail "Depends lacks $needed"
    done
    if readelf -d "$root/$helper" | grep -q -E 'RPATH|RUNPATH'; then fail "helper has an RPATH"; fi
    if ldd "$root/$helper" | grep -q 'libQt6'; then fail "helper links Qt 6"; fi
    env -u LD_LIBRARY_PATH "$root/$helper" --version | grep -q '^postwright-highlighter ' ||
        fail "helper --version"
    printf -- '---\ntitle: Code\n---\n\n```python\ndef f():\n    pass\n```\n' >"$work/code.md"
    env -u LD_LIBRARY_PATH -u POSTWRIGHT_HIGHLIGHTER QT_QPA_PLATFORM=offscreen "$binary" convert \
        "$work/code.md" --to html -o "$work/code.html" || fail "convert --to html exits $?"
    # GitHub Light's keyword colour, as kate-syntax-highlighter writes it.
    grep -q '<span style="color:#d73a49">def</span>' "$work/code.html" ||
        fail "the packaged program did not colour code: $(grep -o '<pre.*' "$work/code.html" | head -c 300)"
fi

if [ $failures -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "PASS"
