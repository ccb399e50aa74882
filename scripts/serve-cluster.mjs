// Serves the built app from several processes sharing one port (node:cluster), so that
// server-side rendering uses every core; the servers are stateless (sessions in signed
// cookies, data in PostgreSQL). Used by `npm start` when WEB_CONCURRENCY > 1.
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1));
let stopping = false;

cluster.setupPrimary({ exec: require.resolve("next/dist/bin/next"), args: ["start", ...process.argv.slice(2)] });
for (let index = 0; index < workers; index += 1) cluster.fork();
cluster.on("exit", (worker, code, signal) => {
  if (stopping) return;
  console.error(`Tiến trình phục vụ ${worker.process.pid} dừng (${signal ?? code}); khởi động lại.`);
  cluster.fork();
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  });
}
