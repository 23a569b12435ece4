#!/usr/bin/env bash
# Issue 7: 1,000,000 virtual threads over one run, without and with -javaagent:race.jar, under
# the same fixed -Xmx: both must finish with the same digest, the agent's with no report and no
# OutOfMemoryError. Prints time, peak heap in use and peak RSS of each run. See VALIDATION.md.
#
#   mvn -B -q -o -DskipTests install && validation/million-virtual-threads.sh
#
# Environment: JDK (a JDK 21+ home, default Temurin 25), AGENT (race.jar), THREADS (1000000),
# HEAP (-Xmx of both runs, default 640m).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
AGENT=${AGENT:-$ROOT/agent/target/race.jar}
JDK=${JDK:-$(ls -d /usr/lib/jvm/temurin-25* | head -n 1)}
THREADS=${THREADS:-1000000}
HEAP=${HEAP:-640m} # 512m: the agent needs ~460 MiB here and thrashed there 1 run in 3 (VALIDATION.md)
T=$HERE/target/vthreads
[ -f "$AGENT" ] || { echo "no $AGENT: run mvn -B -q -o -DskipTests install first" >&2; exit 2; }

rm -rf "$T" && mkdir -p "$T/classes"
"$JDK/bin/javac" -nowarn --release 21 -d "$T/classes" "$HERE/vthreads/MillionVirtualThreads.java"

run() { # NAME [JVM options...]
  local name=$1
  shift
  local status=0
  /usr/bin/time -f "%M" -o "$T/$name.rss" "$JDK/bin/java" -Xmx"$HEAP" "$@" -cp "$T/classes" \
    MillionVirtualThreads "$THREADS" >"$T/$name.out" 2>"$T/$name.err" || status=$?
  echo "$name: exit $status, $(cat "$T/$name.out"), peak_rss_mib=$(( $(tail -n 1 "$T/$name.rss") / 1024 ))"
  return 0
}

run plain
run agent -javaagent:"$AGENT"
plain=$(grep -o 'digest=[0-9]*' "$T/plain.out" || true)
agent=$(grep -o 'digest=[0-9]*' "$T/agent.out" || true)
if [ -z "$agent" ] || [ "$plain" != "$agent" ] || grep -q -E 'DATA RACE|OutOfMemoryError|fatal error' "$T/agent.err"; then
  echo "FAILED: the agent's run differs (see $T/agent.err)" >&2
  exit 1
fi
echo "OK: same digest, no report"
