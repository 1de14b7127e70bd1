#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the few server binaries the tests start when missing
# (PostgreSQL; Redis for the broker-swap tests; Node.js for the second-language subscriber; chromium for the back
# office's browser tests; kubectl for rendering manifests), builds, runs every test project (those that start app
# hosts one at a time), and ends with the plain line "N passed, N failed" from the real totals.
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

work=$(mktemp -d)
log="$work/test.log"
trap 'rm -rf "$work"' EXIT
dotnet build Ecommerce.sln -c Release -nologo -v:q

# The test projects that start whole app hosts (a dozen processes each) run one at a time, after the others, which
# start at most one service with its servers and run two at a time. Every project of the solution is in one group.
app_hosts=(tests/AppHost.Tests/AppHost.Tests.csproj tests/Backoffice.Tests/Backoffice.Tests.csproj
  tests/EndToEnd/EndToEnd.csproj tests/Faults/Faults.csproj)
mapfile -t others < <(dotnet sln Ecommerce.sln list | grep -E '\.csproj$' | grep -vxF -f <(printf '%s\n' "${app_hosts[@]}"))
solution_filter() {  # $1: file to write; the rest: the projects it keeps
  local file=$1; shift
  printf '{"solution":{"path":"%s","projects":[%s]}}\n' "$PWD/Ecommerce.sln" "$(printf '"%s",' "$@" | sed 's/,$//')" > "$file"
}
solution_filter "$work/others.slnf" "${others[@]}"
solution_filter "$work/app-hosts.slnf" "${app_hosts[@]}"

set +e
status=0
for group in "others.slnf -m:2" "app-hosts.slnf -m:1"; do
  read -r filter parallel <<< "$group"
  dotnet test "$work/$filter" -c Release --no-build -nologo "$parallel" \
    --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
set -e

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # a test host that crashed or hung reports no totals of its own
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
