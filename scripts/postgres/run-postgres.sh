#!/usr/bin/env bash
# Runs a development PostgreSQL server in the foreground, from the machine's own binaries (no Docker).
#
#   scripts/postgres/run-postgres.sh [--port N] [--data-dir DIR] [--databases "a b c"]
#
# Environment (arguments win): PGPORT (5432), PG_DATA_DIR (<repo>/.data/postgres),
# PG_DATABASES ("ordering inventory notifications fulfillment operations workflow"),
# PG_LIB_ROOT (/usr/lib/postgresql, where Debian keeps versioned server binaries).
#
# First run: initdb (user postgres, UTF8, trust on 127.0.0.1 only). Every run: create missing databases, then run
# the server listening on 127.0.0.1:PORT until SIGTERM/SIGINT, which become a fast shutdown (clients disconnected,
# clean checkpoint). As root the server runs as the 'postgres' user (PostgreSQL refuses root).
# Connect with: Host=127.0.0.1;Port=PORT;Username=postgres;Database=<name>
set -euo pipefail

readonly SCRIPT_NAME="run-postgres"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly REPO_ROOT
readonly SERVICE_USER="postgres"

say() { echo "$SCRIPT_NAME: $*" >&2; }
die() { say "error: $*"; exit 1; }

port="${PGPORT:-5432}"
data_dir="${PG_DATA_DIR:-$REPO_ROOT/.data/postgres}"
databases="${PG_DATABASES:-ordering inventory notifications fulfillment operations workflow}"
lib_root="${PG_LIB_ROOT:-/usr/lib/postgresql}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) [[ $# -ge 2 ]] || die "--port needs a value"; port="$2"; shift 2 ;;
    --data-dir) [[ $# -ge 2 ]] || die "--data-dir needs a value"; data_dir="$2"; shift 2 ;;
    --databases) [[ $# -ge 2 ]] || die "--databases needs a value"; databases="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (expected --port, --data-dir, --databases)" ;;
  esac
done

[[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "port '$port' is not a TCP port number"
for db in $databases; do
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name '$db' must match [a-z_][a-z0-9_]*"
done
mkdir -p "$(dirname "$data_dir")"
data_dir="$(cd "$(dirname "$data_dir")" && pwd)/$(basename "$data_dir")"

# The directory holding initdb and postgres: PATH first, then the newest /usr/lib/postgresql/<major>/bin.
find_bin_dir() {
  local initdb_path dir
  if initdb_path="$(command -v initdb 2>/dev/null)"; then
    dir="$(dirname "$(readlink -f "$initdb_path")")"
    [[ -x "$dir/postgres" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  fi
  if [[ -d "$lib_root" ]]; then
    while IFS= read -r dir; do
      [[ -x "$dir/initdb" && -x "$dir/postgres" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
    done < <(find "$lib_root" -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -rV)
  fi
  return 1
}

install_postgres() {
  say "PostgreSQL server binaries not found; installing them with apt-get (package 'postgresql')"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's package would create and start its own cluster on 5432; this script manages its own data dir instead.
  apt-get install -y postgresql-common >&2 || { apt-get update >&2 && apt-get install -y postgresql-common >&2; } \
    || die "apt-get could not install postgresql-common"
  if [[ -f /etc/postgresql-common/createcluster.conf ]]; then
    sed -i 's/^#\{0,1\}\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
  fi
  apt-get install -y postgresql >&2 || die "apt-get could not install postgresql"
}

if ! bin_dir="$(find_bin_dir)"; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    install_postgres
    bin_dir="$(find_bin_dir)" || die "apt-get installed postgresql but initdb/postgres/pg_ctl are still not on PATH or in $lib_root/*/bin"
  else
    die "PostgreSQL server binaries (initdb, postgres, pg_ctl) were not found on PATH or in $lib_root/*/bin. Install the PostgreSQL server (Debian/Ubuntu: sudo apt-get install -y postgresql) or put its bin directory on PATH."
  fi
fi
psql_bin="$bin_dir/psql"
[[ -x "$psql_bin" ]] || psql_bin="$(command -v psql 2>/dev/null)" || die "psql was not found in $bin_dir or on PATH (install postgresql-client)"

# As root, every PostgreSQL program runs as the service user; otherwise as the caller.
run_as=()
if [[ "$(id -u)" -eq 0 ]]; then
  id "$SERVICE_USER" >/dev/null 2>&1 || die "running as root needs a '$SERVICE_USER' user to run the server (PostgreSQL refuses root); create it or run as a normal user"
  command -v setpriv >/dev/null 2>&1 || die "running as root needs setpriv (util-linux) to drop to the '$SERVICE_USER' user"
  run_as=(setpriv "--reuid=$SERVICE_USER" "--regid=$SERVICE_USER" --init-groups)
fi
as_owner() { "${run_as[@]}" "$@"; }

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port on 127.0.0.1 is already in use (another PostgreSQL?); choose another with --port or PGPORT"
fi

mkdir -p "$data_dir"
if [[ ${#run_as[@]} -gt 0 ]]; then
  chown "$SERVICE_USER:" "$data_dir"
fi
chmod 700 "$data_dir"
as_owner test -w "$data_dir" \
  || die "user '$(as_owner id -un)' cannot write $data_dir; every parent directory must be searchable by that user"

major="$("$bin_dir/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
if [[ -f "$data_dir/PG_VERSION" ]]; then
  [[ "$(cat "$data_dir/PG_VERSION")" == "$major" ]] \
    || die "$data_dir was created by PostgreSQL $(cat "$data_dir/PG_VERSION") but the binaries in $bin_dir are $major; delete the folder to start over"
elif [[ -n "$(ls -A "$data_dir")" ]]; then
  die "$data_dir is not empty and is not a PostgreSQL data directory (no PG_VERSION); delete it or choose another --data-dir"
else
  say "initialising a PostgreSQL $major data directory in $data_dir"
  as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust --no-instructions >&2
  cat > "$data_dir/pg_hba.conf" <<'HBA'
# Written by scripts/postgres/run-postgres.sh. Development only: trust, loopback TCP only.
# The local line serves the script's own setup connection over a private, short-lived socket directory.
local all all                trust
host  all all 127.0.0.1/32   trust
HBA
  [[ ${#run_as[@]} -eq 0 ]] || chown "$SERVICE_USER:" "$data_dir/pg_hba.conf"
fi

# Create missing databases on a socket-only server, so nothing can connect over TCP before they exist.
setup_dir="$(mktemp -d /tmp/run-postgres.XXXXXX)"
[[ ${#run_as[@]} -eq 0 ]] || chown "$SERVICE_USER:" "$setup_dir"
chmod 700 "$setup_dir"
setup_running=false
cleanup_setup() {
  if [[ "$setup_running" == true ]]; then
    as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$setup_dir"
}
trap cleanup_setup EXIT

as_owner "$bin_dir/pg_ctl" -D "$data_dir" -w -t 120 -l "$setup_dir/setup.log" \
  -o "-p $port -c listen_addresses= -c unix_socket_directories=$setup_dir" start >/dev/null \
  || { cat "$setup_dir/setup.log" >&2 2>/dev/null || true; die "PostgreSQL did not start in $data_dir (log above)"; }
setup_running=true
for db in $databases; do
  exists="$(as_owner "$psql_bin" -h "$setup_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'")"
  if [[ "$exists" != "1" ]]; then
    say "creating database $db"
    as_owner "$psql_bin" -h "$setup_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$db\"" >&2
  fi
done
as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null
setup_running=false
cleanup_setup
trap - EXIT

# Foreground server. --pdeathsig stops it even if this script is killed with SIGKILL; SIGTERM/SIGINT sent to the
# script become SIGINT (fast shutdown) because PostgreSQL's SIGTERM (smart shutdown) waits for every client to leave.
pdeath=()
command -v setpriv >/dev/null 2>&1 && pdeath=(--pdeathsig INT)
if [[ ${#run_as[@]} -gt 0 ]]; then
  launcher=("${run_as[@]}" "${pdeath[@]}")
elif [[ ${#pdeath[@]} -gt 0 ]]; then
  launcher=(setpriv "${pdeath[@]}")
else
  launcher=()
fi
say "PostgreSQL $major listening on 127.0.0.1:$port (data $data_dir; databases: $databases)"
"${launcher[@]}" "$bin_dir/postgres" -D "$data_dir" -p "$port" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 &
server_pid=$!
trap 'kill -INT "$server_pid" 2>/dev/null || true' TERM INT
set +e
wait "$server_pid"
status=$?
while kill -0 "$server_pid" 2>/dev/null; do
  wait "$server_pid"
  status=$?
done
say "PostgreSQL stopped (exit $status)"
exit "$status"
