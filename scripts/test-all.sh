#!/usr/bin/env bash
# `npm test`: the unit and database tests (Vitest) and the end-to-end tests (Playwright) at the
# same time. The browser tests spend most of their time waiting on the server and the page, so
# Vitest runs beside them on one worker instead of before them; its report is printed when both
# are done, so the two never interleave. Fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/.."

unit_log=$(mktemp)
trap 'rm -f "$unit_log"' EXIT
npx vitest run --maxWorkers=1 >"$unit_log" 2>&1 &
unit_pid=$!

npx playwright test
e2e_status=$?
wait "$unit_pid"
unit_status=$?

echo
echo "── Unit and database tests (Vitest) ──"
cat "$unit_log"
echo "Vitest: exit ${unit_status}; Playwright: exit ${e2e_status}"
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
