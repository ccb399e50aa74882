import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db/client";

/**
 * The next number of the register for an issuing unit, document type and year, and the
 * register it came from (a document stores both: its number is unique per register).
 * One atomic upsert: two notices issued at the same moment get two consecutive
 * numbers, never the same one. Numbers are never reused, even when a notice is cancelled.
 */
export async function allocateDocumentNumber(
  tx: Tx,
  register: { unitId: string; docType: string; year: number },
): Promise<{ registerId: string; number: number }> {
  const [row] = await tx.$queryRaw<{ id: string; lastNumber: number }[]>`
    INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "year", "lastNumber")
    VALUES (${randomUUID()}, ${register.unitId}, ${register.docType}, ${register.year}::int, 1)
    ON CONFLICT ("unitId", "docType", "year")
    DO UPDATE SET "lastNumber" = "DocumentNumberRegister"."lastNumber" + 1
    RETURNING "id", "lastNumber"`;
  return { registerId: row.id, number: row.lastNumber };
}
