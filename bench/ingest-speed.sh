#!/usr/bin/env bash
# Ingest speed on H2: starts the packaged service on a fresh database, POSTs N distinct ~5 KB
# articles (after WARMUP warm-up ones, reported on their own line), prints articles/second, the
# service's CPU per article and the machine load, stops the service. With the default flags (C1
# compiler only) the JIT's work is nearly done after the first hundred articles; with C2
# (JAVA_OPTS= for the JVM's defaults) it goes on for more than a thousand.
# Usage: bench/ingest-speed.sh [COUNT] [PORT] [WARMUP]      (build first: ./mvnw -q package -DskipTests)
#   JAVA_OPTS="..." overrides the JVM flags (default: the Dockerfile's and the README's; the JVM's own
#   defaults are G1, C1 + C2 and a quarter of the memory, compared in src/docs/extraction.md "JVM settings")
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-500}"
PORT="${2:-18091}"
WARMUP="${3:-50}"
DIR="$(mktemp -d /tmp/factline-bench.XXXXXX)"
JAVA_OPTS=${JAVA_OPTS-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx96m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=32m -XX:MaxDirectMemorySize=32m -XX:CICompilerCount=2 -Dquarkus.thread-pool.max-threads=32"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
echo "JVM: $JAVA_OPTS"
# Compiler threads that exit take their CPU time with them; kept, the JIT share printed is complete.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
FACTLINE_DB_PATH="$DIR/db" QUARKUS_HTTP_PORT="$PORT" java -XX:-UseDynamicNumberOfCompilerThreads $JAVA_OPTS \
    -jar target/quarkus-app/quarkus-run.jar > "$DIR/service.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
    sleep 1
done
echo "load before: $(uptime)"
python3 bench/ingest_speed.py --base-url "http://localhost:$PORT" --count "$COUNT" --warmup "$WARMUP" --pid "$PID"
echo "load after:  $(uptime)"
