#!/usr/bin/env bash
# Does an ingest cost more as the database grows? Fills one H2 database with the first N articles of
# bench/ingest_speed.py's dated series (8 a day from 1 March 2025: 3,000 articles are a year of the
# same people, places and topics), keeps a copy at each size, then for each size and each app starts
# the app on a fresh copy, posts WARMUP warm-up articles (published on the day the measured ones
# start) and measures COUNT more: the next articles of the series. Every measured run starts its JVM
# anew with the same warm-up, so the JIT compiler's share is the same at every size and what differs is
# the database. With two apps, each size runs them one after the other on copies of the same database:
# compare them as ratios at the same load (`uptime` is printed before and after each run).
#
# Usage: bench/ingest-growth.sh [SIZES] [COUNT] [WARMUP] [PORT]
#   SIZES   articles stored before the warm-up, ascending (default "0 1000 3000")
#   COUNT   measured articles at each size (default 300), WARMUP warm-up ones (default 300)
#   APPS="target/quarkus-app /path/to/other/quarkus-app"   apps to compare (default the first);
#           the first one fills the database
#   PER_DAY=8 articles of the series a day;  JAVA_OPTS="..." JVM flags (default none, as ingest-speed.sh)
#   JFR=1   records each run (warm-up and measured; JFR's "profile" settings) into its results directory
#   KEEP=/path  keeps the results directory (databases, logs, JFR files) there instead of a temporary one;
#           run again with the same KEEP, the databases kept there are measured again (not filled again)
# Build first: ./mvnw -q package -DskipTests -Dquarkus.quinoa=false
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-0 1000 3000}"
COUNT="${2:-300}"
WARMUP="${3:-300}"
PORT="${4:-18091}"
read -r -a APP_LIST <<< "${APPS:-target/quarkus-app}"
PER_DAY="${PER_DAY:-8}"
JAVA_OPTS="${JAVA_OPTS:-}"
DIR="${KEEP:-$(mktemp -d /tmp/factline-growth.XXXXXX)}"
mkdir -p "$DIR"
PID=""
cleanup() {
    if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    [[ -n "${KEEP:-}" ]] || rm -rf "$DIR"
}
trap cleanup EXIT

# Starts APP on the H2 file stem DB; LOG gets its output; PID its process id.
start() {
    local app=$1 db=$2 log=$3 jfr=$4
    # shellcheck disable=SC2086 # JAVA_OPTS and jfr are lists of flags
    # Opening a large database on a busy machine can take longer than the pool's default wait.
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-120S}" \
    FACTLINE_DB_PATH="$db" QUARKUS_HTTP_PORT="$PORT" java -XX:-UseDynamicNumberOfCompilerThreads $JAVA_OPTS $jfr \
        -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
    PID=$!
    for _ in $(seq 1 600); do
        curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && return 0
        kill -0 "$PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 1
    done
    echo "the app did not become ready: $log" >&2
    exit 1
}

# Stops the app the way an operator does (SIGTERM): H2 closes, and compacts, its file.
stop() {
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
}

post() { # FIRST COUNT WARMUP
    python3 bench/ingest_speed.py --base-url "http://localhost:$PORT" --first "$1" --count "$2" --warmup "$3" \
        --per-day "$PER_DAY" --pid "$PID"
}

echo "JVM flags: ${JAVA_OPTS:-none, the JVM defaults}; results in $DIR"
# With KEEP, the databases of an earlier run are used again: filling goes on from the largest one kept.
stored=0
todo=""
for size in $SIZES; do
    if [[ -d "$DIR/db-$size" ]]; then stored=$size; else todo="$todo $size"; fi
done
if [[ -n "$todo" ]]; then
    echo "filling with ${APP_LIST[0]}: sizes$todo from $stored, $PER_DAY articles a day"
    rm -rf "$DIR/fill" && mkdir -p "$DIR/fill"
    (( stored == 0 )) || cp -a "$DIR/db-$stored/." "$DIR/fill/"
    start "${APP_LIST[0]}" "$DIR/fill/factline" "$DIR/fill.log" ""
    for size in $todo; do
        if (( size > stored )); then
            # A failed article (reported) leaves a gap in the series; the fill goes on.
            (post "$stored" $(( size - stored )) 0 || true) | grep -E '^ingest:' | sed "s/^ingest:/fill $stored..$size:/"
            stored=$size
        fi
        stop
        mkdir -p "$DIR/db-$size"
        cp -a "$DIR/fill/." "$DIR/db-$size/"
        echo "size $size: H2 file $(du -m "$DIR/db-$size/factline.mv.db" | cut -f1) MB after closing"
        start "${APP_LIST[0]}" "$DIR/fill/factline" "$DIR/fill.log" ""
    done
    stop
fi

for size in $SIZES; do
    for k in "${!APP_LIST[@]}"; do
        app=${APP_LIST[$k]}
        run="$DIR/run-$size-app$k"
        rm -rf "$run" && mkdir -p "$run"
        cp -a "$DIR/db-$size/." "$run/"
        jfr=""
        [[ -n "${JFR:-}" ]] && jfr="-XX:StartFlightRecording=filename=$run/ingest.jfr,settings=profile"
        start "$app" "$run/factline" "$run/service.log" "$jfr"
        echo "== size $size, $app: load before: $(uptime | sed 's/.*load/load/')"
        (post "$size" "$COUNT" "$WARMUP" || true) | grep -E '^(warm-up|ingest)' | sed "s/^/  /"
        echo "   load after: $(uptime | sed 's/.*load/load/')"
        stop
    done
done
