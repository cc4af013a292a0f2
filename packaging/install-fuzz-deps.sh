#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Optional: what the "fuzz" preset needs on top of install-deps.sh (clang and its libFuzzer and
# sanitizer runtimes, ~300 MB). Kept out of install-deps.sh because the editor and the normal
# test suite do not need it. Usage:
#   ./packaging/install-deps.sh && ./packaging/install-fuzz-deps.sh
#   cmake --preset fuzz && cmake --build --preset fuzz && ctest --preset fuzz
set -euo pipefail

packages=(clang-14 libclang-rt-14-dev)
# The preset asks for "clang++"; Debian provides that name through the clang package.
packages+=(clang)

. "$(dirname "$0")/apt-install-missing.sh"
apt_install_missing install-fuzz-deps "${packages[@]}"
