#!/usr/bin/env bash
# Stops a cluster started by start-postgres.sh (fast shutdown, then immediate). Usage: stop-postgres.sh <data folder>
set -uo pipefail
folder="$1"
[ -f "$folder/data/postmaster.pid" ] || exit 0
bin=""
for candidate in "$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")")" /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/pg_ctl" ]; then bin="$candidate"; break; fi
done
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 10 stop >/dev/null 2>&1 \
  || "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 10 stop >/dev/null 2>&1
