import { getDb } from "../src/server/db/client";
import { env } from "../src/server/env";
import { seedDemoData } from "./demo-data";

/**
 * Seeds demo data once: a database that already has units is left untouched.
 * A production start seeds nothing unless SEED_DEMO=true (DESIGN.md §6).
 */
const config = env();
const wantsDemo = config.SEED_DEMO ?? config.NODE_ENV !== "production";
const db = await getDb();
try {
  if (!wantsDemo) {
    console.log("Bỏ qua dữ liệu mẫu (production). Tạo quản trị viên: npm run user:create-admin");
  } else if ((await db.unit.count()) > 0) {
    console.log("Dữ liệu đã có, không tạo lại dữ liệu mẫu.");
  } else {
    // One transaction: a failed seed leaves nothing half-made behind.
    await db.$transaction((tx) => seedDemoData(tx, config.DEMO_PASSWORD), {
      timeout: 300_000,
      maxWait: 60_000,
    });
    console.log(`Đã tạo dữ liệu mẫu. Mật khẩu các tài khoản mẫu: ${config.DEMO_PASSWORD}`);
  }
} finally {
  await db.$disconnect();
}
