import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db/client";

type Register = { unitId: string; docType: string; year: number };

/**
 * The number the register would give next, without taking it: a document is laid out
 * with it before the short transaction that takes the number, which must then agree.
 */
export async function peekDocumentNumber(db: Tx, register: Register): Promise<number> {
  const row = await db.documentNumberRegister.findUnique({
    where: { unitId_docType_year: register },
    select: { lastNumber: true },
  });
  return (row?.lastNumber ?? 0) + 1;
}

/**
 * The next number of the register for an issuing unit, document type and year, and the
 * register it came from (a document stores both: its number is unique per register).
 * One atomic upsert: two notices issued at the same moment get two consecutive
 * numbers, never the same one. Numbers are never reused, even when a notice is cancelled.
 */
export async function allocateDocumentNumber(tx: Tx, register: Register): Promise<{ registerId: string; number: number }> {
  const [row] = await tx.$queryRaw<{ id: string; lastNumber: number }[]>`
    INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "year", "lastNumber")
    VALUES (${randomUUID()}, ${register.unitId}, ${register.docType}, ${register.year}::int, 1)
    ON CONFLICT ("unitId", "docType", "year")
    DO UPDATE SET "lastNumber" = "DocumentNumberRegister"."lastNumber" + 1
    RETURNING "id", "lastNumber"`;
  return { registerId: row.id, number: row.lastNumber };
}
