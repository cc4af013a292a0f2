#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Postwright needs to build, test and run.
# Idempotent: when everything is present it only asks dpkg, which takes well under a second.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # Qt 6: widgets, web engine, translations
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # core libraries
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libtomlplusplus-dev libgumbo-dev
  libuchardet-dev libhunspell-dev libharfbuzz-dev
  # spelling dictionaries (de_DE proves language switching in the tests)
  hunspell-en-us hunspell-de-de
  # test scripts (the Yoast agreement test; it also wants nodejs + npm, and skips without them)
  python3
  # the font Google's title width is measured with (metric-compatible with Arial)
  fonts-liberation2
  # icons, the Debian package and its checks: PNG rendering, dpkg-shlibdeps, validators
  librsvg2-bin dpkg-dev lintian desktop-file-utils appstream shared-mime-info file gzip
  # the UI font the package depends on (sans-serif falls back to Liberation Mono without it)
  fonts-dejavu-core
  # headless GUI tests
  xvfb xauth
  # the crash-recovery test types into the real editor window
  xdotool
  # the WordPress site client: its keyring, and the tests' real WordPress on loopback and real
  # Secret Service (tests/services). Never dbus-x11 (gnome-keyring only recommends it): it makes
  # every X client autolaunch a dbus-daemon that outlives it.
  qtkeychain-qt6-dev
  wordpress php-cli mariadb-server curl
  gnome-keyring dbus libsecret-tools
  # coloured code: Debian 12 has KSyntaxHighlighting only for Qt 5, so a small Qt 5 helper
  # process does the highlighting (tools: kate-syntax-highlighter, to compare against)
  qtbase5-dev libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-tools
)

. "$(dirname "$0")/apt-install-missing.sh"
apt_install_missing install-deps "${packages[@]}"
