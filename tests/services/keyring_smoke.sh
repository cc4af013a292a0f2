#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Smoke tests of keyring.sh:
#   keyring_smoke.sh roundtrip   (run inside keyring.sh) a secret stored with secret-tool comes
#                                back, from gnome-keyring-daemon, and is gone after clear
#   keyring_smoke.sh wrapper     keyring.sh passes on the command's exit status and leaves no
#                                process of that session behind
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

roundtrip() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no session bus"
  # The Secret Service on this bus is gnome-keyring's, not some other provider.
  local owner pid
  owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets) ||
    fail "nobody owns org.freedesktop.secrets"
  pid=$(echo "$owner" | awk '/uint32/ { print $2 }')
  [ "$(cat "/proc/$pid/comm")" = gnome-keyring-d ] || fail "secrets served by $(cat "/proc/$pid/comm")"

  local user="smoke-$$" secret
  secret="pässword $(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  if secret-tool lookup service postwright-smoke user "$user" >/dev/null 2>&1; then
    fail "a secret was found before it was stored"
  fi
  printf '%s' "$secret" | secret-tool store --label="Postwright smoke test" service postwright-smoke user "$user" ||
    fail "secret-tool store failed"
  local got
  got=$(secret-tool lookup service postwright-smoke user "$user") || fail "lookup after store failed"
  [ "$got" = "$secret" ] || fail "looked up '$got', stored '$secret'"
  secret-tool clear service postwright-smoke user "$user" || fail "clear failed"
  if secret-tool lookup service postwright-smoke user "$user" >/dev/null 2>&1; then
    fail "the secret is still there after clear"
  fi
  echo "PASS roundtrip"
}

# Live (not zombie) processes whose environment holds ADDRESS: what the session started.
session_processes() {
  local d line rest
  for d in /proc/[0-9]*; do
    { grep -qzF "DBUS_SESSION_BUS_ADDRESS=$1" "$d/environ"; } 2>/dev/null || continue
    { line=$(<"$d/stat"); } 2>/dev/null || continue
    rest=${line##*) }
    [ "${rest%% *}" != Z ] && echo "${d#/proc/} $(tr '\0' ' ' <"$d/cmdline")"
  done
  return 0
}

wrapper() {
  local rc=0 address left
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$here/keyring.sh" sh -c 'echo "$DBUS_SESSION_BUS_ADDRESS" >"$1"; secret-tool search --all service none >/dev/null 2>&1; exit 7' \
    sh "$tmp/address" || rc=$?
  [ "$rc" -eq 7 ] || fail "keyring.sh returned $rc, the command 7"
  address=$(<"$tmp/address")
  [ -n "$address" ] || fail "the command saw no session bus"
  for _ in $(seq 40); do
    left=$(session_processes "$address")
    [ -n "$left" ] || break
    sleep 0.05
  done
  [ -z "$left" ] || fail "left running: $left"
  echo "PASS wrapper"
}

case ${1:-} in
  roundtrip) roundtrip ;;
  wrapper) wrapper ;;
  *) echo "usage: $0 roundtrip|wrapper" >&2; exit 2 ;;
esac
