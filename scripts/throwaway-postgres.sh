#!/usr/bin/env bash
# A throwaway PostgreSQL from Debian's packages for the tests (../shared/env-recipes.md):
#   scripts/throwaway-postgres.sh start DIR   initdb into DIR/data, start on a free loopback port with fsync off,
#                                             print the Npgsql connection string (without Database) on stdout
#   scripts/throwaway-postgres.sh stop DIR    stop it and remove DIR
#   scripts/throwaway-postgres.sh pause DIR   stop it, keeping its data (a PostgreSQL restart, for tests of outages)
#   scripts/throwaway-postgres.sh resume DIR  start it again on the same port
# initdb refuses to run as root, so as root the server runs as the postgres user. The cluster's collation is C, so
# text sorts by bytes, as SQLite sorts it.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?a directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2; exit 3; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_postgres "$bin/initdb -D $dir/data -U postgres -A trust --no-sync -E UTF8 --locale=C >$dir/initdb.log"
    echo "$port" > "$dir/port"
    as_postgres "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' -l $dir/pg.log -w start >/dev/null"
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  pause)
    as_postgres "$bin/pg_ctl -D $dir/data -m fast -w stop >/dev/null"
    ;;
  resume)
    port=$(cat "$dir/port")
    as_postgres "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' -l $dir/pg.log -w start >/dev/null"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl -D $dir/data -m immediate -w stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2 ;;
esac
