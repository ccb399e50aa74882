import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { withStoredFiles } from "@/server/storage/file-storage";

/** A register: issuing unit × document type × term (nhiệm kỳ, "2020–2025"), Hướng dẫn 36-HD/VPTW. */
export type Register = { unitId: string; docType: string; term: string };

/**
 * The number the register would give next, without taking it: a document is laid out
 * with it before the short transaction that takes the number, which must then agree.
 */
export async function peekDocumentNumber(db: Tx, register: Register): Promise<number> {
  const row = await db.documentNumberRegister.findUnique({
    where: { unitId_docType_term: register },
    select: { lastNumber: true },
  });
  return (row?.lastNumber ?? 0) + 1;
}

/**
 * The next number of the register for an issuing unit, document type and term, and the
 * register it came from (a document stores both: its number is unique per register).
 * One atomic upsert: two notices issued at the same moment get two consecutive
 * numbers, never the same one. Numbers are never reused, even when a notice is cancelled.
 */
export async function allocateDocumentNumber(tx: Tx, register: Register): Promise<{ registerId: string; number: number }> {
  const [row] = await tx.$queryRaw<{ id: string; lastNumber: number }[]>`
    INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "term", "lastNumber")
    VALUES (${randomUUID()}, ${register.unitId}, ${register.docType}, ${register.term}, 1)
    ON CONFLICT ("unitId", "docType", "term")
    DO UPDATE SET "lastNumber" = "DocumentNumberRegister"."lastNumber" + 1
    RETURNING "id", "lastNumber"`;
  return { registerId: row.id, number: row.lastNumber };
}

/**
 * Records a number the văn thư gave in an outgoing register kept outside the portal: the
 * register is created if needed and moves past the number, so the portal's own numbers
 * never repeat it. Whether the number is free is the caller's check (per document table).
 */
async function recordTypedNumber(tx: Tx, register: Register, number: number): Promise<{ registerId: string }> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "term", "lastNumber")
    VALUES (${randomUUID()}, ${register.unitId}, ${register.docType}, ${register.term}, ${number}::int)
    ON CONFLICT ("unitId", "docType", "term")
    DO UPDATE SET "lastNumber" = GREATEST("DocumentNumberRegister"."lastNumber", ${number}::int)
    RETURNING "id"`;
  return { registerId: row.id };
}

/**
 * Whether a document already holds the number the văn thư typed in this register; `count` counts
 * the rows of the caller's document table (a number is unique per register and table).
 */
export async function typedNumberHeld(
  db: Tx,
  register: Register,
  typed: number,
  count: (where: { registerId: string; number: number }) => Promise<number>,
): Promise<boolean> {
  const row = await db.documentNumberRegister.findUnique({ where: { unitId_docType_term: register }, select: { id: true } });
  return row !== null && (await count({ registerId: row.id, number: typed })) > 0;
}

/** Another issue of the same register took the number the files were laid out with. */
class NumberMoved extends Error {}

// Each round at least one of the documents issued at once gets its number, so a few rounds do.
const MAX_ATTEMPTS = 5;

/**
 * Issues a numbered document: `attempt` lays the files out with the number the register will
 * give next (outside any transaction) and throws `NumberMoved` when the short transaction that
 * takes the number finds another issue took it meanwhile; then it is made again, up to five times.
 */
export async function issueWithNextNumber<T>(attempt: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof NumberMoved)) throw error;
      if (round === MAX_ATTEMPTS) throw new AppError("CONFLICT");
    }
  }
}

/** The rendered files of a document being issued. */
export interface IssueFiles {
  pdf: Uint8Array;
  docx: Uint8Array;
}

/** What an issued document stores: its place in the register and its frozen files. */
export interface NumberedFiles {
  registerId: string;
  number: number;
  pdfStorageKey: string;
  pdfSha256: string;
  docxStorageKey: string;
  docxSha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The end of every issue: stores the files laid out with `expected`, then in one short transaction
 * takes that number (or records the typed one) and lets `freeze` write the document and its audit.
 * Another issue that took the number meanwhile is `NumberMoved`; any failure removes the files.
 */
export async function storeAndTakeNumber<T>(
  db: Db,
  { register, typed, expected, files }: { register: Register; typed: number | undefined; expected: number; files: IssueFiles },
  freeze: (tx: Tx, numbered: NumberedFiles) => Promise<T>,
): Promise<T> {
  return withStoredFiles(async (store) => {
    const [pdfStorageKey, docxStorageKey] = await Promise.all([store(files.pdf), store(files.docx)]);
    return db.$transaction(async (tx) => {
      const { registerId, number } =
        typed !== undefined
          ? { ...(await recordTypedNumber(tx, register, typed)), number: typed }
          : await allocateDocumentNumber(tx, register);
      if (number !== expected) throw new NumberMoved();
      const pdfSha256 = sha256(files.pdf);
      const docxSha256 = sha256(files.docx);
      return freeze(tx, { registerId, number, pdfStorageKey, pdfSha256, docxStorageKey, docxSha256 });
    });
  });
}
