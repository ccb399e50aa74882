import "server-only";
import { Prisma, type OrganizationKind, type PeriodType, type ReportStatus } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, hotRows } from "@/server/db/client";
import { utcInJson } from "@/server/db/json-sql";
import { AppError } from "@/server/errors";
import { getFormDraft } from "@/server/drafts/form-drafts";
import { RECOMMENDATION_SELECT } from "@/server/recommendations/recommendation-select";
import { loadReportFor, reportRecordScope } from "./report-access";
import { reportDraftKey } from "./save-report";
import type { ReportSnapshot } from "./submit-report";

/** One report with everything its page shows, and what the actor may do with it. */
export async function getReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  // The same for every reader: reused while the database is unchanged (docs/decisions/0010),
  // then the policy on what it holds. Nothing is returned before the check; the draft and the
  // permissions are the reader's own, decided on every call.
  const loaded = await readThroughSnapshot(`report:${reportId}`, () => loadReport(reportId));
  if (!loaded) throw new AppError("NOT_FOUND");
  const { report, definitions, deadline } = loaded;
  const scope = reportRecordScope(report);
  assertCan(actor, "read:report", scope);
  const editable = (report.status === "DRAFT" || report.status === "RETURNED") && can(actor, "edit:report", scope);
  const saved = editable ? await getFormDraft({ actor, key: reportDraftKey(report.id) }) : null;
  // The report form saves its fields as text; anything else in a draft is ignored.
  const draft = saved
    ? {
        ...saved,
        data: Object.fromEntries(
          Object.entries(saved.data).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        ),
      }
    : null;
  return {
    report,
    definitions,
    deadline,
    draft: draft && draft.updatedAt > report.updatedAt ? draft : null,
    permissions: {
      edit: editable,
      submit: editable && can(actor, "submit:report", scope),
      review: report.status === "SUBMITTED" && can(actor, "review:report", scope),
    },
  };
}

interface ReportRow {
  id: string;
  status: ReportStatus;
  version: number;
  achievements: string;
  shortcomings: string;
  nextTasks: string;
  submittedAt: Date | null;
  isLate: boolean;
  reviewedAt: Date | null;
  returnReason: string | null;
  updatedAt: Date;
  organizationId: string;
  reviewedBy: { fullName: string } | null;
  author: { fullName: string } | null;
  unit: { id: string; name: string; path: string };
  organization: { id: string; name: string; kind: OrganizationKind };
  period: { id: string; year: number; type: PeriodType; index: number };
  deadline: Date | null;
  /** Indicator id → the figure as text, without trailing zeros (as Prisma's Decimal prints it). */
  indicatorValues: Record<string, string>;
  definitions: { id: string; name: string; unitLabel: string; isMoney: boolean }[];
  recommendations: (Omit<ReportRecommendation, "answeredAt"> & { answeredAt: string | null })[];
  attachments: { id: string; fileName: string; size: number; mimeType: string; createdAt: string }[];
  revisions: { revision: number; submittedAt: string }[];
}

type ReportRecommendation = Prisma.RecommendationGetPayload<{ select: typeof RECOMMENDATION_SELECT }>;

/**
 * A report with its organization's indicators and its deadline, in one statement (through
 * Prisma's relations it was thirteen round trips in three waves, each wave holding up to nine
 * pool connections: issue 18); null when there is no such report.
 */
async function loadReport(reportId: string) {
  const db = await getDb();
  const [row] = await hotRows<ReportRow>(
    db,
    Prisma.sql`
    SELECT r.id, r.status::text AS status, r.version, r.achievements, r.shortcomings, r."nextTasks",
      r."submittedAt", r."isLate", r."reviewedAt", r."returnReason", r."updatedAt", r."organizationId",
      CASE WHEN rv.id IS NULL THEN NULL ELSE json_build_object('fullName', rv."fullName") END AS "reviewedBy",
      CASE WHEN au.id IS NULL THEN NULL ELSE json_build_object('fullName', au."fullName") END AS author,
      json_build_object('id', u.id, 'name', u.name, 'path', u.path) AS unit,
      json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS organization,
      json_build_object('id', p.id, 'year', p.year, 'type', p.type, 'index', p.index) AS period,
      dl.deadline,
      COALESCE((
        SELECT json_object_agg(v."indicatorId", trim_scale(v.value)::text) FROM "IndicatorValue" v WHERE v."reportId" = r.id
      ), '{}'::json) AS "indicatorValues",
      COALESCE((
        SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unitLabel', i."unitLabel", 'isMoney', i."isMoney")
          ORDER BY i."sortOrder")
        FROM "IndicatorDefinition" i WHERE i."organizationKind" = o.kind AND i."isActive"
      ), '[]'::json) AS definitions,
      COALESCE((
        SELECT json_agg(json_build_object('id', c.id, 'content', c.content, 'addressedTo', c."addressedTo",
          'status', c.status, 'answer', c.answer, 'answeredAt', ${utcInJson('c."answeredAt"')},
          'answeredBy', CASE WHEN ab.id IS NULL THEN NULL ELSE json_build_object('fullName', ab."fullName") END)
          ORDER BY c."createdAt")
        FROM "Recommendation" c LEFT JOIN "User" ab ON ab.id = c."answeredById" WHERE c."reportId" = r.id
      ), '[]'::json) AS recommendations,
      COALESCE((
        SELECT json_agg(json_build_object('id', a.id, 'fileName', a."fileName", 'size', a.size, 'mimeType', a."mimeType",
          'createdAt', ${utcInJson('a."createdAt"')}) ORDER BY a."createdAt")
        FROM "Attachment" a WHERE a."reportId" = r.id
      ), '[]'::json) AS attachments,
      COALESCE((
        SELECT json_agg(json_build_object('revision', s.revision, 'submittedAt', ${utcInJson('s."submittedAt"')})
          ORDER BY s.revision DESC)
        FROM "UnitReportRevision" s WHERE s."reportId" = r.id
      ), '[]'::json) AS revisions
    FROM "UnitReport" r
    JOIN "Unit" u ON u.id = r."unitId"
    JOIN "Organization" o ON o.id = r."organizationId"
    JOIN "Period" p ON p.id = r."periodId"
    LEFT JOIN "User" rv ON rv.id = r."reviewedById"
    LEFT JOIN "User" au ON au.id = r."authorId"
    LEFT JOIN "PeriodDeadline" dl ON dl."periodId" = r."periodId" AND dl."unitId" = r."unitId"
    WHERE r.id = ${reportId}`,
  );
  if (!row) return null;
  const { definitions, deadline, ...report } = row;
  return {
    report: {
      ...report,
      recommendations: report.recommendations.map((item) => ({ ...item, answeredAt: dateOrNull(item.answeredAt) })),
      attachments: report.attachments.map((item) => ({ ...item, createdAt: new Date(item.createdAt) })),
      revisions: report.revisions.map((item) => ({ ...item, submittedAt: new Date(item.submittedAt) })),
    },
    definitions,
    deadline,
  };
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/** One frozen submission of a report. */
export async function getReportRevision({ actor, reportId, revision }: { actor: Actor; reportId: string; revision: number }) {
  const db = await getDb();
  await loadReportFor(db, actor, reportId, "read:report");
  const row = await db.unitReportRevision.findUnique({
    where: { reportId_revision: { reportId, revision } },
    select: { revision: true, submittedAt: true, snapshot: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { revision: row.revision, submittedAt: row.submittedAt, snapshot: row.snapshot as unknown as ReportSnapshot };
}
