#!/usr/bin/env bash
# Optional: what the "fuzz" preset needs on top of install-deps.sh (clang and its libFuzzer and
# sanitizer runtimes, ~300 MB). Kept out of install-deps.sh because the editor and the normal
# test suite do not need it. Usage:
#   ./packaging/install-deps.sh && ./packaging/install-fuzz-deps.sh
#   cmake --preset fuzz && cmake --build --preset fuzz && ctest --preset fuzz
set -euo pipefail

packages=(clang-14 libclang-rt-14-dev)
# The preset asks for "clang++"; Debian provides that name through the clang package.
packages+=(clang)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-fuzz-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-fuzz-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
