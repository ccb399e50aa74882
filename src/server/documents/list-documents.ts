import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";

export const DOCUMENTS_PAGE_SIZE = 30;

/** The registry of cited documents, each with the meetings and directives (readable by the actor) that cite it. */
export async function listDocuments({ actor, q, page }: { actor: Actor; q?: string; page: number }) {
  assertCan(actor, "read:document");
  const db = await getDb();
  const term = q?.trim();
  // A code, an issuing body or words of the summary line (trích yếu) find the document.
  const where = term
    ? {
        OR: [
          { code: { contains: term, mode: "insensitive" as const } },
          { issuerName: { contains: term, mode: "insensitive" as const } },
          { title: { contains: term, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.documentRef.count({ where }),
    db.documentRef.findMany({
      where,
      // Listed by issuer: the national bodies' documents first (no local issuer), then each committee's.
      orderBy: [{ issuerName: "asc" }, { issuer: "asc" }, { type: "asc" }, { issuedOn: "asc" }, { code: "asc" }],
      skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
      take: DOCUMENTS_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        type: true,
        issuer: true,
        issuerName: true,
        issuedOn: true,
        title: true,
        meetings: {
          where: { meeting: readableWhere(actor, "read:meeting") },
          select: { meeting: { select: { id: true, title: true, startsAt: true, isArchive: true } } },
        },
        directives: {
          where: { directive: readableWhere(actor, "read:directive") },
          select: {
            directive: { select: { id: true, content: true, meetingId: true } },
          },
        },
      },
    }),
  ]);
  return {
    total,
    rows,
    page,
    pages: Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE)),
  };
}
