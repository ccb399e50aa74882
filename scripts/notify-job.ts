/**
 * The notification job (report due in 7 and 2 days, directive assigned, directive
 * overdue) for PostgreSQL installs. Idempotent: run it from cron as often as wanted, e.g.
 * every hour:
 *   0 * * * *  cd /srv/giaoban && npm run jobs:notify
 * On the embedded database the server runs it itself (src/server/jobs/in-process-jobs.ts).
 */
import fs from "node:fs";
import { getDb } from "../src/server/db/client";
import { generateNotifications } from "../src/server/notifications/run-notification-job";
import { vi } from "@/messages/vi";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
if (!process.env.DATABASE_URL) {
  console.error(vi.ops.notifyJobEmbedded);
  process.exit(1);
}
const db = await getDb();
try {
  const result = await generateNotifications(new Date());
  console.log(vi.ops.notifyJobDone(result.considered, result.created));
} finally {
  await db.$disconnect();
}
