#!/usr/bin/env bash
# Rewrites test/scan/known-gaps.json from the fixture test's current failures (run after a detection change,
# then review the diff: a gap that disappeared is progress, a new one is a regression).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(scripts/node24.sh):$PATH"
echo '[]' > test/scan/known-gaps.json
npx vitest run test/scan/fixtures.test.ts --reporter=json --outputFile=test/.tmp/fixtures.json >/dev/null 2>&1 || true
node -e '
  const r = JSON.parse(require("fs").readFileSync("test/.tmp/fixtures.json", "utf8"));
  const aspect = { "finds every expected endpoint": "endpoints", "reports every expected finding": "findings", "stays silent on the secure look-alikes": "absent" };
  const gaps = [];
  for (const f of r.testResults) for (const t of f.assertionResults) if (t.status === "failed") gaps.push(t.ancestorTitles[0].split("/").pop() + ":" + aspect[t.title]);
  require("fs").writeFileSync("test/scan/known-gaps.json", JSON.stringify(gaps.sort(), null, 2) + "\n");
  console.log(gaps.length + " known gaps");
'
