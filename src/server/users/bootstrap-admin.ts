import "server-only";
import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { hashPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { cleanText } from "@/lib/text";
import { BOOTSTRAP_ROLE } from "@/server/auth/policy";
import { ZPasswordSchema, ZUsernameSchema } from "./schemas";

const ZBootstrapAdminSchema = z.object({
  username: ZUsernameSchema,
  password: ZPasswordSchema,
  fullName: z.string().transform(cleanText).pipe(z.string().min(1)),
  unit: z
    .object({
      code: z.string().min(1),
      name: z.string().transform(cleanText).pipe(z.string().min(1)),
      committeeName: z.string().transform(cleanText).pipe(z.string().min(1)),
      placeName: z.string().transform(cleanText).pipe(z.string().min(1)),
    })
    .optional(),
});

/**
 * The first administrator of a production install (`npm run user:create-admin`):
 * placed at the top unit, which is created when the database has none.
 */
export async function bootstrapAdmin(input: z.input<typeof ZBootstrapAdminSchema>) {
  const data = parseInput(ZBootstrapAdminSchema, input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let root = await tx.unit.findFirst({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
    if (!root) {
      if (!data.unit)
        throw new Error("Cơ sở dữ liệu chưa có đơn vị: hãy cho biết --unit-code, --unit-name, --committee và --place.");
      const id = `unit_${data.unit.code.toLowerCase()}`;
      root = await tx.unit.create({ data: { id, ...data.unit, level: "PROVINCE", kindWord: "tỉnh", path: `/${id}/` } });
      await tx.unitCommittee.create({
        data: {
          unitId: id,
          name: data.unit.committeeName,
          numberSuffix: "TU",
          placeName: data.unit.placeName,
        },
      });
    }
    const user = await tx.user.upsert({
      where: { username: data.username },
      create: { username: data.username, fullName: data.fullName, role: BOOTSTRAP_ROLE, unitId: root.id, passwordHash },
      update: {
        role: BOOTSTRAP_ROLE,
        unitId: root.id,
        passwordHash,
        isActive: true,
        passwordChangedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, null, "user.bootstrap_admin", ["User", user.id], { after: { username: data.username } });
    return { username: user.username, unitName: root.name };
  });
}
