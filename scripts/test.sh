#!/usr/bin/env bash
# Installs what the tests need, starts the services they use (Azurite, the Azure Blob emulator; PostgreSQL for the
# clustered reminder job store), runs every test
# (unit, integration, end-to-end) and stops the services again, also when interrupted.
# The last line is always: tests: N passed, N failed
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
finish() {
  echo "tests: ${passed} passed, ${failed} failed"
  if [ "$failed" -gt 0 ]; then exit 1; fi
  exit 0
}
step_failed() {
  echo "!! $1" >&2
  failed=$((failed + 1))
}

echo "== installing test prerequisites"
if ! bash "$root/scripts/install-test-deps.sh"; then
  step_failed "installing test prerequisites failed"
  finish
fi

echo "== building (Release)"
if ! dotnet build "$root/MeetingBot.sln" -c Release -nologo -v minimal > "$results/build.log" 2>&1; then
  tail -n 40 "$results/build.log"
  step_failed "the build failed"
  finish
fi

echo "== starting Azurite (Azure Blob emulator) for the Azure Blob provider's tests"
azurite_pid=""
azurite_dir="$(mktemp -d)"
stop_azurite() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null
    # 10 s to stop, then SIGKILL.
    for _ in $(seq 1 20); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$azurite_pid" 2>/dev/null
  fi
  rm -rf "$azurite_dir"
}
postgres_dir="$(mktemp -d)"
stop_services() {
  stop_azurite
  bash "$root/scripts/stop-postgres.sh" "$postgres_dir"
  rm -rf "$postgres_dir"
}
trap stop_services EXIT
# Interrupted: exit, which runs the EXIT trap above.
trap 'exit 130' INT
trap 'exit 143' TERM
if azurite="$(bash "$root/scripts/start-azurite.sh" "$azurite_dir" "$results/azurite.log")"; then
  read -r azurite_pid azurite_port <<< "$azurite"
  # The published development account key of the emulator, not a secret.
  export AZURITE_BLOB_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:${azurite_port}/devstoreaccount1;"
  echo "Azurite answers on 127.0.0.1:${azurite_port}"
else
  # The Azure Blob tests then fail, each saying why; the other tests still run.
  step_failed "Azurite did not start (see test-results/azurite.log)"
fi

echo "== starting PostgreSQL (a throwaway cluster) for the clustered reminder job store's and the PostgreSQL storage provider's tests"
if postgres="$(bash "$root/scripts/start-postgres.sh" "$postgres_dir" "$results/postgres.log")"; then
  read -r postgres_port postgres_database postgres_user <<< "$postgres"
  # Trust authentication on loopback: a test cluster deleted on exit, so no password.
  export MEETINGBOT_TEST_POSTGRES="Host=127.0.0.1;Port=${postgres_port};Database=${postgres_database};Username=${postgres_user}"
  echo "PostgreSQL answers on 127.0.0.1:${postgres_port}"
else
  # The PostgreSQL tests then fail, each saying why; the other tests still run.
  step_failed "PostgreSQL did not start (see test-results/postgres.log)"
fi

echo "== .NET tests"
# The report tests convert documents with LibreOffice (installed above): here a missing one fails them instead of skipping.
export MEETINGBOT_TEST_LIBREOFFICE=required
dotnet test "$root/MeetingBot.sln" -c Release --no-build -nologo -v minimal 2>&1 | tee "$results/dotnet-test.log"
dotnet_status=${PIPESTATUS[0]}
# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 29, Skipped: 0, ..."
read -r dn_passed dn_failed < <(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$results/dotnet-test.log" \
  | sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
passed=$((passed + dn_passed))
failed=$((failed + dn_failed))
if [ "$dotnet_status" -ne 0 ] && [ "$dn_failed" -eq 0 ]; then
  step_failed "dotnet test exited with $dotnet_status without reporting a failed test (a test host crashed?)"
fi

echo "== end-to-end tests with real Bot Framework clients (Node)"
(cd "$root/tests/e2e" && MEETINGBOT_DLL="$root/src/MeetingBot/bin/Release/net10.0/MeetingBot.dll" npm test) 2>&1 | tee "$results/e2e.tap"
e2e_status=${PIPESTATUS[0]}
e2e_passed=$(grep -E '^# pass [0-9]+' "$results/e2e.tap" | awk '{s+=$3} END {print s+0}')
e2e_failed=$(grep -E '^# fail [0-9]+' "$results/e2e.tap" | awk '{s+=$3} END {print s+0}')
passed=$((passed + e2e_passed))
failed=$((failed + e2e_failed))
if [ "$e2e_status" -ne 0 ] && [ "$e2e_failed" -eq 0 ]; then
  step_failed "the end-to-end tests exited with $e2e_status without reporting a failed test"
fi

echo "== deployment artefacts: Teams manifest and app package, Kubernetes manifests, intranet compose file and nginx configuration (Node)"
(cd "$root/tests/deployment" && npm test) 2>&1 | tee "$results/deployment.tap"
deployment_status=${PIPESTATUS[0]}
deployment_passed=$(grep -E '^# pass [0-9]+' "$results/deployment.tap" | awk '{s+=$3} END {print s+0}')
deployment_failed=$(grep -E '^# fail [0-9]+' "$results/deployment.tap" | awk '{s+=$3} END {print s+0}')
passed=$((passed + deployment_passed))
failed=$((failed + deployment_failed))
if [ "$deployment_status" -ne 0 ] && [ "$deployment_failed" -eq 0 ]; then
  step_failed "the deployment checks exited with $deployment_status without reporting a failed test"
fi

echo "== county scale, reduced (two instances behind nginx on one PostgreSQL, one killed with SIGKILL halfway)"
# The full size (300 units × 12 people) is a benchmark: tests/bench/README.md, figures in tests/bench/RESULTS.md.
if MEETINGBOT_TEST_POSTGRES="${MEETINGBOT_TEST_POSTGRES:-}" dotnet "$root/tests/bench/MeetingBot.Bench.Turns/bin/Release/net10.0/MeetingBot.Bench.Turns.dll" \
    --county 4x6 --county-load 00:00:20 --rate 8 --service-dll "$root/src/MeetingBot/bin/Release/net10.0/MeetingBot.dll" \
    > "$results/county.log" 2>&1; then
  passed=$((passed + 1))
  tail -n 14 "$results/county.log"
else
  tail -n 30 "$results/county.log"
  step_failed "the county-scale run lost something or failed (test-results/county.log)"
fi

finish
