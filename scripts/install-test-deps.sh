#!/usr/bin/env bash
# What the tests need beyond the .NET SDK: the Node packages of the end-to-end suite (real Bot Framework clients) and
# PostgreSQL (the clustered reminder job store's tests start a throwaway cluster with scripts/start-postgres.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "installing Node.js and npm (Debian packages)"
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

if ! command -v pg_ctl >/dev/null && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "installing PostgreSQL (Debian packages)"
  # Debian's package also creates and starts a system cluster; the tests never use it, they start their own.
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

(cd "$root/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
