import "server-only";
import type { Tx } from "@/server/db/client";
import { findDocumentCodes } from "@/lib/document-codes";

/** Registry entries for every document code in the texts, created when new; returns their ids. */
export async function upsertDocumentRefs(tx: Tx, texts: readonly string[]): Promise<string[]> {
  const codes = findDocumentCodes(texts.join("\n"));
  const ids: string[] = [];
  for (const doc of codes) {
    const row = await tx.documentRef.upsert({
      where: { code: doc.code },
      create: { code: doc.code, number: doc.number, type: doc.type, issuer: doc.issuer },
      update: {},
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
