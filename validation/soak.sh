#!/usr/bin/env bash
# Soak (issue 7, "Reliability"): an allocation-heavy, correctly synchronized multi-threaded
# workload (validation/soak/src/soak/Soak.java) runs for a fixed time under a fixed -Xmx, once
# without and once with -javaagent:race.jar, on JDK 17 and 25. Every SAMPLE seconds it records
# the heap used after full collections and the operations done, so the output shows whether
# jrace's shadow state (of objects, arrays, monitors, JDK objects, threads) dies with what it
# shadows. See VALIDATION.md ("Soak").
#
#   mvn -B -q -o -DskipTests package      # builds agent/target/race.jar
#   validation/soak.sh                    # 4 runs of 10 minutes; summary in validation/target/soak/summary.md
#
# Environment: DURATION (seconds a run, default 600), SAMPLE (seconds between samples, 10),
# HEAP (-Xmx of every run, default 512m), JDKS ("17 25"), JDK17, JDK25 (homes), AGENT (race.jar),
# RUNS ("plain agent"), VTHREADS (1; 0: no virtual threads on JDK 21+), TASKS (a subset of the
# workload's tasks, comma-separated: objects,arrays,locks,executors,threads,shared,jdkObjects),
# OUT (where the runs and summary.md go, default validation/target/soak).
# Exit status: 1 when a run failed (exit status not 0, a race reported, OutOfMemoryError, fewer
# samples than expected, or a post-GC heap that grows: see soak/src/soak/Summary.java); 0 otherwise.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
T=${OUT:-$HERE/target/soak}
AGENT=${AGENT:-$ROOT/agent/target/race.jar}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JDKS=${JDKS:-17 25}
DURATION=${DURATION:-600}
SAMPLE=${SAMPLE:-10}
HEAP=${HEAP:-512m}
RUNS=${RUNS:-plain agent}
VTHREADS=${VTHREADS:-1}
TASKS=${TASKS:-}

[ -f "$AGENT" ] || { echo "no $AGENT: run mvn -B -q -o -DskipTests package first" >&2; exit 2; }
log() { echo "[soak] $*" >&2; }
javaOf() { if [ "$1" = 17 ]; then echo "$JDK17/bin/java"; else echo "$JDK25/bin/java"; fi; }

rm -rf "$T/classes"
mkdir -p "$T"
"$JDK17/bin/javac" -nowarn --release 17 -d "$T/classes" "$HERE"/soak/src/soak/*.java

OPTS=()
[ "$VTHREADS" = 0 ] && OPTS+=(-Dsoak.platformOnly=true)
[ -n "$TASKS" ] && OPTS+=(-Dsoak.tasks="$TASKS")

for jdk in $JDKS; do
  JAVA=$(javaOf "$jdk")
  for run in $RUNS; do
    O=$T/jdk$jdk/$run
    rm -rf "$O" && mkdir -p "$O"
    agentArg=()
    [ "$run" = agent ] && agentArg=(-javaagent:"$AGENT")
    log "JDK $jdk $run: $DURATION s under -Xmx$HEAP ($("$JAVA" -version 2>&1 | head -1))"
    start=$SECONDS
    set +e
    # In the run's directory, so that a crash's hs_err_pid*.log lands there.
    (cd "$O" && timeout $((DURATION + 300)) "$JAVA" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError \
      -Xlog:gc:file="$O/gc.log" "${agentArg[@]}" "${OPTS[@]}" -cp "$T/classes" soak.Soak \
      "$DURATION" "$SAMPLE" "$O" >"$O/stdout.txt" 2>"$O/stderr.txt" </dev/null)
    rc=$?
    set -e
    echo "$rc" >"$O/exit"
    echo $((SECONDS - start)) >"$O/seconds"
    log "JDK $jdk $run: exit $rc in $((SECONDS - start)) s; last sample: $(tail -1 "$O/samples.csv" 2>/dev/null)"
  done
done

set +e
"$JDK17/bin/java" -cp "$T/classes" soak.Summary "$T" "$DURATION" "$HEAP" $JDKS >"$T/summary.md"
status=$?
set -e
cat "$T/summary.md"
exit $status
