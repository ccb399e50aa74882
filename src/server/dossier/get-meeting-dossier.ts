import "server-only";
import { directiveStatusLabel } from "@/lib/directives";
import { createHash } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { can, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { minutesOf } from "@/server/meetings/get-minutes-pdf";
import { renderMinutesPdf } from "@/server/meetings/render-minutes-pdf";
import { renderPdf } from "@/server/pdf/render-pdf";
import { readStoredFile } from "@/server/storage/file-storage";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { partyDocuments } from "@/messages/vi/party-documents";
import { assembleDossier, MAX_DOSSIER_ATTACHMENT_MB, textPages, type DossierCover, type DossierPart } from "./assemble-dossier";

const ORDER = ["INVITATION", "PROGRAMME"] as const;
const LATER = ["REPORT", "SPEECH", "PHOTO", "SIGNED_MINUTES", "SIGNED_NOTICE", "OTHER"] as const;

type PlannedPart =
  | { title: string; source: "minutes" }
  | { title: string; source: "text"; heading: string; paragraphs: string[] }
  | { title: string; source: "stored"; storageKey: string; sha256: string; mimeType: string }
  | { title: string; source: "note"; text: string };

/**
 * The meeting's dossier as one PDF: cover and contents, then the invitation, programme,
 * attendance, minutes, issued notice, directives with their current status, the period's unit
 * reports (for those who may read them) and the other documents, numbered throughout. Bounded
 * (pages, bytes read); built once per content: the same record gives the same bytes from the
 * render cache, a changed record (a new attachment, a status) builds a new one.
 */
export async function getMeetingDossier({
  actor,
  meetingId,
  now = new Date(),
  onProgress,
}: {
  actor: Actor;
  meetingId: string;
  now?: Date;
  /** Parts laid out so far, of all (the background build's progress). */
  onProgress?: (done: number, total: number) => void;
}) {
  const t = partyDocuments.dossier;
  // Reading the minutes checks that the actor may read the meeting (else NOT_FOUND).
  const { document: minutes, baseName } = await minutesOf(actor, meetingId);
  const db = await getDb();
  const meeting = await db.meeting.findFirstOrThrow({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: {
      isArchive: true,
      title: true,
      unitId: true,
      periodId: true,
      period: { select: { year: true, type: true, index: true } },
      unit: { select: { path: true } },
      directives: {
        where: { status: { not: "CANCELLED" } },
        orderBy: { sortOrder: "asc" },
        select: { content: true, status: true, dueDate: true, resultSummary: true },
      },
      notices: {
        where: { status: "ISSUED" },
        orderBy: { issuedAt: "desc" },
        take: 1,
        select: { code: true, pdfStorageKey: true, pdfSha256: true },
      },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { kind: true, fileName: true, mimeType: true, size: true, storageKey: true, sha256: true },
      },
    },
  });
  const reports = can(actor, "read:report", { unitPath: meeting.unit.path })
    ? await db.unitReport.findMany({
        where: {
          AND: [
            { unitId: meeting.unitId, periodId: meeting.periodId, status: { in: ["SUBMITTED", "ACCEPTED"] } },
            readableWhere(actor, "read:report"),
          ],
        },
        orderBy: { organization: { sortOrder: "asc" } },
        select: {
          status: true,
          submittedAt: true,
          achievements: true,
          shortcomings: true,
          nextTasks: true,
          organization: { select: { name: true } },
        },
      })
    : null;

  let budget = MAX_DOSSIER_ATTACHMENT_MB * 1024 * 1024;
  const stored = (kinds: readonly string[]): PlannedPart[] =>
    meeting.attachments
      .filter((row) => kinds.includes(row.kind ?? "OTHER"))
      .map((row) => {
        const title = t.attachment(partyDocuments.attachments.kind[row.kind ?? "OTHER"], row.fileName);
        if (row.mimeType !== "application/pdf" && !row.mimeType.startsWith("image/"))
          return { title, source: "note", text: t.notIncluded(row.fileName, t.docxNotMerged) };
        budget -= row.size;
        if (budget < 0)
          return { title, source: "note", text: t.notIncluded(row.fileName, t.tooLarge(MAX_DOSSIER_ATTACHMENT_MB)) };
        return { title, source: "stored", storageKey: row.storageKey, sha256: row.sha256, mimeType: row.mimeType };
      });
  const attendance = minutes.sections[0];
  const notice = meeting.notices[0];
  const planned: PlannedPart[] = [
    ...stored(ORDER),
    { title: t.attendance, source: "text", heading: t.attendance, paragraphs: attendance.paragraphs.map((row) => row.text) },
    { title: t.minutes, source: "minutes" },
    ...(notice?.pdfStorageKey && notice.pdfSha256 && notice.code
      ? [
          {
            title: t.notice(notice.code),
            source: "stored" as const,
            storageKey: notice.pdfStorageKey,
            sha256: notice.pdfSha256,
            mimeType: "application/pdf",
          },
        ]
      : []),
    {
      title: t.directives,
      source: "text",
      heading: t.directives,
      paragraphs: meeting.directives.length
        ? meeting.directives.flatMap((row, index) => [
            t.directiveLine(index + 1, row.content),
            t.directiveStatus(directiveStatusLabel({ ...row, meeting }), row.dueDate ? formatDate(row.dueDate) : "") +
              (row.resultSummary ? ` ${row.resultSummary}` : ""),
          ])
        : [t.noDirectives],
    },
    ...(reports
      ? [
          {
            title: t.reports(formatPeriod(meeting.period)),
            source: "text" as const,
            heading: t.reports(formatPeriod(meeting.period)),
            paragraphs: reports.length
              ? reports.flatMap((row) => [
                  t.reportLine(
                    row.organization.name,
                    vi.reportStatus[row.status],
                    row.submittedAt ? formatDate(row.submittedAt) : "",
                  ),
                  ...[row.achievements, row.shortcomings, row.nextTasks].filter((text) => text.trim()),
                ])
              : [t.noReports],
          },
        ]
      : []),
    ...stored(LATER),
  ];
  const cover: DossierCover = {
    superiorBodyName: minutes.superiorBodyName ?? null,
    issuerName: minutes.issuerName,
    title: meeting.title,
    facts: minutes.facts.slice(0, 3),
    madeAt: t.madeAt(formatDateTime(now)),
  };
  const minutesBytes = await renderMinutesPdf(minutes);
  // The cache key is the content (the JSON of what is below, hashes of stored files included);
  // the minutes' bytes differ per render (creation date), so their worded document is keyed instead.
  const descriptor = {
    cover: { ...cover, madeAt: "" },
    minutes,
    planned,
    load: () => ({ cover, minutesBytes }),
  };
  const bytes = await renderPdf("dossier", descriptor, async (content) => {
    const { cover: madeCover, minutesBytes: minutesPdf } = content.load();
    const parts: DossierPart[] = [];
    const total = content.planned.length + 1;
    for (const part of content.planned) {
      onProgress?.(parts.length, total);
      if (part.source === "minutes") parts.push({ title: part.title, kind: "pdf", bytes: minutesPdf });
      else if (part.source === "text")
        parts.push({ title: part.title, kind: "pdf", bytes: await textPages(part.heading, part.paragraphs) });
      else if (part.source === "note") parts.push({ title: part.title, kind: "note", text: part.text });
      else {
        const file = await readStoredFile(part.storageKey);
        if (createHash("sha256").update(file).digest("hex") !== part.sha256)
          throw new Error(`Stored file ${part.storageKey} does not match its SHA-256`);
        if (part.mimeType === "application/pdf") parts.push({ title: part.title, kind: "pdf", bytes: file });
        else
          parts.push({ title: part.title, kind: "image", bytes: file, format: part.mimeType === "image/png" ? "png" : "jpeg" });
      }
    }
    onProgress?.(parts.length, total);
    const merged = Buffer.from(await assembleDossier(madeCover, parts));
    onProgress?.(total, total);
    return merged;
  });
  return { bytes, fileName: `${baseName.replace(/^bien-ban-/, "ho-so-")}.pdf`, mimeType: "application/pdf" };
}
