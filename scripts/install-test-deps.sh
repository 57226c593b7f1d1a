#!/usr/bin/env bash
# What the tests need beyond the .NET SDK: the Node packages of the end-to-end suite (real Bot Framework clients)
# and of the deployment checks, and PostgreSQL (the clustered reminder job store's tests start a throwaway cluster
# with scripts/start-postgres.sh).
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

# The sign-in browser test writes its directory of people into the service's SQLite file with the sqlite3 shell.
if ! command -v sqlite3 >/dev/null; then
  echo "installing the sqlite3 shell (Debian package)"
  apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
fi

# The county-scale run puts Debian's nginx (as manifests/intranet ships it) in front of two instances on loopback.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "installing nginx (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi

(cd "$root/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
# The deployment artefacts' checks (Teams manifest schema, app package, Kubernetes schema).
(cd "$root/tests/deployment" && npm ci --no-audit --no-fund --loglevel=error)

# The report tests convert the rendered .docx and .xlsx to PDF with LibreOffice headless and count the pages with
# poppler's pdfinfo; the CJK fonts (a Song/Ming and a Kai face) let the converted pages show the Chinese text.
if { ! command -v libreoffice >/dev/null && ! command -v soffice >/dev/null; } || ! command -v pdfinfo >/dev/null; then
  echo "installing LibreOffice headless, poppler-utils and CJK fonts (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-arphic-uming fonts-arphic-ukai >/dev/null
fi

# The /chat page's Web Chat bundle (the build copies it beside the service) and the browser its tests drive.
# Only the prebuilt bundle is used: no install scripts need to run.
(cd "$root/src/MeetingBot.WebChannel/webchat" && npm ci --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error)
if ! command -v chromium >/dev/null; then
  echo "installing Chromium (Debian package) for the web chat browser tests"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
