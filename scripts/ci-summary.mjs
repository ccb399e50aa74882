// Adds up the JSON reports of Vitest, Playwright and the production check into "N passed, N failed[, N skipped]".
import fs from "node:fs";
import path from "node:path";

const [dir, flag] = process.argv.slice(2);
let passed = 0;
let failed = flag === "--extra-failure" ? 1 : 0;
let skipped = 0;

for (const name of ["vitest-pglite.json", "vitest-postgres.json"]) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    failed += 1; // the run did not even report
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}

const playwright = path.join(dir, "playwright.json");
if (fs.existsSync(playwright)) {
  const { stats } = JSON.parse(fs.readFileSync(playwright, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
} else {
  failed += 1;
}

// Each check of the production path (scripts/ci-prod-check.mjs) counts as a test.
const production = path.join(dir, "prod-check.json");
if (fs.existsSync(production)) {
  const { checks } = JSON.parse(fs.readFileSync(production, "utf8"));
  passed += checks.filter((check) => check.ok).length;
  failed += checks.filter((check) => !check.ok).length;
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
