#!/usr/bin/env bash
# factline benchmark: the packaged app on H2 with a generated dataset, loaded by wrk on loopback;
# nginx serving the same timeline JSON as a static file is the ceiling for a read.
#
#   bench/run.sh                 # 10k and 100k events
#   bench/run.sh 10000           # one size
#   DURATION=20 CONNECTIONS=32 bench/run.sh 100000
#   JAVA_OPTS="..." overrides the JVM flags (default: the Dockerfile's)
#   APP_PORT=18941 NGINX_PORT=18942 bench/run.sh   # fixed ports (default: free ones)
#   eval "$(.ci/postgres.sh start)" && DB=postgresql bench/run.sh 100000
#                                # the PostgreSQL build on the database in FACTLINE_DB_* (emptied!)
#
# The first start of each size migrates the empty database and is also the AppCDS training
# run: the JVM writes the classes it loaded to an archive when it exits
# (-XX:ArchiveClassesAtExit), and the measured start maps them from there (-XX:SharedArchiveFile).
# The archive names the jar by the path given to -jar and checks its size and time: both starts
# use the same $APP; a JVM that cannot map it warns ("Unable to use shared archive") in the log.
#
# Needs java 17, curl, python3, and Debian's wrk and nginx (installed when missing, as root).
# Writes a Markdown table to bench/results/<date>.md and prints it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../.ci/lib.sh
source "$ROOT/.ci/lib.sh"
BENCH="$ROOT/bench"
SIZES=("$@")
[[ ${#SIZES[@]} -eq 0 ]] && SIZES=(10000 100000)
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DB=${DB:-h2}
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx96m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=32m -XX:MaxDirectMemorySize=32m -XX:CICompilerCount=2 -Dquarkus.thread-pool.max-threads=32"}
# glibc gives every thread that mallocs its own arena (64 MB reserved each, much of it touched);
# two arenas keep the JVM's native memory, and so RSS, small.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factline-bench.XXXXXX")
# nginx workers run as www-data when started by root: they must be able to read www/.
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""

log() { echo "bench: $*" >&2; }
cleanup() {
  stop_pid "$APP_PID"
  stop_pid "$NGINX_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [[ -x /usr/sbin/$tool ]]; then
    log "installing Debian's $tool"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >&2 || {
      apt-get update -qq >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >&2; }
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# The build for $DB; a build for the other database in target/ is replaced.
if ! grep -qs "factline.db.kind=$DB" "$ROOT/target/classes/META-INF/microprofile-config.properties" \
    || [[ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]]; then
  profile=""
  [[ $DB == postgresql ]] && profile="-Ppostgres"
  log "building the $DB app (./mvnw package $profile -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -B package $profile -DskipTests) >&2
fi
APP="$ROOT/target/quarkus-app/quarkus-run.jar"
if [[ $DB == postgresql ]]; then
  : "${FACTLINE_DB_URL:?DB=postgresql needs FACTLINE_DB_URL, FACTLINE_DB_USER, FACTLINE_DB_PASSWORD (.ci/postgres.sh start)}"
  # psql reads PGHOST etc.; .ci/postgres.sh exports them.
  PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)
else
  H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar)
fi
CDS="$WORK/app-cds.jsa"

now_ms() { date +%s%3N; }

start_app() { # $1 db path, $2 port, $3 extra JVM flags; sets APP_PID and STARTED_MS (exec to first timeline response)
  local t0
  t0=$(now_ms)
  # shellcheck disable=SC2086
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 FACTLINE_DB_PATH=$1 QUARKUS_LOG_LEVEL=WARN \
    java $JAVA_OPTS $3 -jar "$APP" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$2/api/timeline?limit=1"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.02
  done
  STARTED_MS=$(( $(now_ms) - t0 ))
}

# wrk with latency distribution; prints "req/s p50 p99 errors"
load() { # $1 url, $2 lua script or "", then env for the script
  local url=$1 script=$2 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency ${script:+-s "$script"} "$url")
  echo "$out" >>"$WORK/wrk.log"
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $5 }
    /Socket errors/ { gsub(",", ""); errors = errors "+socket errors (connect " $4 ", read " $6 ", write " $8 ", timeout " $10 ")" }
    END { printf "%s %s %s %s\n", rps, p50, p99, (errors == "" ? 0 : errors) }' <<<"$out"
}

rss_mb() { awk -v k="$2" '$1 == k":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

RESULT="$BENCH/results/$(date +%Y-%m-%d-%H%M).md"
mkdir -p "$BENCH/results"
{
  echo "## factline benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Database: $DB. Machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg). JVM: \`$JAVA_OPTS\` + AppCDS archive, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s per run, loopback."
  echo
  echo "| events | request | req/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
} >"$RESULT"

for events in "${SIZES[@]}"; do
  db="$WORK/db-$events/factline"
  port=${APP_PORT:-$(free_port)}
  if [[ $DB == postgresql ]]; then
    log "$events events: emptying the database"
    "$PSQL" -q -v ON_ERROR_STOP=1 -c "drop schema public cascade" -c "create schema public" >&2
  fi
  log "$events events: migrating an empty database (and recording the AppCDS archive)"
  rm -f "$CDS"
  start_app "$db" "$port" "-XX:ArchiveClassesAtExit=$CDS"
  for path in "/api/timeline?limit=200" /api/events/1 /api/entities /q/health/ready /q/metrics; do
    curl -s -o /dev/null "http://127.0.0.1:$port$path"
  done
  stop_pid "$APP_PID"; APP_PID=""
  log "$events events: loading the dataset"
  sed -e "s/@EVENTS_NEXT/$((events + 1))/g" -e "s/@CLAIMS_NEXT/$((2 * events + 1))/g" -e "s/@EVENTS/$events/g" \
    "$BENCH/dataset$([[ $DB == postgresql ]] && echo -postgresql).sql" >"$WORK/dataset.sql"
  if [[ $DB == postgresql ]]; then
    "$PSQL" -q -v ON_ERROR_STOP=1 -f "$WORK/dataset.sql" >&2
  else
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$db" -user factline -script "$WORK/dataset.sql"
  fi

  start_app "$db" "$port" "-XX:SharedArchiveFile=$CDS"
  started=$STARTED_MS
  if grep -qi "shared archive" "$WORK/app.log"; then
    log "the AppCDS archive was NOT used: $(grep -i "shared archive" "$WORK/app.log" | head -1)"
    started="$started (no AppCDS)"
  fi
  base="http://127.0.0.1:$port"
  log "$events events: first response $started ms after start"
  mkdir -p "$WORK/www" && chmod 755 "$WORK/www"
  curl -fsS "$base/api/timeline?limit=200&entity=Person%201" >"$WORK/www/timeline.json"
  chmod 644 "$WORK/www/timeline.json"
  items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$WORK/www/timeline.json")
  log "$events events: timeline of Person 1 has $items items, $(stat -c %s "$WORK/www/timeline.json") bytes"

  log "$events events: warming up"
  DURATION=$(( DURATION < 10 ? DURATION : 10 )) load "$base/api/timeline?limit=200&entity=Person%201" "" >/dev/null
  ENTITY="Person 1" load "$base/" "$BENCH/timeline.lua" >/dev/null

  one=$(ENTITY="Person 1" load "$base/" "$BENCH/timeline.lua")
  any=$(load "$base/" "$BENCH/timeline.lua")
  event=$(EVENTS=$events load "$base/" "$BENCH/event.lua")
  post=$(load "$base/" "$BENCH/article.lua")
  rss=$(rss_mb "$APP_PID" VmRSS)
  hwm=$(rss_mb "$APP_PID" VmHWM)
  stop_pid "$APP_PID"; APP_PID=""

  nport=${NGINX_PORT:-$(free_port)}
  cat >"$WORK/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$nport;
    root $WORK/www;
    default_type application/json;
  }
}
NGINX
  mkdir -p "$WORK/nginx-tmp"
  "$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
  NGINX_PID=$!
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$nport/timeline.json" && break; sleep 0.05; done
  curl -fs -o /dev/null "http://127.0.0.1:$nport/timeline.json" || { tail -3 "$WORK/nginx-error.log" >&2; exit 1; }
  static=$(load "http://127.0.0.1:$nport/timeline.json" "")
  stop_pid "$NGINX_PID"; NGINX_PID=""

  ratio=$(awk -v a="${one%% *}" -v b="${static%% *}" 'BEGIN { printf "%.2f", a / b }')
  row() { read -r rps p50 p99 errors <<<"$2"; echo "| $events | $1 | $rps | $p50 | $p99 | $errors |"; }
  {
    row "GET /api/timeline, one entity, limit=200" "$one"
    row "GET /api/timeline, random entity, limit=200" "$any"
    row "GET /api/events/{id}, random id" "$event"
    row "POST /api/articles, new URL" "$post"
    row "nginx: the same timeline JSON as a static file" "$static"
    echo "| $events | factline / nginx (one entity) | $ratio | | | |"
    echo "| $events | start to first timeline response | ${started} ms | | | |"
    echo "| $events | RSS after load (peak) | ${rss} MB (${hwm} MB) | | | |"
  } >>"$RESULT"
done
echo >>"$RESULT"
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$RESULT"
cat "$RESULT"
