import "server-only";
import type { Tx } from "@/server/db/client";
import { findDocumentCodes, typeOfTitle, type DocumentCode } from "@/lib/document-codes";

/** Issuer abbreviations of national bodies: one such code is one document across the country. */
const NATIONAL_ISSUERS = new Set(["TW", "BCT", "BBT", "BCH", "VPTW", "TTg", "CP", "QH", "UBTVQH", "BDVTW", "BTCTW", "BTGTW"]);

/** Whose code it is: a national code stands alone, a local one ("127-KH/TU") belongs to the citing unit's committee. */
export function issuerNameOf(doc: Pick<DocumentCode, "issuer">, localIssuerName: string): string {
  return NATIONAL_ISSUERS.has(doc.issuer.split("-")[0]) ? "" : localIssuerName;
}

/**
 * Registry entries for every document code in the texts, created when new; returns their ids.
 * A document is identified by issuing body + code + date, not by the code alone: every
 * province's "127-KH/TU" is a different plan and numbers restart each term. A local code is
 * filed under `localIssuerName` (the citing unit's committee); a date written after the code
 * tells two documents of one issuer and code apart, and fills in an entry that had none.
 */
export async function upsertDocumentRefs(
  tx: Tx,
  texts: readonly string[],
  options: { localIssuerName?: string } = {},
): Promise<string[]> {
  const codes = findDocumentCodes(texts.join("\n"));
  const ids: string[] = [];
  for (const doc of codes) ids.push(await upsertDocumentRef(tx, doc, issuerNameOf(doc, options.localIssuerName ?? "")));
  return ids;
}

/**
 * A document without a number ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
 * identified by issuing body + title (+ date when known): the same title of the same body is one
 * document, whatever the letter case.
 */
export function upsertTitledDocumentRef(tx: Tx, doc: { issuerName: string; title: string; issuedOn?: string }): Promise<string> {
  return upsertDocumentRef(
    tx,
    { code: "", number: "", type: typeOfTitle(doc.title), issuer: "", title: doc.title, issuedOn: doc.issuedOn || undefined },
    doc.issuerName,
  );
}

/** One document by identity (issuer body + code, or title when it has no code, + date); the id of the existing or new entry. */
export async function upsertDocumentRef(tx: Tx, doc: DocumentCode & { title?: string }, issuerName: string): Promise<string> {
  const issuedOn = doc.issuedOn ? new Date(`${doc.issuedOn}T00:00:00Z`) : null;
  const candidates = await tx.documentRef.findMany({
    where: {
      code: doc.code,
      issuerName,
      ...(doc.code ? {} : { title: { equals: doc.title ?? "", mode: "insensitive" as const } }),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, issuedOn: true, title: true },
  });
  const sameDay = issuedOn ? candidates.find((row) => row.issuedOn?.getTime() === issuedOn.getTime()) : undefined;
  // Without a date the citation is the entry already known under that issuer and code.
  const match = sameDay ?? (issuedOn ? candidates.find((row) => !row.issuedOn) : candidates[0]);
  if (match) {
    if ((issuedOn && !match.issuedOn) || (doc.title && !match.title)) {
      await tx.documentRef.update({
        where: { id: match.id },
        data: {
          ...(issuedOn && !match.issuedOn ? { issuedOn } : {}),
          ...(doc.title && !match.title ? { title: doc.title } : {}),
        },
      });
    }
    return match.id;
  }
  const row = await tx.documentRef.create({
    data: {
      code: doc.code,
      number: doc.number,
      type: doc.type,
      issuer: doc.issuer,
      issuerName,
      issuedOn,
      title: doc.title ?? "",
    },
    select: { id: true },
  });
  return row.id;
}
