#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A real WordPress on loopback for the tests, from Debian 12's packages (packaging/install-deps.sh):
#
#   tests/services/wordpress.sh start [--fresh] [STATE_DIR]
#   tests/services/wordpress.sh stop [STATE_DIR]
#   tests/services/wordpress.sh status [STATE_DIR]
#
# STATE_DIR (argument, else $PW_WP_STATE, else build/release/tests/services/wordpress-state; ctest
# uses build/release/tests/services/wordpress-ctest) holds everything: MariaDB's data and private socket, two sites, logs, and
# STATE_DIR/env.json + env.sh (mode 0600) with both sites' URLs and each user's name, login
# password and Application Password. Nothing outside it is written, except MariaDB's directory
# when the mysql user cannot reach STATE_DIR (it then goes to /tmp/postwright-wp-*).
#
# Two sites share one MariaDB (databases wp_pretty and wp_plain), each served by PHP's built-in
# server on its own free port of 127.0.0.1:
#   pretty  permalinks /%postname%/: the REST API is at /wp-json/
#   plain   plain permalinks: only /?rest_route=/ works; /wp-json/ is the HTML front page (200)
# Users on both: admin (administrator), editor (editor), author (author: no unfiltered_html).
#
# start is a no-op when everything already runs; otherwise it starts what is missing, keeping the
# data of an earlier run (--fresh discards it first). stop ends only the processes this script
# started, recorded in STATE_DIR/run and checked against their command lines. Run as root (CI),
# mariadbd runs as the mysql user; as another user, everything runs as that user.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wordpress_root=/usr/share/wordpress
sites=(pretty plain)
declare -A permalinks=([pretty]='/%postname%/' [plain]='')
declare -A titles=([pretty]='Postwright tests (pretty permalinks)' [plain]='Postwright tests (plain permalinks)')

usage() {
  echo "usage: $0 start [--fresh] [STATE_DIR] | stop [STATE_DIR] | status [STATE_DIR]" >&2
  exit 2
}

command=${1:-}
shift || true
fresh=""
if [ "$command" = start ] && [ "${1:-}" = --fresh ]; then
  fresh=1
  shift
fi
[ $# -le 1 ] || usage
case $command in start | stop | status) ;; *) usage ;; esac

state=${1:-${PW_WP_STATE:-$here/../../build/release/tests/services/wordpress-state}}
if [ ! -d "$state" ] && [ "$command" != start ]; then
  # Nothing was ever started there.
  [ "$command" = stop ] && exit 0
  printf '%s: stopped\n' mariadbd "${sites[@]/#/php-}"
  exit 3
fi
if [ "$command" = start ]; then
  for tool in mariadbd mariadb-install-db mariadb-admin php curl setsid flock runuser; do
    command -v "$tool" >/dev/null || {
      echo "wordpress.sh: $tool is missing; run packaging/install-deps.sh" >&2
      exit 1
    }
  done
  [ -f /usr/share/wordpress/wp-settings.php ] || {
    echo "wordpress.sh: Debian's wordpress package is missing; run packaging/install-deps.sh" >&2
    exit 1
  }
fi
mkdir -p "$state"
state=$(cd "$state" && pwd)
case $state in
  *[\'\\\"$' \t\n']*)
    echo "wordpress.sh: the state directory's path must not contain quotes, backslashes or blanks: $state" >&2
    exit 2
    ;;
esac
marker=$state/.postwright-wordpress-state
run=$state/run
logs=$state/logs
as_root=""
[ "$(id -u)" -ne 0 ] || as_root=1
db_dir=$state/db
if [ -n "$as_root" ] && ! runuser -u mysql -- test -x "$state"; then
  # A checkout under /root (mode 0700), say: mariadbd, running as mysql, could not reach its data,
  # so it gets a directory of its own, named after the state directory.
  db_dir=/tmp/postwright-wp-$(echo -n "$state" | md5sum | cut -c1-12)
fi

log() { echo "wordpress.sh: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# --- processes ---------------------------------------------------------------------------------

# The pids, in process group PGID, of live (not zombie) processes whose command line contains
# PATTERN. Every daemon is started as its own session leader (setsid), so its group is itself and
# the children it forks (the PHP server's workers); a reused pid fails the command-line check.
group_pids() {
  local pgid=$1 pattern=$2 d line rest fields cmd
  [[ $pgid =~ ^[0-9]+$ ]] || return 0
  for d in /proc/[0-9]*; do
    { line=$(<"$d/stat"); } 2>/dev/null || continue
    rest=${line##*) }
    read -r -a fields <<<"$rest"
    # fields: state ppid pgrp ...
    [ "${fields[2]}" = "$pgid" ] && [ "${fields[0]}" != Z ] || continue
    { cmd=$(tr '\0' ' ' <"$d/cmdline"); } 2>/dev/null || continue
    [[ $cmd == *"$pattern"* ]] && echo "${d#/proc/}"
  done
  return 0
}

# spawn PIDFILE LOG COMMAND...: starts COMMAND as the leader of a new session, detached from our
# standard streams (ctest waits for those to close) and from the lock. The pid file is written by
# the process that then becomes COMMAND, so it holds the daemon's own pid even when setsid forks.
spawn() {
  local pidfile=$1 logfile=$2 i
  shift 2
  rm -f "$pidfile"
  setsid sh -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
  for i in $(seq 200); do
    [ -s "$pidfile" ] && return 0
    sleep 0.01
  done
  log "could not start $1"
  return 1
}

# running NAME: true when the daemon recorded as NAME still runs (its leader, not a zombie, with
# the recorded command line). Cheap enough to poll: it reads only that pid's /proc entry.
running() {
  local pidfile=$run/$1.pid pid line rest cmd
  [ -s "$pidfile" ] && [ -s "$run/$1.pattern" ] || return 1
  pid=$(<"$pidfile")
  { line=$(<"/proc/$pid/stat"); } 2>/dev/null || return 1
  rest=${line##*) }
  [ "${rest%% *}" != Z ] || return 1
  { cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline"); } 2>/dev/null || return 1
  [[ $cmd == *"$(<"$run/$1.pattern")"* ]]
}

# stop_daemon NAME: TERM to the recorded group, KILL after 20 s; zombies count as stopped.
stop_daemon() {
  local name=$1 pidfile=$run/$1.pid pgid pattern pids i
  [ -s "$pidfile" ] && [ -s "$run/$name.pattern" ] || return 0
  pgid=$(<"$pidfile")
  pattern=$(<"$run/$name.pattern")
  pids=$(group_pids "$pgid" "$pattern")
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    for i in $(seq 400); do
      pids=$(group_pids "$pgid" "$pattern")
      [ -n "$pids" ] || break
      [ "$i" -ne 400 ] || { log "$name did not stop, killing $pids"; kill -KILL $pids 2>/dev/null || true; sleep 0.2; }
      sleep 0.05
    done
  fi
  rm -f "$pidfile" "$run/$name.pattern"
}

# --- MariaDB -----------------------------------------------------------------------------------

db_password_file=$state/db-password
db_data=$db_dir/data
# A unix socket path has at most 107 bytes; a deep state directory gets one under /tmp.
db_socket=$db_dir/mariadbd.sock
if [ ${#db_socket} -gt 100 ]; then
  db_socket=/tmp/postwright-wp-$(echo -n "$state" | md5sum | cut -c1-12)/mariadbd.sock
fi
mariadb_options=(
  --no-defaults --datadir="$db_data" --socket="$db_socket" --skip-networking
  --log-error="$db_dir/mariadbd.log" --pid-file="$db_dir/mariadbd.pid"
  # Small and fast: about 65 MB resident; a test database need not survive a power cut.
  --innodb-buffer-pool-size=32M --innodb-log-file-size=8M --innodb-flush-log-at-trx-commit=2
  --performance-schema=OFF --skip-log-bin --key-buffer-size=1M --max-connections=50
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
)
[ -z "$as_root" ] || mariadb_options+=(--user=mysql)

# Directories MariaDB writes must belong to it.
db_owned_dir() {
  mkdir -p "$1"
  [ -z "$as_root" ] || chown mysql:mysql "$1"
}

# An empty, initialised data directory is kept as db/pristine: mariadb-install-db takes seconds
# when the cores are busy, a copy a fraction of one, so --fresh stays fast.
db_pristine=$db_dir/pristine

db_init() {
  [ -d "$db_data/mysql" ] && return 0
  if [ -d "$db_pristine/mysql" ] && [ -s "$db_password_file" ]; then
    rm -rf "$db_data.new"
    cp -a "$db_pristine" "$db_data.new"
    mv "$db_data.new" "$db_data"
    return 0
  fi
  rm -rf "$db_pristine"
  local password sql
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  (umask 077 && echo "$password" >"$db_password_file")
  sql=$db_dir/init.sql
  # The extra file runs with the grant tables off: FLUSH PRIVILEGES loads them, or CREATE USER
  # fails (1290).
  {
    echo "FLUSH PRIVILEGES;"
    echo "CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$password';"
    local site
    for site in "${sites[@]}"; do
      echo "CREATE DATABASE wp_$site CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
      echo "GRANT ALL ON wp_$site.* TO 'wordpress'@'localhost';"
    done
  } >"$sql"
  [ -z "$as_root" ] || chown mysql:mysql "$sql"
  chmod 600 "$sql"
  rm -rf "$db_data.new"
  db_owned_dir "$db_data.new"
  local install_options=(--no-defaults --datadir="$db_data.new" --skip-test-db
    --auth-root-authentication-method=socket --extra-file="$sql"
    --innodb-buffer-pool-size=32M --innodb-log-file-size=8M)
  [ -z "$as_root" ] || install_options+=(--user=mysql)
  if ! mariadb-install-db "${install_options[@]}" >"$logs/mariadb-install-db.log" 2>&1; then
    log "mariadb-install-db failed:"
    tail -n 20 "$logs/mariadb-install-db.log" >&2
    return 1
  fi
  rm -f "$sql"
  rm -rf "$db_pristine.new"
  cp -a "$db_data.new" "$db_pristine.new"
  mv "$db_pristine.new" "$db_pristine"
  mv "$db_data.new" "$db_data"
}

db_ping() {
  mariadb-admin --no-defaults --socket="$db_socket" --user=wordpress --password="$(<"$db_password_file")" \
    --connect-timeout=2 ping >/dev/null 2>&1
}

db_start() {
  db_owned_dir "$db_dir"
  db_owned_dir "$(dirname "$db_socket")"
  if [ -n "$as_root" ] && ! runuser -u mysql -- test -w "$db_dir"; then
    log "the mysql user cannot write $db_dir (a parent directory is not searchable by others)"
    return 1
  fi
  db_init
  echo "mariadbd --no-defaults --datadir=$db_data" >"$run/mariadbd.pattern"
  spawn "$run/mariadbd.pid" "$logs/mariadbd.out" mariadbd "${mariadb_options[@]}"
  local i
  for i in $(seq 1200); do
    db_ping && return 0
    if ! running mariadbd; then
      log "mariadbd exited:"
      tail -n 20 "$db_dir/mariadbd.log" >&2
      return 1
    fi
    sleep 0.05
  done
  log "mariadbd did not answer within 60 s"
  return 1
}

# --- the sites ---------------------------------------------------------------------------------

# A free port on 127.0.0.1, the preferred one when it is free (a restart keeps the URLs).
free_port() {
  php -r '$p = (int)$argv[1];
          $s = $p > 0 ? @stream_socket_server("tcp://127.0.0.1:$p") : false;
          if (!$s) { $s = stream_socket_server("tcp://127.0.0.1:0"); }
          echo explode(":", stream_socket_get_name($s, false))[1];' "${1:-0}"
}

# The site's document root is Debian's; its ABSPATH (see wordpress/router.php) is SITE/root,
# symlinks to Debian's files plus this instance's wp-config.php.
site_prepare() {
  local site=$1 url=$2 dir=$state/sites/$1 f
  mkdir -p "$dir/wp-content"/{mu-plugins,plugins,themes,uploads}
  cp "$here/wordpress/postwright-tests.php" "$dir/wp-content/mu-plugins/"
  rm -rf "$dir/root"
  mkdir "$dir/root"
  for f in "$wordpress_root"/*; do
    case ${f##*/} in wp-config.php | wp-content) continue ;; esac
    ln -s "$f" "$dir/root/"
  done
  ln -s "$dir/wp-content" "$dir/root/wp-content"
  if [ ! -s "$dir/salts.php" ]; then
    (umask 077 && php -r 'echo "<?php\n"; foreach (["AUTH", "SECURE_AUTH", "LOGGED_IN", "NONCE"] as $k) {
      foreach (["KEY", "SALT"] as $t) { echo "define(\"{$k}_{$t}\", \"", bin2hex(random_bytes(32)), "\");\n"; } }' \
      >"$dir/salts.php")
  fi
  printf '%s\n' "${permalinks[$site]}" >"$dir/permalinks"
  cat >"$dir/root/wp-config.php" <<EOF
<?php
// Generated by tests/services/wordpress.sh for the test site "$site"; rewritten at every start.
define('DB_NAME', 'wp_$site');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$(<"$db_password_file")');
define('DB_HOST', 'localhost:$db_socket');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
require __DIR__ . '/../salts.php';
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$dir/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
// Application Passwords over plain http need the "local" environment.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
// WordPress 6.1 on PHP 8.2 prints warnings that would corrupt JSON answers: log them instead.
define('WP_DEBUG', false);
define('WP_DEBUG_DISPLAY', false);
@ini_set('display_errors', '0');
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
EOF
  cat >"$dir/router.php" <<EOF
<?php
// Generated by tests/services/wordpress.sh: the built-in server's router for the site "$site".
\$pw_site_dir = '$dir';
return require '$here/wordpress/router.php';
EOF
}

php_options() {
  local site=$1
  echo -d display_errors=0 -d log_errors=1 -d error_log="$logs/php-$site.log" \
    -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=256M -d sendmail_path=/bin/true
}

site_install() {
  local site=$1 url=$2
  # shellcheck disable=SC2046
  if ! php $(php_options "$site") -d display_errors=stderr "$here/wordpress/install.php" \
    "$state/sites/$site" "$url" "${permalinks[$site]}" "${titles[$site]}" \
    >>"$logs/install-$site.log" 2>&1; then
    log "installing the site $site failed:"
    tail -n 20 "$logs/install-$site.log" >&2
    return 1
  fi
}

# rest_probe URL: the REST root answers with JSON (the readiness check of the notes).
rest_probe() {
  local answer
  answer=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 10 "$1/?rest_route=/") || return 1
  [[ $answer == "200 application/json"* ]]
}

site_start() {
  local site=$1 dir=$state/sites/$1 port url i
  for _ in 1 2 3; do
    port=$(free_port "$(cat "$dir/port" 2>/dev/null || echo 0)")
    url=http://127.0.0.1:$port
    site_prepare "$site" "$url"
    site_install "$site" "$url"
    echo "$port" >"$dir/port"
    echo "-S 127.0.0.1:$port -t $wordpress_root $dir/router.php" >"$run/php-$site.pattern"
    # Two workers: a single-process server would deadlock on any request WordPress makes to
    # itself, and serialises a client's parallel requests.
    # shellcheck disable=SC2046
    spawn "$run/php-$site.pid" "$logs/php-server-$site.log" env PHP_CLI_SERVER_WORKERS=2 \
      php $(php_options "$site") -S "127.0.0.1:$port" -t "$wordpress_root" "$dir/router.php"
    for i in $(seq 600); do
      rest_probe "$url" && return 0
      running "php-$site" || break
      sleep 0.05
    done
    if running "php-$site"; then
      log "the site $site did not answer within 30 s"
      return 1
    fi
    # Most likely the port was taken in the meantime: another one.
    log "the PHP server for $site on port $port exited; retrying"
    rm -f "$dir/port"
  done
  tail -n 20 "$logs/php-server-$site.log" >&2
  return 1
}

all_running() {
  local site
  running mariadbd || return 1
  for site in "${sites[@]}"; do
    running "php-$site" || return 1
  done
}

stop_all() {
  local site
  for site in "${sites[@]}"; do
    stop_daemon "php-$site"
  done
  stop_daemon mariadbd
  rm -f "$state/env.json" "$state/env.sh"
}

start_all() {
  local t0 site pid kind=warm
  t0=$(now)
  if [ -z "$fresh" ] && all_running && [ -s "$state/env.json" ]; then
    local ok=1
    for site in "${sites[@]}"; do
      rest_probe "http://127.0.0.1:$(<"$state/sites/$site/port")" || ok=""
    done
    if [ -n "$ok" ]; then
      log "already running; credentials in $state/env.json"
      return 0
    fi
  fi
  # Whatever runs of a half-started or broken instance goes first.
  stop_all
  if [ -n "$fresh" ]; then
    rm -rf "$db_data" "$state/sites" "$logs" "$run" "$(dirname "$db_socket")/mariadbd.sock"
  fi
  # warm: data kept; fresh: a copy of the pristine database; cold: mariadb-install-db.
  if [ ! -d "$db_data/mysql" ]; then
    kind=fresh
    [ -d "$db_pristine/mysql" ] && [ -s "$db_password_file" ] || kind=cold
  fi
  mkdir -p "$run" "$logs"
  starting=1
  local phases="" t=$t0
  db_start
  phases+=" mariadb $(since "$t")"
  # The sites start side by side: most of their time is PHP parsing WordPress.
  t=$(now)
  local env_args=() pids=() failed=""
  for site in "${sites[@]}"; do
    site_start "$site" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
  [ -z "$failed" ] || return 1
  phases+=", sites $(since "$t")"
  for site in "${sites[@]}"; do
    env_args+=("$site=http://127.0.0.1:$(<"$state/sites/$site/port")")
  done
  php "$here/wordpress/env.php" "$state" "${env_args[@]}"
  starting=""
  log "started ($kind) in $(since "$t0") s (${phases# } s): ${env_args[*]}; credentials in $state/env.json"
}

status() {
  local name rc=0 up=0 down=0
  for name in mariadbd "${sites[@]/#/php-}"; do
    if running "$name"; then
      echo "$name: running (pid $(<"$run/$name.pid"))"
      up=$((up + 1))
    else
      echo "$name: stopped"
      down=$((down + 1))
    fi
  done
  if [ "$down" -eq 0 ]; then
    for name in "${sites[@]}"; do
      echo "$name site: http://127.0.0.1:$(<"$state/sites/$name/port")/"
    done
    echo "credentials: $state/env.json (env.sh to source)"
  fi
  [ "$down" -eq 0 ] || rc=3 # LSB: not running
  [ "$up" -eq 0 ] || [ "$down" -eq 0 ] || rc=1
  return $rc
}

# A state directory we did not make is never cleaned or used.
if [ -n "$(ls -A "$state")" ] && [ ! -e "$marker" ]; then
  log "$state is not empty and not a state directory of this script; refusing to use it"
  exit 2
fi
touch "$marker"

exec 9>"$state/.lock"
flock 9

starting=""
on_exit() {
  local rc=$?
  if [ -n "$starting" ]; then
    log "start failed; stopping what was started (logs in $logs)"
    stop_all
  fi
  exit $rc
}
trap on_exit EXIT

case $command in
  start) start_all ;;
  stop) stop_all ;;
  status) status ;;
esac
