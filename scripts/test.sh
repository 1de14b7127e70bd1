#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the few server binaries the tests start when missing
# (PostgreSQL; Redis for the broker-swap tests; Node.js for the second-language subscriber; chromium for the back
# office's browser tests; kubectl for rendering manifests), builds, runs every test project one at a time, and ends with the plain line "N passed, N failed" from
# the real totals.
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
command -v kubectl >/dev/null 2>&1 || need_packages+=(kubernetes-client)
command -v redis-server >/dev/null 2>&1 || need_packages+=(redis-server)
command -v node >/dev/null 2>&1 || need_packages+=(nodejs)
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_packages[*]} (needed by the tests)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    echo "Missing: ${need_packages[*]}. Install them (Debian: sudo apt-get install -y ${need_packages[*]}) and run again." >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build Ecommerce.sln -c Release -nologo -v:q
set +e
# One test project at a time: the suites start real servers and share two cores.
dotnet test Ecommerce.sln -c Release --no-build -nologo -m:1 \
  --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # a test host that crashed or hung reports no totals of its own
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
