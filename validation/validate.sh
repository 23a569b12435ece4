#!/usr/bin/env bash
# Bytecode validation suite (issue 7, "Reliability"): instruments real jars from Maven Central
# with jrace, checks every rewritten class with ASM's verifier, and loads + links (+ initializes)
# every class in a JVM with -Xverify:all, with and without -javaagent:race.jar, on JDK 17 and 25.
# See VALIDATION.md. Not part of `mvn verify` (it takes minutes).
#
#   mvn -B -q -o -DskipTests install      # builds agent/target/race.jar
#   validation/validate.sh                # everything; results in validation/target/summary.md
#
# Environment: JDKS="17 25" (which JDKs), ONLY="guava groovy" (which jar sets), INIT=1 (also
# run static initializers; 0: load and link only), JDK17, JDK25 (homes), AGENT (race.jar).
# Exit status: 1 when a class fails only with the agent, a new ASM problem appears, or a
# special case runs differently under the agent; 0 otherwise.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
T=$HERE/target
AGENT=${AGENT:-$ROOT/agent/target/race.jar}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JDKS=${JDKS:-17 25}
ONLY=${ONLY:-}
INIT=${INIT:-1}
ASM_VERSION=9.9.1
TIMEOUT=${TIMEOUT:-900}

[ -f "$AGENT" ] || { echo "no $AGENT: run mvn -B -q -o -DskipTests install first" >&2; exit 2; }

# name, lowest JDK, the jar to check, then the jars it needs on the class path.
SETS=(
  "guava 17 com.google.guava:guava:33.4.8-jre com.google.guava:failureaccess:1.0.3 org.jspecify:jspecify:1.0.0"
  "jackson-databind 17 com.fasterxml.jackson.core:jackson-databind:2.19.2 com.fasterxml.jackson.core:jackson-core:2.19.2 com.fasterxml.jackson.core:jackson-annotations:2.19.2"
  "jackson-core 17 com.fasterxml.jackson.core:jackson-core:2.19.2"
  "jackson-annotations 17 com.fasterxml.jackson.core:jackson-annotations:2.19.2"
  "commons-lang3 17 org.apache.commons:commons-lang3:3.17.0"
  "commons-compress 17 org.apache.commons:commons-compress:1.27.1 commons-io:commons-io:2.16.1 commons-codec:commons-codec:1.17.1 org.apache.commons:commons-lang3:3.17.0 org.tukaani:xz:1.10 com.github.luben:zstd-jni:1.5.6-4 org.brotli:dec:0.1.2 org.ow2.asm:asm:9.7"
  "commons-collections4 17 org.apache.commons:commons-collections4:4.4"
  "netty-buffer 17 io.netty:netty-buffer:4.1.118.Final io.netty:netty-common:4.1.118.Final"
  "netty-common 17 io.netty:netty-common:4.1.118.Final"
  "kotlin-stdlib 17 org.jetbrains.kotlin:kotlin-stdlib:2.1.20 org.jetbrains:annotations:13.0"
  "scala-library 17 org.scala-lang:scala-library:2.13.16"
  "groovy 17 org.apache.groovy:groovy:4.0.26"
  "byte-buddy 17 net.bytebuddy:byte-buddy:1.17.7"
  "lucene-core 21 org.apache.lucene:lucene-core:10.2.2"
  "java21-sample 21 local:java21-sample"
)

log() { echo "[validate] $*" >&2; }

jarOf() { # G:A:V -> path of the jar in the cache
  local g a v
  IFS=: read -r g a v <<<"$1"
  if [ "$g" = local ]; then echo "$T/jars/$a.jar"; else echo "$T/jars/$a-$v.jar"; fi
}

fetch() {
  local f
  f=$(jarOf "$1")
  if [ ! -s "$f" ]; then
    log "fetching $1"
    mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$T/jars" >"$T/fetch.log" 2>&1 \
      || { cat "$T/fetch.log" >&2; exit 2; }
  fi
}

javaOf() { if [ "$1" = 17 ]; then echo "$JDK17/bin/java"; else echo "$JDK25/bin/java"; fi; }

mkdir -p "$T/jars" "$T/lib"
for a in asm asm-tree asm-analysis asm-util; do
  f="$T/lib/$a-$ASM_VERSION.jar"
  [ -s "$f" ] || mvn -B -q dependency:copy -Dartifact="org.ow2.asm:$a:$ASM_VERSION" -DoutputDirectory="$T/lib" >"$T/fetch.log" 2>&1 \
    || { cat "$T/fetch.log" >&2; exit 2; }
done
LIB=$(ls "$T"/lib/*.jar | tr '\n' ':')
for s in "${SETS[@]}"; do
  for gav in $(echo "$s" | cut -d' ' -f3-); do
    case "$gav" in local:*) ;; *) fetch "$gav" ;; esac
  done
done

# The helpers (validation/src) and the Java 21 sample (validation/java21, javac --release 21).
rm -rf "$T/classes" "$T/java21-classes"
"$JDK17/bin/javac" -nowarn --release 17 -cp "$LIB" -d "$T/classes" "$HERE"/src/validation/*.java
"$JDK25/bin/javac" --release 21 -d "$T/java21-classes" $(find "$HERE/java21/src" -name '*.java')
rm -f "$T/jars/java21-sample.jar"
"$JDK25/bin/jar" --create --file "$T/jars/java21-sample.jar" -C "$T/java21-classes" .
rm -rf "$T/special"
"$JDK17/bin/java" -cp "$T/classes:$LIB" validation.Special generate "$T/special/classes"

STATUS=0
SUMMARY=$T/summary.md
{
  echo "| JDK | jar | classes | instrumented (tool) | not instrumentable | ASM: problems in original | ASM: new problems (+ new ones that are only a type missing from the class path) | linked OK without agent | with shadow fields, agent run | failed without agent | failed with agent | agent-only failures | exit without / with agent |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$SUMMARY"
SPECIAL=$T/special.md
: >"$SPECIAL"

for jdk in $JDKS; do
  JAVA=$(javaOf "$jdk")
  log "JDK $jdk: $("$JAVA" -version 2>&1 | head -1)"
  for s in "${SETS[@]}"; do
    read -r name min main deps <<<"$s"
    if [ -n "$ONLY" ] && ! [[ " $ONLY " == *" $name "* ]]; then continue; fi
    if [ "$jdk" -lt "$min" ]; then continue; fi
    O=$T/out/jdk$jdk/$name
    rm -rf "$O" && mkdir -p "$O"
    mainJar=$(jarOf "$main")
    cp=$mainJar
    depJars=()
    for d in $deps; do depJars+=("$(jarOf "$d")"); cp="$cp:$(jarOf "$d")"; done
    log "JDK $jdk $name: instrument"
    "$JAVA" -jar "$AGENT" instrument "$mainJar" "$O/instrumented.jar" >"$O/instrument.out" 2>"$O/instrument.err"
    tool=$(sed -n 's/^jrace: \([0-9]*\) classes instrumented.*/\1/p' "$O/instrument.out")
    notInstr=$(grep -c "could not instrument" "$O/instrument.err" || true)
    log "JDK $jdk $name: ASM check"
    asm=$("$JAVA" -Xss8m -cp "$T/classes:$LIB" validation.AsmCheck "$mainJar" "$O/instrumented.jar" \
      "$O/asm-new-problems.txt" "${depJars[@]}" "$AGENT" 2>"$O/asm.err")
    classes=$(sed 's/.*classes=\([0-9]*\).*/\1/' <<<"$asm")
    origProblems=$(sed 's/.*originalProblems=\([0-9]*\).*/\1/' <<<"$asm")
    newProblems=$(sed 's/.*newProblems=\([0-9]*\).*/\1/' <<<"$asm")
    newUnresolved=$(sed -n 's/.*newUnresolved=\([0-9]*\).*/\1/p' <<<"$asm")
    initArg=""; [ "$INIT" = 1 ] && initArg=init
    log "JDK $jdk $name: load and link without the agent"
    set +e
    timeout "$TIMEOUT" "$JAVA" -Xverify:all --add-opens java.base/java.lang=ALL-UNNAMED -cp "$T/classes:$cp" validation.LoadAll "$mainJar" "$O/plain.txt" $initArg \
      >"$O/plain.out" 2>"$O/plain.err" </dev/null
    rcPlain=$?
    log "JDK $jdk $name: load and link with the agent"
    timeout "$TIMEOUT" "$JAVA" -Xverify:all --add-opens java.base/java.lang=ALL-UNNAMED -javaagent:"$AGENT" -cp "$T/classes:$cp" validation.LoadAll "$mainJar" \
      "$O/agent.txt" $initArg >"$O/agent.out" 2>"$O/agent.err" </dev/null
    rcAgent=$?
    set -e
    okPlain=$(grep -c '^OK ' "$O/plain.txt" || true)
    failPlain=$(grep -c '^FAIL ' "$O/plain.txt" || true)
    failAgent=$(grep -c '^FAIL ' "$O/agent.txt" || true)
    shadowed=$(sed -n 's/.*shadowed=\([0-9]*\).*/\1/p' "$O/agent.out")
    # A class that fails with the agent and not without it (or fails in another way).
    sed 's/^\(FAIL [^ ]* [^ ]* [^:]*\).*/\1/' "$O/plain.txt" | sort >"$O/plain.keys"
    sed 's/^\(FAIL [^ ]* [^ ]* [^:]*\).*/\1/' "$O/agent.txt" | sort >"$O/agent.keys"
    comm -13 "$O/plain.keys" "$O/agent.keys" | grep '^FAIL' >"$O/agent-only.keys" || true
    agentOnly=$(wc -l <"$O/agent-only.keys")
    : >"$O/agent-only.txt"
    while read -r _ cls _; do grep "^FAIL $cls " "$O/agent.txt" >>"$O/agent-only.txt"; done <"$O/agent-only.keys"
    if [ "$agentOnly" != 0 ] || [ "$newProblems" != 0 ] || [ "$rcPlain" != "$rcAgent" ] \
        || [ "$(wc -l <"$O/plain.txt")" != "$(wc -l <"$O/agent.txt")" ]; then
      STATUS=1
    fi
    echo "| $jdk | $(basename "$mainJar") | $classes | $tool | $notInstr | $origProblems | $newProblems (+${newUnresolved:-?}) | $okPlain | ${shadowed:-?} | $failPlain | $failAgent | $agentOnly | $rcPlain / $rcAgent |" >>"$SUMMARY"
    log "JDK $jdk $name: classes=$classes instrumented=$tool newASM=$newProblems failPlain=$failPlain failAgent=$failAgent agentOnly=$agentOnly rc=$rcPlain/$rcAgent"
  done

  # Special cases: a method near 64 KiB, jsr/ret, and (JDK 25) the Java 21 sample, run.
  if [ -z "$ONLY" ] || [[ " $ONLY " == *" special "* ]]; then
    O=$T/out/jdk$jdk/special
    rm -rf "$O" && mkdir -p "$O"
    "$JAVA" -jar "$AGENT" instrument "$T/special/classes" "$O/instrumented" >"$O/instrument.out" 2>"$O/instrument.err"
    {
      echo "JDK $jdk, java -jar race.jar instrument: $(cat "$O/instrument.out")"
      "$JAVA" -cp "$T/classes:$LIB" validation.Special compare "$T/special/classes" "$O/instrumented"
    } >>"$SPECIAL"
    progs=("special.Huge:$T/special/classes" "special.Jsr:$T/special/classes")
    [ "$jdk" -ge 21 ] && progs+=("j21.Shapes:$T/jars/java21-sample.jar")
    for p in "${progs[@]}"; do
      cls=${p%%:*}; pcp=${p#*:}
      set +e
      timeout 300 "$JAVA" -Xverify:all -cp "$pcp" "$cls" >"$O/$cls.plain.out" 2>"$O/$cls.plain.err"
      rp=$?
      timeout 300 "$JAVA" -Xverify:all -javaagent:"$AGENT"=verbose=1 -cp "$pcp" "$cls" >"$O/$cls.agent.out" 2>"$O/$cls.agent.err"
      ra=$?
      set -e
      same=same; cmp -s "$O/$cls.plain.out" "$O/$cls.agent.out" || same=DIFFERENT
      [ "$same" = same ] && [ "$rp" = "$ra" ] || STATUS=1
      echo "JDK $jdk, $cls under -Xverify:all: exit $rp without the agent, $ra with it; output $same ($(tr '\n' ' ' <"$O/$cls.plain.out" | cut -c1-120))" >>"$SPECIAL"
      grep -h "too large\|could not" "$O/$cls.agent.err" | sed "s/^/    agent: /" >>"$SPECIAL" || true
    done
  fi
done

cat "$SUMMARY"
echo
cat "$SPECIAL"
exit $STATUS
