/**
 * The notification job (report due in 7 and 2 days, directive assigned, directive
 * overdue). Idempotent: run it from cron as often as wanted, e.g. every hour:
 *   0 * * * *  cd /srv/giaoban && npm run jobs:notify
 */
import { getDb } from "../src/server/db/client";
import { generateNotifications } from "../src/server/notifications/run-notification-job";

const db = await getDb();
try {
  const result = await generateNotifications(new Date());
  console.log(`Thông báo: xét ${result.considered}, tạo mới ${result.created}.`);
} finally {
  await db.$disconnect();
}
