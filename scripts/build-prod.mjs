// Completes `next build` into a production folder, .next/standalone, that runs without
// the sources and without devDependencies (docs/decisions/0017):
//  - compiles the server wrapper and the operator scripts (migrate, seed, create-admin,
//    notify-job, backup, restore) with esbuild into dist/*.mjs, so production needs no tsx;
//  - copies what the standalone server does not trace: public/, .next/static, the
//    migrations, the PDF fonts, and the files `npm ci --omit=dev` needs there.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
const standalone = path.join(".next", "standalone");

await build({
  entryPoints: {
    serve: "scripts/serve.ts",
    migrate: "scripts/migrate.ts",
    seed: "prisma/seed.ts",
    "create-admin": "scripts/create-admin.ts",
    "notify-job": "scripts/notify-job.ts",
    backup: "scripts/backup.ts",
    restore: "scripts/restore.ts",
  },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // As in the Next.js server bundle: `server-only` resolves to its empty module.
  conditions: ["react-server"],
  // Dependencies load from node_modules; server-only is the one bundled (see above).
  external: Object.keys(pkg.dependencies).filter((name) => name !== "server-only"),
  banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  logLevel: "warning",
});

if (!fs.existsSync(path.join(standalone, "server.js"))) {
  console.error(`${standalone} is missing: next.config.ts must set output: "standalone".`);
  process.exit(1);
}
const copy = (from, to = from) => fs.cpSync(from, path.join(standalone, to), { recursive: true });
copy("public");
copy(path.join(".next", "static"));
copy("dist");
copy("assets");
copy(path.join("prisma", "schema.prisma"));
copy(path.join("prisma", "migrations"));
for (const file of ["package.json", "package-lock.json", ".npmrc", ".nvmrc", "prisma.config.ts"]) copy(file);
console.log(`Production server ready in ${standalone}: npm ci --omit=dev, then node dist/serve.mjs --migrate`);
