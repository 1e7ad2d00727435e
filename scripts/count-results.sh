#!/usr/bin/env bash
# Prints "N passed, N failed" from the result files scripts/test.sh leaves in TestResults/.
set -uo pipefail
results="${1:-TestResults}"
passed=0
failed=0
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# A cancelled test (its file timed out or crashed) did not pass: it counts as failed.
for tap in "$results"/conformance*.tap; do
  [ -f "$tap" ] || continue
  p=$(grep -E '^# pass [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  c=$(grep -E '^# cancelled [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${c:-0}))
done
echo "$passed passed, $failed failed"
