#!/usr/bin/env bash
# Start-up of the packaged app on an existing, migrated H2 database: wall time from exec to the
# first 200 of GET /api/timeline, and the CPU the JVM spent until then (less sensitive to other
# work on the machine than the wall time). Median of RUNS starts.
#
#   bench/startup.sh DB_PATH [PORT]          # DB_PATH: H2 file stem, e.g. /tmp/x/db-10000/factline
#   RUNS=5 JAVA_OPTS="..." bench/startup.sh /tmp/x/db/factline 18911
#   CDS=path/app-cds.jsa                     # adds -XX:SharedArchiveFile (and checks it is mapped)
#
# JAVA_OPTS defaults to bench/run.sh's. Prints one line per start and the medians.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../.ci/lib.sh
source "$ROOT/.ci/lib.sh"
DB=${1:?usage: bench/startup.sh DB_PATH [PORT]}
PORT=${2:-$(free_port)}
RUNS=${RUNS:-5}
APP=${APP:-"$ROOT/target/quarkus-app/quarkus-run.jar"}
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS=\${JAVA_OPTS:-"\(.*\)"}$/\1/p' "$ROOT/bench/run.sh")}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CDS_OPT=""
[[ -n ${CDS:-} ]] && CDS_OPT="-XX:SharedArchiveFile=$CDS -Xlog:cds=warning"
LOG=$(mktemp)
APP_PID=""
trap 'stop_pid "$APP_PID"; rm -f "$LOG"' EXIT

now_ms() { date +%s%3N; }
cpu_ms() { # user + system CPU of a process so far
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

threads_cpu() { # CPU ms by thread name (the JVM's threads, grouped by name), most first
  for t in /proc/"$1"/task/*; do
    echo "$(cut -d' ' -f14,15 "$t/stat") $(cat "$t/comm")"
  done | awk -v hz="$(getconf CLK_TCK)" '{ u = $1; s = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); sub(/[0-9]+$/, "#"); c[$0] += (u + s) * 1000 / hz }
    END { for (n in c) if (c[n] > 0) printf "  %6d ms %s\n", c[n], n }' | sort -rn | head -8
}

walls=() cpus=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now_ms)
  # shellcheck disable=SC2086
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT FACTLINE_DB_PATH=$DB \
    java $JAVA_OPTS $CDS_OPT -jar "$APP" >"$LOG" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/timeline?limit=1"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.01
  done
  wall=$(( $(now_ms) - t0 ))
  cpu=$(cpu_ms "$APP_PID")
  rss=$(awk '$1 == "VmRSS:" { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
  [[ -n ${THREADS_CPU:-} ]] && threads_cpu "$APP_PID" >&2
  stop_pid "$APP_PID"; APP_PID=""
  if grep -qi "sharing\|shared archive\|cds" "$LOG"; then
    echo "run $i: JVM said: $(grep -i "sharing\|shared archive\|cds" "$LOG" | head -2)" >&2
  fi
  echo "run $i: first response ${wall} ms, CPU ${cpu} ms, RSS ${rss} MB"
  walls+=("$wall") cpus+=("$cpu")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "median of $RUNS: first response $(median "${walls[@]}") ms, CPU $(median "${cpus[@]}") ms (load $(cut -d' ' -f1-3 /proc/loadavg))"
