#!/usr/bin/env node
/**
 * First-load JavaScript budget (issue 17, docs/decisions/0026): for every page of a
 * production build, the gzip size of the JavaScript the browser loads before the page is
 * interactive, compared with the same figure for a bare Next.js page built with the same
 * versions (bench/floor). Each page may carry at most BUDGET_KB kB (gzip) above the floor.
 *
 *   npx next build && node bench/first-load-js.mjs        # builds bench/floor, then compares
 *   options: --app .next (the portal's build) --no-floor-build (reuse bench/floor/.next)
 *            --budget 15 (kB gzip above the floor) --json
 *            --served http://127.0.0.1:3310 (also: the pages as a running server sends them
 *            to signed-in demo users, --users thuky,lanhdao; see below)
 *
 * What a page loads first, read from the build's manifests (no server, no database):
 * build-manifest.json "rootMainFiles" (the runtime, React, the router: every page) plus the
 * page's client-reference manifest "entryJSFiles" (the client components of its layouts,
 * its not-found/forbidden boundaries and the page itself) plus every chunk of the page's
 * react-loadable-manifest: the next/dynamic imports the server renders, whose chunks it
 * preloads for whoever sees them (the worst role: a secretary on the meeting page), except
 * those written with `ssr: false`, found in the server's code: the browser asks for those only
 * when the component is shown (docs/decisions/0034). The polyfill chunk is left out: it is a
 * nomodule script that current browsers do not load. Each chunk counts once, gzip level 9,
 * 1 kB = 1000 bytes. Exit code 1 if a page is over the budget.
 *
 * Beside it, not budgeted: "on demand", the chunks the page's own client code may load later
 * (an editor opened by its button, a form's schema when first focused), found by following the
 * chunk paths each loaded chunk names.
 *
 * --served checks the same figure on what the server really sends: it signs in as each user
 * (DEMO_PASSWORD, default giaoban-demo), opens every meeting the meeting list links to, and
 * counts each chunk the HTML names (script tags, preloads, the RSC payload's client references;
 * nomodule scripts left out). It also prints each page's HTML bytes (issue 18). Over the budget
 * for any user and meeting: exit code 1.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const appDir = path.resolve(root, option("app", ".next"));
const floorProject = path.join(root, "bench", "floor");
const floorDir = path.join(floorProject, ".next");
const budgetKb = Number(option("budget", process.env.FIRST_LOAD_BUDGET_KB ?? "15"));
const asJson = args.includes("--json");

const gzipCache = new Map();
function gzipBytes(distDir, file) {
  const full = path.join(distDir, file);
  if (!gzipCache.has(full)) gzipCache.set(full, zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length);
  return gzipCache.get(full);
}

function clientManifests(distDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") found.push(full);
    }
  };
  walk(path.join(distDir, "server", "app"));
  return found;
}

/** The chunks a set of chunks may load later (the chunk paths they name, followed), not counted in `loaded`. */
function onDemand(distDir, loaded) {
  const seen = new Set(loaded);
  const queue = [...loaded];
  const later = [];
  while (queue.length) {
    const text = fs.readFileSync(path.join(distDir, queue.pop()), "utf8");
    for (const [chunk] of text.matchAll(/static\/chunks\/[\w.-]+\.js/g)) {
      if (seen.has(chunk) || !fs.existsSync(path.join(distDir, chunk))) continue;
      seen.add(chunk);
      later.push(chunk);
      queue.push(chunk);
    }
  }
  return later;
}

/** The server's code (SSR chunks) as text, read once: where each next/dynamic import's options are. */
const serverCodeCache = new Map();
function serverCode(distDir) {
  if (!serverCodeCache.has(distDir)) {
    const dir = path.join(distDir, "server", "chunks", "ssr");
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".js")) : [];
    serverCodeCache.set(distDir, files.map((name) => fs.readFileSync(path.join(dir, name), "utf8")).join("\n"));
  }
  return serverCodeCache.get(distDir);
}

/**
 * The chunks of the next/dynamic imports the server renders on a page, and so preloads. The
 * page's react-loadable-manifest lists every next/dynamic import; one written with `ssr: false`
 * keeps that option in the server's code (`{loadableGenerated:{modules:[id]},ssr:!1,…}`) and is
 * left out. An import whose options cannot be found counts (the budget errs on the heavy side).
 */
function serverRenderedDynamic(distDir, manifestFile) {
  const loadable = path.join(path.dirname(manifestFile), "page", "react-loadable-manifest.json");
  if (!fs.existsSync(loadable)) return [];
  const code = serverCode(distDir);
  const clientOnly = (id) => {
    const options = [...code.matchAll(new RegExp(`loadableGenerated:\\{modules:\\[${id}\\]\\}([^}]{0,200})`, "g"))];
    return options.length > 0 && options.every((match) => /\bssr:(!1|false)\b/.test(match[1]));
  };
  return Object.entries(JSON.parse(fs.readFileSync(loadable, "utf8")))
    .filter(([, entry]) => !clientOnly(entry.id ?? ""))
    .flatMap(([, entry]) => entry.files ?? []);
}

/** Route (as the browser sees it) → the chunks it loads first. */
function firstLoad(distDir) {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const pages = new Map();
  for (const file of clientManifests(distDir)) {
    const sandbox = { globalThis: {} };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
    for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      const route = key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
      if (route.startsWith("/_")) continue; // _not-found, _global-error: no page of their own
      const chunks = new Set(build.rootMainFiles);
      for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of files) chunks.add(chunk);
      for (const chunk of serverRenderedDynamic(distDir, file)) if (chunk.endsWith(".js")) chunks.add(chunk);
      pages.set(route, [...chunks]);
    }
  }
  return new Map(
    [...pages]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, chunks]) => [
        route,
        {
          chunks: chunks.length,
          bytes: chunks.reduce((sum, c) => sum + gzipBytes(distDir, c), 0),
          later: chunks.filter((c) => !build.rootMainFiles.includes(c)),
        },
      ]),
  );
}

if (!fs.existsSync(path.join(appDir, "build-manifest.json"))) {
  console.error(`Không thấy bản build ở ${appDir}: chạy \`npx next build\` trước.`);
  process.exit(2);
}
if (!args.includes("--no-floor-build") || !fs.existsSync(path.join(floorDir, "build-manifest.json"))) {
  // Same next, react and react-dom as the portal: they resolve from the root node_modules.
  execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", floorProject], {
    cwd: root,
    stdio: asJson ? "ignore" : ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

const floor = firstLoad(floorDir).get("/");
const pages = firstLoad(appDir);
const onDemandBytes = (page) => onDemand(appDir, page.later).reduce((sum, c) => sum + gzipBytes(appDir, c), 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const rows = [...pages].map(([route, page]) => ({
  route,
  chunks: page.chunks,
  gzipBytes: page.bytes,
  aboveFloorBytes: page.bytes - floor.bytes,
  onDemandBytes: onDemandBytes(page),
  withinBudget: page.bytes - floor.bytes <= budgetKb * 1000,
}));
const next = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")).version;
const react = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "react", "package.json"), "utf8")).version;

if (asJson) {
  console.log(
    JSON.stringify({ next, react, budgetKb, floor: { gzipBytes: floor.bytes, chunks: floor.chunks }, pages: rows }, null, 2),
  );
} else {
  console.log(`Next.js ${next}, React ${react}; floor (bench/floor "/"): ${kb(floor.bytes)} kB gzip in ${floor.chunks} chunks`);
  console.log(`budget: ${budgetKb} kB above the floor\n`);
  const width = Math.max(...rows.map((row) => row.route.length));
  console.log(`${"page".padEnd(width)}  first-load kB  above floor kB  on demand kB`);
  for (const row of rows) {
    const mark = row.withinBudget ? "" : "  OVER";
    console.log(
      `${row.route.padEnd(width)}  ${kb(row.gzipBytes).padStart(13)}  ${kb(row.aboveFloorBytes).padStart(14)}  ${kb(row.onDemandBytes).padStart(12)}${mark}`,
    );
  }
}
const served = option("served", null) ? await servedPages(option("served"), option("users", "thuky,lanhdao").split(",")) : [];
if (served.length && !asJson) {
  console.log(`\nserved by ${option("served")} (every meeting the list links to; the largest per user)`);
  console.log(`${"user".padEnd(10)}  pages  first-load kB  above floor kB  largest HTML kB`);
  for (const user of new Set(served.map((row) => row.user))) {
    const mine = served.filter((row) => row.user === user);
    const worst = Math.max(...mine.map((row) => row.gzipBytes));
    const mark = mine.every((row) => row.withinBudget) ? "" : "  OVER";
    console.log(
      `${user.padEnd(10)}  ${String(mine.length).padStart(5)}  ${kb(worst).padStart(13)}  ${kb(worst - floor.bytes).padStart(14)}  ${kb(Math.max(...mine.map((row) => row.htmlBytes))).padStart(15)}${mark}`,
    );
  }
} else if (served.length) {
  console.log(JSON.stringify({ served }, null, 2));
}
process.exit(rows.every((row) => row.withinBudget) && served.every((row) => row.withinBudget) ? 0 : 1);

/** Signs in as each user and measures every meeting page the meeting list links to, as sent. */
async function servedPages(baseUrl, users) {
  const found = [];
  for (const username of users) {
    const get = await signedIn(baseUrl, username);
    const list = await get("/meetings");
    const ids = [...new Set([...list.matchAll(/href="\/meetings\/([a-z0-9]{20,})"/g)].map((match) => match[1]))];
    for (const id of ids) {
      const html = await get(`/meetings/${id}`);
      const nomodule = new Set(
        [...html.matchAll(/<script[^>]*nomodule[^>]*>/gi)].map((tag) => tag[0].match(/static\/chunks\/[\w.-]+\.js/)?.[0]),
      );
      const chunks = new Set(
        [...html.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((match) => match[0]).filter((chunk) => !nomodule.has(chunk)),
      );
      const bytes = [...chunks].reduce((sum, chunk) => sum + gzipBytes(appDir, chunk), 0);
      found.push({
        user: username,
        path: `/meetings/${id}`,
        htmlBytes: Buffer.byteLength(html),
        gzipBytes: bytes,
        aboveFloorBytes: bytes - floor.bytes,
        withinBudget: bytes - floor.bytes <= budgetKb * 1000,
      });
    }
  }
  return found;
}

/** A fetch for one signed-in user, through next-auth's credentials callback like the browser. */
async function signedIn(baseUrl, username) {
  const jar = new Map();
  const keep = (response) => {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const password = process.env.DEMO_PASSWORD ?? "giaoban-demo";
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, username, password, json: "true", callbackUrl: baseUrl }),
    redirect: "manual",
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`Đăng nhập thất bại cho ${username}.`);
  return async (pagePath) => (await fetch(baseUrl + pagePath, { headers: { cookie: cookie() }, redirect: "manual" })).text();
}
