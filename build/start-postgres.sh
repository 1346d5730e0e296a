#!/usr/bin/env bash
# Throwaway PostgreSQL server for the test suite.
#
#   build/start-postgres.sh [start]   start (or reuse) the server, print its connection string on stdout
#   build/start-postgres.sh stop      stop the server this script manages (no-op when it is not running)
#   build/start-postgres.sh status    report whether something answers on the port
#
# Only the connection string goes to stdout (so `conn=$(build/start-postgres.sh)` works); all
# progress and diagnostics go to stderr. Nothing is exported: the caller sets WIJKPEIL_TEST_POSTGRES.
#
# - Installs the Debian `postgresql` package when no server binary exists and we are root.
# - Listens on 127.0.0.1 only, port 25432 (override with WIJKPEIL_PG_PORT), trust auth on loopback,
#   fsync off. Data lives in <repo>/.pg/data-<port> (git-ignored); when running as root the server
#   runs as the `postgres` OS user (initdb/pg_ctl refuse root).
# - If something already answers on the port it is reused, not restarted.
# - A server that is not running is re-created from scratch (fresh initdb) on start: it is a
#   throwaway test database, never a place to keep data.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT="${WIJKPEIL_PG_PORT:-25432}"
HOST=127.0.0.1
DB_USER=wijkpeil
DB_PASSWORD=wijkpeil
DB_NAME=wijkpeil_test
STATE_DIR="$REPO_ROOT/.pg"
CONN_STRING="Host=$HOST;Port=$PORT;Username=$DB_USER;Password=$DB_PASSWORD;Database=$DB_NAME"

log() { printf 'start-postgres: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

case "$PORT" in
    '' | *[!0-9]*) die "WIJKPEIL_PG_PORT must be a port number, got '$PORT'" ;;
esac

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command as the OS user that owns the cluster: `postgres` when we are root, ourselves otherwise.
# cd / first: the caller's working directory may not be readable by `postgres` (e.g. /root/...).
as_pg() {
    if is_root; then
        if command -v runuser >/dev/null 2>&1; then
            (cd / && runuser -u postgres -- "$@")
        else
            (cd / && su -s /bin/sh postgres -c "$(printf '%q ' "$@")")
        fi
    else
        "$@"
    fi
}

# Directory holding the `postgres`, `initdb`, `pg_ctl` and `psql` binaries (newest version wins).
find_bindir() {
    local dir
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
        if [ -x "$dir/postgres" ]; then
            echo "$dir"
            return 0
        fi
    done
    # Non-Debian layouts (Homebrew, Nix, ...): whatever is on PATH.
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$dir" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return 0
        fi
    fi
    if command -v postgres >/dev/null 2>&1; then
        dirname "$(command -v postgres)"
        return 0
    fi
    return 1
}

install_postgres() {
    if ! is_root; then
        die "no PostgreSQL server found (looked in /usr/lib/postgresql/*/bin and PATH).
  Install it first, e.g.:  sudo apt-get install -y postgresql
  (or run this script as root and it installs it), or point WIJKPEIL_TEST_POSTGRES at an existing server."
    fi
    command -v apt-get >/dev/null 2>&1 || die "no PostgreSQL server found and apt-get is not available to install it"
    log "no PostgreSQL server found; installing the Debian 'postgresql' package (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    local apt_opts=(-y -q -o Dpkg::Use-Pty=0 --no-install-recommends)
    apt-get update -q >&2
    # Install postgresql-common first and tell it not to create (and start) the default 'main'
    # cluster on port 5432 when the server package is installed: we run our own cluster.
    apt-get install "${apt_opts[@]}" postgresql-common >&2
    if [ -f /etc/postgresql-common/createcluster.conf ]; then
        sed -ri 's/^[#[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' \
            /etc/postgresql-common/createcluster.conf
    fi
    apt-get install "${apt_opts[@]}" postgresql >&2
}

ensure_postgres_user() {
    is_root || return 0
    if ! id postgres >/dev/null 2>&1; then
        log "creating the 'postgres' OS user"
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
}

# True when something accepts TCP connections on $HOST:$PORT.
port_open() {
    timeout 3 bash -c "exec 3<>/dev/tcp/$HOST/$PORT" 2>/dev/null
}

# Where the cluster lives. Normally <repo>/.pg/data-<port>; when root and the `postgres` user cannot
# reach the repository (e.g. it is cloned under /root, mode 700) a per-repository /tmp dir instead.
choose_data_dir() {
    mkdir -p "$STATE_DIR"
    if is_root; then
        chmod 755 "$STATE_DIR"
        if ! as_pg test -x "$STATE_DIR" 2>/dev/null; then
            local key
            key=$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)
            echo "/tmp/wijkpeil-pg-$key-$PORT"
            return 0
        fi
    fi
    echo "$STATE_DIR/data-$PORT"
}

psql_cmd() {
    PGCONNECT_TIMEOUT=5 "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" "$@"
}

# Create (or update) the test role and database. Needs a superuser connection.
ensure_role_and_db() {
    psql_cmd -U postgres -d postgres >&2 <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN SUPERUSER PASSWORD '$DB_PASSWORD';
    ELSE
        ALTER ROLE $DB_USER LOGIN SUPERUSER PASSWORD '$DB_PASSWORD';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
SQL
}

# Connect exactly the way the tests will.
verify_connection() {
    PGPASSWORD="$DB_PASSWORD" psql_cmd -U "$DB_USER" -d "$DB_NAME" -tA -c 'SELECT 1' >/dev/null
}

init_cluster() {
    local locale_args=(--locale=C.UTF-8)
    if command -v locale >/dev/null 2>&1 && ! locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale_args=(--no-locale) # C collation/ctype; still UTF-8 encoded
    fi

    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    chmod 700 "$DATA_DIR"
    if is_root; then
        chown postgres:postgres "$DATA_DIR"
    fi
    log "initdb $DATA_DIR"
    local initdb_log="$STATE_DIR/initdb-$PORT.log"
    if ! as_pg "$BINDIR/initdb" -D "$DATA_DIR" -U postgres --auth=trust -E UTF8 "${locale_args[@]}" --no-sync \
        >"$initdb_log" 2>&1; then
        cat "$initdb_log" >&2
        die "initdb failed"
    fi

    # Unix socket inside the data dir, unless that path would exceed the sun_path limit (~107 bytes);
    # then no unix socket at all: everything connects over TCP anyway.
    local socket_dir="$DATA_DIR"
    if [ $((${#DATA_DIR} + ${#PORT} + 12)) -gt 100 ]; then
        socket_dir=""
    fi
    cat >>"$DATA_DIR/postgresql.conf" <<CONF

# --- wijkpeil throwaway test server (build/start-postgres.sh) ---
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$socket_dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

cmd_start() {
    if BINDIR=$(find_bindir); then :; else BINDIR=""; fi

    if port_open; then
        log "something already answers on $HOST:$PORT; reusing it"
        if [ -z "$BINDIR" ]; then
            log "warning: psql not available here, cannot check that it is a usable PostgreSQL server"
        else
            ensure_role_and_db 2>/dev/null || true # best effort: we may not be superuser there
            verify_connection || die "cannot connect to $HOST:$PORT as $DB_USER/$DB_NAME (a foreign service on this port? set WIJKPEIL_PG_PORT)"
        fi
        echo "$CONN_STRING"
        return 0
    fi

    if [ -z "$BINDIR" ]; then
        install_postgres
        BINDIR=$(find_bindir) || die "PostgreSQL was installed but no 'postgres' binary was found"
    fi
    ensure_postgres_user
    log "using $BINDIR"

    DATA_DIR=$(choose_data_dir)
    # Our own server may still be running (e.g. started under another WIJKPEIL_PG_PORT is impossible:
    # one data dir per port), or may have died leaving a stale pid file; pg_ctl handles both.
    if [ -f "$DATA_DIR/PG_VERSION" ] && as_pg "$BINDIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
        log "server in $DATA_DIR is running but not answering on $HOST:$PORT; restarting it"
        as_pg "$BINDIR/pg_ctl" -D "$DATA_DIR" -m immediate -w stop >&2 || true
    fi

    init_cluster
    log "starting server on $HOST:$PORT (log: $DATA_DIR/server.log)"
    # The default port lies below Linux's ephemeral range (32768-60999), but WIJKPEIL_PG_PORT may not:
    # a just-closed client connection that used it as its source port sits in TIME_WAIT for up to 60 s
    # and makes bind() fail with "Address already in use" although nothing listens. Retry in that case.
    local attempt=0
    # 9>&- : do not let the postmaster inherit our lock file descriptor.
    until as_pg "$BINDIR/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 start >&2 9>&-; do
        attempt=$((attempt + 1))
        if [ "$attempt" -le 15 ] && ! port_open && grep -q 'Address already in use' "$DATA_DIR/server.log" 2>/dev/null; then
            log "port $PORT is still held by a closing connection (TIME_WAIT); retrying in 5 s ($attempt/15)"
            sleep 5
            : >"$DATA_DIR/server.log"
            continue
        fi
        tail -n 30 "$DATA_DIR/server.log" >&2 2>/dev/null || true
        die "PostgreSQL did not start"
    done
    ensure_role_and_db || die "could not create role '$DB_USER' / database '$DB_NAME'"
    verify_connection || die "cannot connect as $DB_USER to $DB_NAME"
    log "ready"
    echo "$CONN_STRING"
}

cmd_stop() {
    local bindir
    bindir=$(find_bindir) || {
        log "PostgreSQL is not installed; nothing to stop"
        return 0
    }
    DATA_DIR=$(choose_data_dir)
    if [ -f "$DATA_DIR/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
        log "stopping server in $DATA_DIR"
        as_pg "$bindir/pg_ctl" -D "$DATA_DIR" -m fast -w -t 60 stop >&2 9>&-
    else
        log "no server running from $DATA_DIR"
    fi
}

cmd_status() {
    if port_open; then
        log "something answers on $HOST:$PORT"
        echo "$CONN_STRING"
    else
        log "nothing answers on $HOST:$PORT"
        return 1
    fi
}

# Serialise concurrent invocations (two test runs starting at once must not both run initdb).
mkdir -p "$STATE_DIR"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$STATE_DIR/.lock"
    flock -w 180 9 || die "timed out waiting for another build/start-postgres.sh to finish"
fi

case "${1:-start}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (expected start, stop or status)" ;;
esac
