#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's postgresql package) in a folder the caller owns, on a free loopback
# port, and creates the database the tests use. Usage: start-postgres.sh <data folder> <log file>
# Prints "<port> <database> <user>" on success; the caller stops it with `stop-postgres.sh <data folder>`, which is
# `pg_ctl stop` run as the same user. Exits non-zero (and stops it) on failure.
# initdb and postgres refuse to run as root, so as root they run as the `postgres` user, which owns the folder.
set -euo pipefail
folder="$1"
log="$2"

bin=""
for candidate in "$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")")" /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ]; then bin="$candidate"; break; fi
done
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (no pg_ctl/initdb): run scripts/install-test-deps.sh" >&2
  exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "running as root and there is no postgres user to run PostgreSQL as" >&2
    exit 1
  fi
  as_owner=(runuser -u postgres --)
  chown postgres: "$folder"
fi
user="$("${as_owner[@]}" id -un)"
# The server writes its log inside the folder it owns (the caller's log folder may not be writable for it); the log
# the caller named gets a copy when this script ends.
server_log="$folder/server.log"
trap 'cp "$server_log" "$log" 2>/dev/null || true' EXIT
: > "$server_log"
if [ "${#as_owner[@]}" -gt 0 ]; then chown postgres: "$server_log"; fi

# Bind port 0 so the OS picks a port nobody uses, then hand that port to PostgreSQL.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"

# Trust on loopback only: a throwaway cluster for tests, reachable from this machine alone, deleted afterwards.
"${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust --encoding=UTF8 --no-locale < /dev/null > "$server_log" 2>&1
# Output goes to the log: inheriting the caller's stdout would keep a $(…) capture open for the server's lifetime.
# The socket goes into the folder too (the default /var/run/postgresql may not exist or be writable).
# Test hosts run in parallel (the clustered job store, the storage provider, two-instance tests), each with its own
# connection pool: 100 connections ran out ("too many clients"). 400 fits the throwaway cluster's memory easily.
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$server_log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=400" start < /dev/null >> "$server_log" 2>&1; then
  echo "PostgreSQL did not start on 127.0.0.1:${port}; see $log" >&2
  "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  exit 1
fi

database="meetingbot_test"
if ! "${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$database" < /dev/null >> "$server_log" 2>&1; then
  echo "creating the test database failed; see $log" >&2
  "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  exit 1
fi
echo "$port $database $user"
