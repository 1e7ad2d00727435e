#!/usr/bin/env bash
# The API benchmark of issue 12 (bench/README.md): builds Release, starts a throwaway PostgreSQL (when PostgreSQL is
# among the stores), runs every scenario on each store against a real server process, writes docs/performance.md, and
# prints how long it all took. Results (results.json, results.jsonl, the servers' logs) go to a temporary directory,
# or to $OPENEIP_BENCH_RESULTS.
#
#   bench/run-api.sh            the full run: about 40 minutes on 2 cores; run it on a quiet machine
#   bench/run-api.sh --quick    short runs, 1k and 10k EIPs only: about 8 minutes
#   bench/run-api.sh --stores sqlite [--quick]   one store
#
# Other options go to the suite verb of bench/Load (Program.cs lists them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)

stores=sqlite,postgres
rest=()
next_is_stores=0
for arg in "$@"; do
  if ((next_is_stores)); then stores=$arg; next_is_stores=0
  elif [ "$arg" = "--stores" ]; then next_is_stores=1
  else rest+=("$arg"); fi
done

dotnet build OpenEip.slnx -c Release -v quiet -nologo
results=${OPENEIP_BENCH_RESULTS:-$(mktemp -d /tmp/openeip-bench-results-XXXXXX)}

pgdir=""
cleanup() {
  if [ -n "$pgdir" ]; then scripts/throwaway-postgres.sh stop "$pgdir"; fi
}
trap cleanup EXIT INT TERM

if [[ ",$stores," == *",postgres,"* ]]; then
  pgdir=$(mktemp -d /tmp/openeip-bench-pg-XXXXXX)
  connection=$(scripts/throwaway-postgres.sh start "$pgdir")
  # The throwaway cluster runs with fsync=off, which suits tests; a benchmark compares durable commits (SQLite runs
  # with synchronous=FULL). fsync=off is given on its command line, which outranks ALTER SYSTEM, so the cluster is
  # stopped and started again with the script's settings but that one (throwaway-postgres.sh stop still removes it).
  scripts/throwaway-postgres.sh pause "$pgdir"
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  start="$bin/pg_ctl -D $pgdir/data -o '-p $(cat "$pgdir/port") -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300' -l $pgdir/pg.log -w start >/dev/null"
  if [ "$(id -u)" = 0 ]; then su postgres -c "$start"; else sh -c "$start"; fi
  export OPENEIP_BENCH_POSTGRES="$connection" OPENEIP_BENCH_POSTGRES_DATA="$pgdir/data"
fi

dotnet bench/Load/bin/Release/net10.0/OpenEip.LoadBench.dll suite --stores "$stores" --out docs/performance.md --results "$results" "${rest[@]}"
echo "bench/run-api.sh: $(( $(date +%s) - started )) s in all, the build included; results in $results"
