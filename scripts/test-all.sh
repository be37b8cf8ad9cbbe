#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, content check, unit and component tests,
# a production build, then end-to-end tests in Chromium against `npm start` (scripts/serve.mjs).
# Ends with one line "N passed, N failed" counted from the runners' JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
status=0
step() { echo; echo "── $1"; }

bash scripts/ensure-system-deps.sh || exit 1

step "typecheck";      npx tsc --noEmit || status=1
step "lint";           npx eslint . || status=1
# The build starts with the content check (npm's prebuild), which also compiles the content the
# build and the server load. Built before the unit tests: tests/integration/next-server-crash.test.ts kills the real server
# of this build mid-request (it skips itself, and says so, when there is no build).
step "production build"
built=0
npm run build && built=1
step "unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
if [ "$built" = 1 ]; then
  step "end-to-end tests (Chromium)"
  CI="${CI:-1}" npx playwright test || status=1
else
  echo "build failed: end-to-end tests not run"
  status=1
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
try {
  const u = JSON.parse(fs.readFileSync("test-results/unit.json", "utf8"));
  passed += u.numPassedTests; failed += u.numFailedTests; skipped += u.numPendingTests + (u.numTodoTests || 0);
} catch { failed += 1; console.log("no unit test report"); }
try {
  const e = JSON.parse(fs.readFileSync("test-results/e2e.json", "utf8")).stats;
  passed += e.expected + e.flaky; failed += e.unexpected; skipped += e.skipped;
} catch { failed += 1; console.log("no end-to-end test report"); }
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
' || status=1
exit $status
