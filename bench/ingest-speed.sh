#!/usr/bin/env bash
# Ingest speed on H2: starts the packaged service on a fresh database, POSTs N distinct ~5 KB
# articles (after WARMUP warm-up ones, reported on their own line), prints articles/second, the
# service's CPU per article and the machine load, stops the service. With the JVM's defaults (C1 + C2)
# the JIT compiler is busy for more than a thousand articles; a warm-up of 1,200 measures the
# steady state, the default 50 includes most of the JIT compiler's work.
# Usage: bench/ingest-speed.sh [COUNT] [PORT] [WARMUP]      (build first: ./mvnw -q package -DskipTests)
#   JAVA_OPTS="..." adds JVM flags (default none, as the README's packaged run: G1, C1 + C2; the
#   Dockerfile's C1-only flags are compared in src/docs/extraction.md "JVM flags and the JIT compiler")
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-500}"
PORT="${2:-18091}"
WARMUP="${3:-50}"
DIR="$(mktemp -d /tmp/factline-bench.XXXXXX)"
JAVA_OPTS="${JAVA_OPTS:-}"
echo "JVM flags: ${JAVA_OPTS:-none, the JVM defaults}"
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
