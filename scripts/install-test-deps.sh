#!/usr/bin/env bash
# What the tests need beyond the .NET SDK: the Node packages of the end-to-end suite (real Bot Framework clients)
# and of the deployment checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "installing Node.js and npm (Debian packages)"
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
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
