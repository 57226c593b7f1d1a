#!/usr/bin/env bash
# Starts Azurite's blob service (the Azure Storage emulator, from tests/e2e/node_modules) on a free loopback port
# and waits until it answers. Usage: start-azurite.sh <data folder> <log file> [port]
# (a port to restart an instance where it was, e.g. after stopping it in a fault test).
# Prints "<pid> <port>" on success; the caller stops it with kill <pid>. Exits non-zero (and stops it) on failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
location="$1"
log="$2"
azurite="$root/tests/e2e/node_modules/.bin/azurite-blob"
if [ ! -x "$azurite" ]; then
  echo "Azurite is not installed: run scripts/install-test-deps.sh" >&2
  exit 1
fi

# Bind port 0 so the OS picks a port nobody uses, then hand that port to Azurite.
port="${3:-}"
[ -n "$port" ] || port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"

# Output goes to the log: inheriting the caller's stdout would keep a $(…) capture open for Azurite's lifetime.
# --skipApiVersionCheck: Azure.Storage.Blobs speaks a newer service version than Azurite 3.37.0 knows.
# --disableTelemetry: nothing leaves the machine.
"$azurite" --blobHost 127.0.0.1 --blobPort "$port" --location "$location" \
  --skipApiVersionCheck --disableTelemetry --silent < /dev/null > "$log" 2>&1 &
pid=$!
# Interrupted before the caller knows the pid: stop Azurite here.
trap 'kill "$pid" 2>/dev/null; exit 130' INT TERM

# Any HTTP answer (even an error status) means it is listening. 30 s at most.
answers='require("http").get(process.argv[1], { timeout: 2000 }, () => process.exit(0))
  .on("timeout", () => process.exit(1)).on("error", () => process.exit(1));'
for _ in $(seq 1 60); do
  if node -e "$answers" "http://127.0.0.1:${port}/devstoreaccount1?comp=list"; then
    echo "$pid $port"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "Azurite exited during start-up; see $log" >&2
    exit 1
  fi
  sleep 0.5
done

echo "Azurite did not answer on 127.0.0.1:${port} within 30 s; see $log" >&2
kill "$pid" 2>/dev/null || true
exit 1
