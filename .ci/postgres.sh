#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and benchmarks: initdb into a temporary directory, listen on
# 127.0.0.1 only, on a free port. Debian's `postgresql` package is installed when missing.
#
#   eval "$(.ci/postgres.sh start)"   # prints FACTLINE_DB_* and QUARKUS_DATASOURCE_* exports
#   .ci/postgres.sh env               # the same exports again, for a running server
#   .ci/postgres.sh stop              # stops the server and removes the directory
#
# FACTLINE_PG_DIR chooses the directory (default: /tmp/factline-pg), FACTLINE_PG_PORT the port (default: a free one). Logs go to stderr and
# $FACTLINE_PG_DIR/server.log; only the exports go to stdout.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

DIR="${FACTLINE_PG_DIR:-${TMPDIR:-/tmp}/factline-pg}"
DB=factline
USER_NAME=factline
PASSWORD=factline

log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$bin" ]]; then
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    # The package starts a cluster of its own on 5432; this script does not use it.
    pg_ctlcluster --help >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | while read -r ver name _; do
      pg_ctlcluster "$ver" "$name" stop >&2 || true
    done
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# Runs a command as the server's owner: postgres refuses to run as root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}


print_env() {
  local port
  port=$(cat "$DIR/port")
  cat <<ENV
export FACTLINE_DB_URL='jdbc:postgresql://127.0.0.1:${port}/${DB}'
export FACTLINE_DB_USER='${USER_NAME}'
export FACTLINE_DB_PASSWORD='${PASSWORD}'
export QUARKUS_DATASOURCE_JDBC_URL='jdbc:postgresql://127.0.0.1:${port}/${DB}'
export QUARKUS_DATASOURCE_USERNAME='${USER_NAME}'
export QUARKUS_DATASOURCE_PASSWORD='${PASSWORD}'
export PGHOST=127.0.0.1 PGPORT=${port} PGUSER=${USER_NAME} PGPASSWORD=${PASSWORD} PGDATABASE=${DB}
ENV
}

start() {
  local bin port
  bin=$(pg_bin)
  if [[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    log "already running in $DIR"
    print_env
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$DIR"
  port=${FACTLINE_PG_PORT:-$(free_port)}
  echo "$port" > "$DIR/port"
  echo "$PASSWORD" > "$DIR/pwfile"
  as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$DIR/pwfile" -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" >&2 \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$bin/psql" -h "$DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
create role ${USER_NAME} login password '${PASSWORD}';
SQL
  # A linguistic default collation, as most production clusters have, so that the tests prove
  # that the schema itself pins the code-point order the timeline needs (R__postgres_collation).
  as_owner "$bin/psql" -h "$DIR" -p "$port" -U postgres -d postgres -q \
    -c "create database ${DB} owner ${USER_NAME} template template0 locale_provider icu icu_locale 'en-US'" >&2 \
    || as_owner "$bin/psql" -h "$DIR" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "create database ${DB} owner ${USER_NAME}" >&2
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $DIR/data"
  print_env
}

stop() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$bin" && -f "$DIR/data/postmaster.pid" ]]; then
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
