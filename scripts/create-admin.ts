import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { bootstrapAdmin } from "../src/server/users/bootstrap-admin";
import { getDb } from "../src/server/db/client";

// npm run user:create-admin -- --username quantri --full-name "Nguyễn Văn A" \
//   [--unit-code TTH --unit-name "Tỉnh Thừa Thiên Huế" --committee "Tỉnh ủy Thừa Thiên Huế" --place "Huế"]
// The password comes from ADMIN_PASSWORD or is asked for on the terminal.
const { values } = parseArgs({
  options: {
    username: { type: "string", default: "admin" },
    "full-name": { type: "string", default: "Quản trị hệ thống" },
    "unit-code": { type: "string" },
    "unit-name": { type: "string" },
    committee: { type: "string" },
    place: { type: "string" },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const password = await terminal.question("Mật khẩu quản trị (ít nhất 10 ký tự): ");
  terminal.close();
  return password;
}

const unit =
  values["unit-code"] && values["unit-name"] && values.committee && values.place
    ? { code: values["unit-code"], name: values["unit-name"], committeeName: values.committee, placeName: values.place }
    : undefined;

try {
  const result = await bootstrapAdmin({
    username: values.username,
    fullName: values["full-name"],
    password: await readPassword(),
    unit,
  });
  console.log(`Đã tạo quản trị viên "${result.username}" tại ${result.unitName}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await (await getDb()).$disconnect();
}
