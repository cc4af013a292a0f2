# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the install scripts: installs, with apt, those of the given Debian packages that
# are not installed yet. When all are present it only asks dpkg, which takes well under a second.
#   apt_install_missing LABEL PACKAGE...
apt_install_missing() {
  local label=$1
  shift
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "$label: all $# packages present"
    return 0
  fi
  echo "$label: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # Post-install scripts must not start services (mariadb-server and apache2 would start the
  # system's own daemons on ports 3306 and 80): invoke-rc.d asks policy-rc.d, and 101 means
  # "not allowed". Only a policy-rc.d we put in place is removed again.
  local policy=/usr/sbin/policy-rc.d own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
  fi
  local rc=0
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" || rc=$?
  [ -z "$own_policy" ] || $sudo rm -f "$policy"
  return $rc
}
