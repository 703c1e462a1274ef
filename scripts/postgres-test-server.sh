#!/usr/bin/env bash
# A throw-away PostgreSQL server for the archive tests: `start DIR` creates a cluster in DIR (an
# empty folder), starts it on a free loopback port, creates the user and database `letters_test`
# and prints its URL; `stop DIR` stops it and deletes DIR. For fault tests, `halt DIR [fast|immediate]`
# stops the server and keeps its data, and `resume DIR` starts it again on the same port.
#
# Why a private cluster rather than the distribution's `main` one: CI runs in a fresh clone as
# root on a machine where another cluster may or may not exist or run; a cluster of our own on a
# free port neither depends on nor disturbs it. PostgreSQL refuses to run as root, so as root the
# server runs as the `postgres` user that Debian's package creates.
set -euo pipefail

command=${1:?usage: postgres-test-server.sh start|stop|halt|resume DIR}
dir=${2:?usage: postgres-test-server.sh start|stop|halt|resume DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "postgres-test-server: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
    exit 2
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_server() {
    # The server outlives this script: it must not keep the caller's descriptors open (Foundation's
    # Process, as the tests run this script, waits until they close, so it would wait forever).
    for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$1 -c unix_socket_directories=$dir -c fsync=off -c max_connections=50" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

case "$command" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "$port" >"$dir/port"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    start_server "$port"
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE letters_test LOGIN PASSWORD 'letters_test'" \
        -c "CREATE DATABASE letters_test OWNER letters_test" >&2
    echo "postgres://letters_test:letters_test@127.0.0.1:$port/letters_test"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
halt)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m "${3:-fast}" -w -t 60 stop >/dev/null
    ;;
resume)
    start_server "$(cat "$dir/port")"
    ;;
*)
    echo "usage: postgres-test-server.sh start|stop|halt|resume DIR" >&2
    exit 64
    ;;
esac
