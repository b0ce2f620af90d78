#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests that run the core on a server.
#   bash scripts/pg-test-cluster.sh start STATE_DIR PORT   initdb in a temp folder, start, wait
#   bash scripts/pg-test-cluster.sh stop STATE_DIR         stop and delete the cluster
# STATE_DIR keeps where the cluster lives. Connections from 127.0.0.1 need no password
# (trust): the cluster holds test data only and disappears with `stop`.
# Uses Debian's `postgresql` package (/usr/lib/postgresql/*/bin). Fails, saying why, when
# the cluster cannot be started.
set -euo pipefail

action="${1:-}"
state="${2:-}"
port="${3:-54329}"
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR [PORT]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed: /usr/lib/postgresql/*/bin/initdb is missing (Debian package: postgresql)." >&2
  exit 1
fi

# The server refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  if [ -f "$data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$(dirname "$data")"
  rm -f "$state/datadir"
}

case "$action" in
  start)
    mkdir -p "$state"
    stop_cluster
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "The postgres system user is missing; reinstall the postgresql package." >&2
      exit 1
    fi
    top=$(mktemp -d /tmp/jianding-pg.XXXXXX)
    chmod 755 "$top"
    data="$top/data"
    mkdir "$data"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$top"
    echo "$data" > "$state/datadir"
    if ! as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --no-locale -E UTF8 >"$top/initdb.log" 2>&1; then
      echo "initdb failed:" >&2; cat "$top/initdb.log" >&2; exit 1
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" -l "$top/server.log" -w -t 60 \
         -o "-h 127.0.0.1 -p $port -k $top -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
         start >/dev/null; then
      echo "The PostgreSQL test server did not start on 127.0.0.1:$port:" >&2
      cat "$top/server.log" >&2
      exit 1
    fi
    echo "PostgreSQL test server: postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    stop_cluster
    ;;
  *)
    echo "usage: $0 start|stop STATE_DIR [PORT]" >&2
    exit 2
    ;;
esac
