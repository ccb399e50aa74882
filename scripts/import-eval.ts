/**
 * npm run import:eval
 * Runs the importer on every ../shared/corpus article that has a gold answer in
 * ../shared/import/gold and prints the scorer's figure (../shared/import/score.mjs) per article
 * and overall. ../shared is resolved from the repository root (IMPORT_SHARED_DIR overrides it).
 * Exits 1 when the overall F1 is below IMPORT_MIN_F1 (default 0.95).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { viImport } from "../src/messages/vi/import";
import { extractMeeting, toSchemaJson } from "../src/server/import/extract";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.IMPORT_SHARED_DIR ?? join(root, "../shared"));
const corpus = join(shared, "corpus");
const gold = join(shared, "import/gold");
const scorer = join(shared, "import/score.mjs");
if (![corpus, gold, scorer].every(existsSync)) {
  console.error(viImport.cli.sharedMissing(shared));
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), "import-eval-"));
try {
  const names = readdirSync(corpus)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const name of names) {
    const json = name.replace(/\.txt$/, ".json");
    if (!existsSync(join(gold, json))) continue;
    const started = performance.now();
    const meeting = toSchemaJson(extractMeeting(readFileSync(join(corpus, name), "utf8")));
    const ms = performance.now() - started;
    writeFileSync(join(out, json), JSON.stringify(meeting, null, 2));
    const r = spawnSync(process.execPath, [scorer, join(out, json), join(gold, json)], { encoding: "utf8" });
    console.log(`${name.padEnd(28)} ${r.stdout.trim()}  [${ms.toFixed(0)} ms]`);
  }
  const all = spawnSync(
    process.execPath,
    [scorer, "--dir", out, gold, ...(process.argv.includes("--verbose") ? ["--verbose"] : [])],
    {
      encoding: "utf8",
    },
  );
  console.log(`\nOverall: ${all.stdout.trim()}`);
  const f1 = Number(/F1 ([\d.]+) \(/.exec(all.stdout.trim().split("\n").pop() ?? "")?.[1] ?? 0);
  const min = Number(process.env.IMPORT_MIN_F1 ?? 0.95);
  if (!(f1 >= min)) {
    console.error(`F1 ${f1} < ${min}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
