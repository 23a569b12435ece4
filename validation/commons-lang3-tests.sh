#!/usr/bin/env bash
# Runs commons-lang3 3.17.0's own test suite (its -tests jar from Maven Central, with the test
# dependencies its pom declares: validation/commons-lang3/pom.xml) with JUnit's ConsoleLauncher,
# once without and once with -javaagent:race.jar, and compares: tests that fail only with the
# agent (a race report or anything else), exit statuses, and the races reported. See VALIDATION.md.
#
#   mvn -B -q -o -DskipTests install && validation/commons-lang3-tests.sh
#
# Environment: JDK (a JDK home, default JDK 17), AGENT (race.jar), TIMEOUT (seconds a run),
# RUNS (default "plain agent": one of them alone redoes that run and compares with the other's last),
# HEAP (-Xmx of both runs, default 4g: with 2g the agent's run spends most of its time in GC).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
AGENT=${AGENT:-$ROOT/agent/target/race.jar}
JDK=${JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
TIMEOUT=${TIMEOUT:-1800}
T=$HERE/target/commons-lang3
JAVA=$JDK/bin/java
[ -f "$AGENT" ] || { echo "no $AGENT: run mvn -B -q -o -DskipTests install first" >&2; exit 2; }

mkdir -p "$T/lib"
if [ ! -s "$T/lib/commons-lang3-3.17.0-tests.jar" ]; then
  mvn -B -q -f "$HERE/commons-lang3/pom.xml" dependency:copy-dependencies -DoutputDirectory="$T/lib" >"$T/fetch.log" 2>&1 \
    || { cat "$T/fetch.log" >&2; exit 2; }
fi
rm -rf "$T/classes"
"$JDK/bin/javac" -nowarn --release 17 -d "$T/classes" "$HERE/src/validation/FailedTests.java"

LAUNCHER=$T/lib/junit-platform-console-standalone-1.11.0.jar
TESTS=$T/lib/commons-lang3-3.17.0-tests.jar
# The standalone launcher brings JUnit itself; the class path gets the rest.
CP=$(ls "$T"/lib/*.jar | grep -v -E '/(junit-|opentest4j|apiguardian)' | tr '\n' ':')
# What commons-lang3's pom gives Surefire on Java 16+.
OPENS="--add-opens java.base/java.lang.reflect=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED"

run() { # NAME [JVM options...]
  local name=$1
  shift
  rm -rf "$T/$name" && mkdir -p "$T/$name"
  local start=$SECONDS rc
  set +e
  # shellcheck disable=SC2086
  timeout "$TIMEOUT" "$JAVA" -Xmx${HEAP:-4g} $OPENS "$@" -jar "$LAUNCHER" execute --disable-banner \
    --details=summary --class-path "$CP" --scan-class-path="$TESTS" --include-classname='.*Test' \
    --reports-dir="$T/$name" >"$T/$name/stdout.txt" 2>"$T/$name/stderr.txt" </dev/null
  rc=$?
  set -e
  echo "$rc" >"$T/$name/exit"
  echo $((SECONDS - start)) >"$T/$name/seconds"
  "$JAVA" -cp "$T/classes" validation.FailedTests "$T/$name"/TEST-junit-*.xml >"$T/$name/failed.txt" \
    || echo "no report" >"$T/$name/failed.txt"
  echo "[commons-lang3] $name: exit $rc in $((SECONDS - start)) s, $(tail -1 "$T/$name/failed.txt")" >&2
}

for r in ${RUNS:-plain agent}; do
  case $r in
    plain) run plain ;;
    agent) run agent -javaagent:"$AGENT" ;;
  esac
done

sed '$d' "$T/plain/failed.txt" | cut -d' ' -f1 | sort >"$T/plain.names"
sed '$d' "$T/agent/failed.txt" | cut -d' ' -f1 | sort >"$T/agent.names"
comm -13 "$T/plain.names" "$T/agent.names" >"$T/agent-only.names"
: >"$T/agent-only.txt"
while read -r t; do grep -F "$t " "$T/agent/failed.txt" >>"$T/agent-only.txt" || true; done <"$T/agent-only.names"
raceFailures=$(grep -c ': jrace: ' "$T/agent-only.txt" || true)
otherFailures=$(grep -vc ': jrace: ' "$T/agent-only.txt" || true)
# Each report's first line names the access, the next "Previous ..." the other one.
grep -h -A0 -E '^(Read|Write) of ' "$T/agent/stderr.txt" | sort | uniq -c | sort -rn >"$T/races.txt" || true

echo "JDK: $("$JAVA" -version 2>&1 | head -1)"
echo "without the agent: exit $(cat "$T/plain/exit"), $(cat "$T/plain/seconds") s, $(tail -1 "$T/plain/failed.txt")"
echo "with the agent:    exit $(cat "$T/agent/exit"), $(cat "$T/agent/seconds") s, $(tail -1 "$T/agent/failed.txt")"
echo "failing only with the agent: $((raceFailures + otherFailures)) ($raceFailures failed by a race report, $otherFailures otherwise)"
cat "$T/agent-only.txt"
echo "race reports (first line of each, counted):"
cat "$T/races.txt"
[ "$otherFailures" = 0 ]
