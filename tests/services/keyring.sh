#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command with a real, unlocked keyring:
#   tests/services/keyring.sh [--no-keyring] COMMAND [ARGS...]
# COMMAND runs inside its own D-Bus session (dbus-run-session), on which gnome-keyring-daemon
# serves the Secret Service (org.freedesktop.secrets) with an unlocked login keyring kept in a
# temporary directory. The exit status is COMMAND's. The daemon is stopped and its files removed
# afterwards, and dbus-run-session ends the bus: nothing is left running.
# With --no-keyring the session has no Secret Service at all: for testing "no keyring answers".
# The bus starts nothing on demand (session-bus.conf). COMMAND finds PW_KEYRING set to
# "gnome-keyring" or "none".
# Everything that must reach the keyring (QtKeychain, secret-tool) has to be COMMAND or its child:
# the session bus address is only in their environment (DBUS_SESSION_BUS_ADDRESS).
set -euo pipefail

mode=gnome-keyring
if [ "${1:-}" = --no-keyring ]; then
  mode=none
  shift
fi
if [ $# -eq 0 ]; then
  echo "usage: $0 [--no-keyring] COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${PW_KEYRING_SESSION:-}" ]; then
  # dbus-daemon, run as root, warns "Failed to set fd limit"; harmless.
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  again=()
  [ "$mode" = gnome-keyring ] || again=(--no-keyring)
  exec dbus-run-session --config-file="$here/session-bus.conf" -- env PW_KEYRING_SESSION=1 bash "${BASH_SOURCE[0]}" \
    "${again[@]}" "$@"
fi
unset PW_KEYRING_SESSION
export PW_KEYRING=$mode
if [ "$mode" = none ]; then
  exec "$@"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/pw-keyring.XXXXXX")
daemon=""
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

# The keyring files and the control socket go to the temporary directory, not the user's home.
# --foreground keeps the daemon our child, so its pid is known and it is stopped for sure.
mkdir -m 700 "$dir/data" "$dir/run"
printf '%s' postwright-tests |
  env HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$dir/daemon.log" 2>&1 &
daemon=$!

name_has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 200); do
  name_has_owner && break
  if ! kill -0 "$daemon" 2>/dev/null; then
    echo "keyring.sh: gnome-keyring-daemon exited:" >&2
    cat "$dir/daemon.log" >&2
    exit 1
  fi
  sleep 0.05
done
if ! name_has_owner; then
  echo "keyring.sh: no Secret Service on the session bus after 10 s" >&2
  exit 1
fi

rc=0
"$@" || rc=$?
exit "$rc"
