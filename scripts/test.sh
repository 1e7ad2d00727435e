#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need (as root, also the data plane's
# Debian packages and PostgreSQL), builds, starts a throwaway PostgreSQL (scripts/throwaway-postgres.sh), then runs
# every part on SQLite and again on PostgreSQL:
#   1. the .NET tests (unit, store, in-process HTTP), results in TestResults/dotnet/OpenEip.Tests{,.Postgres}.trx
#   2. the console in a real browser (Playwright driving Debian's Chromium against a real server process),
#      results in TestResults/dotnet/OpenEip.BrowserTests{,.Postgres}.trx, screenshots in TestResults/screenshots
#   3. the conformance suite: real server processes driven by Alibaba's official npm SDKs,
#      results in TestResults/conformance.tap and TestResults/conformance-postgres.tap
# Without PostgreSQL (not root, and not installed) the PostgreSQL passes are skipped, saying so.
# Exit status is non-zero when anything failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

need_apt=()
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
# The data plane's root tests (real network namespaces; they skip when not root): nftables and its library,
# conntrack, ip, keepalived and arping for HaVip failover, socat, and python3 for their servers and clients;
# chromium for the browser tests (they skip without /usr/bin/chromium), with a Japanese font for their screenshots;
# zsh for the CLI's zsh completion test (it skips without zsh).
if [ "$(id -u)" = 0 ] && command -v dpkg-query >/dev/null; then
  for package in nftables libnftables1 conntrack keepalived iputils-arping iproute2 socat python3 chromium fonts-ipafont-gothic zsh; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$package")
  done
fi
# PostgreSQL for the PostgreSQL store's tests (they start a throwaway server of their own, and skip without it).
if [ "$(id -u)" = 0 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" || exit 1
fi

echo "== npm ci (conformance clients; axe-core for the browser tests)"
(cd tests/Conformance && npm ci --no-audit --no-fund --loglevel=error) || exit 1
(cd tests/OpenEip.BrowserTests && npm ci --no-audit --no-fund --loglevel=error) || exit 1

echo "== dotnet build"
dotnet build OpenEip.slnx -c Release -v quiet -nologo || exit 1

status=0
postgres=""
# Under /tmp: the postgres user (PostgreSQL refuses to run as root) must reach it, whoever owns the checkout.
pg_dir=$(mktemp -d /tmp/openeip-pg-XXXXXX)
if postgres=$(scripts/throwaway-postgres.sh start "$pg_dir"); then
  trap 'scripts/throwaway-postgres.sh stop "$pg_dir"' EXIT
  echo "== throwaway PostgreSQL: $postgres"
else
  postgres=""
  rm -rf "$pg_dir"
  echo "== no PostgreSQL here: the PostgreSQL passes are skipped (the test command installs it when run as root)"
fi
export OPENEIP_SERVER_DLL="$root/src/OpenEip.Server/bin/Release/net10.0/OpenEip.Server.dll"
export OPENEIP_FUZZ_REPORT="$results/fuzz.txt"
export OPENEIP_SCREENSHOTS="$results/screenshots"

# One pass of every part on one store: $1 names it in the result files ("" for SQLite, ".Postgres").
run_pass() {
  local suffix=$1 tap=$2
  echo "== .NET tests$suffix (including the seeded fuzzer over every action: OPENEIP_FUZZ_REQUESTS, OPENEIP_FUZZ_SEED)"
  dotnet test tests/OpenEip.Tests/OpenEip.Tests.csproj -c Release --no-build -nologo \
    --logger "trx;LogFileName=OpenEip.Tests$suffix.trx" --results-directory "$results/dotnet" || status=1

  echo "== browser tests$suffix (the web console in Chromium against a real server process)"
  dotnet test tests/OpenEip.BrowserTests/OpenEip.BrowserTests.csproj -c Release --no-build -nologo \
    --logger "trx;LogFileName=OpenEip.BrowserTests$suffix.trx" --results-directory "$results/dotnet" || status=1

  echo "== conformance suite$suffix (official SDKs against real server processes)"
  (cd tests/Conformance && node --test --test-concurrency=2 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$results/$tap") || status=1
}

run_pass "" conformance.tap
if [ -n "$postgres" ]; then
  export OPENEIP_TEST_POSTGRES="$postgres" OPENEIP_CONFORMANCE_POSTGRES="$postgres"
  OPENEIP_SCREENSHOTS="$results/screenshots-postgres" OPENEIP_FUZZ_REPORT="$results/fuzz-postgres.txt" run_pass .Postgres conformance-postgres.tap
fi

for report in "$results"/fuzz*.txt; do [ -f "$report" ] && cat "$report"; done
exit $status
