import { applyMigrations } from "../src/server/db/migrate";
import { openSqlRunner } from "../src/server/db/open-runner";

const { runner, close } = await openSqlRunner();
try {
  const applied = await applyMigrations(runner);
  console.log(applied.length ? `Đã áp dụng migration: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
} finally {
  await close();
}
