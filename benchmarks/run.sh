#!/usr/bin/env bash
# The whole benchmark table in one command: builds jrace and the benchmarks (unless SKIP_BUILD=1),
# then runs every benchmark in the modes off, race and naive side by side, measures each one's
# memory per mode, prints the Markdown tables and writes benchmarks/results/results-jdkN.md, .csv
# and slowdown-jdkN.svg (N: the JDK's feature release).
#
#   benchmarks/run.sh                                   # JDK on the PATH
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/run.sh
#   benchmarks/run.sh -Djrace.bench=Json -Djrace.modes=off,race    # any Compare property
#
# Extra arguments are JVM options for Compare (its settings are system properties; see
# benchmarks/README.md). MVN_FLAGS (default -q -B) are passed to Maven, e.g. MVN_FLAGS="-q -B -o".
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-java}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  mvn ${MVN_FLAGS:--q -B} -DskipTests install
fi
exec "$JAVA" -Djmh.ignoreLock=true -Djrace.out=benchmarks/results "$@" -jar benchmarks/target/benchmarks.jar
