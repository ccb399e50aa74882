import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { PrismaClient } from "@prisma/client";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { isAppError } from "@/server/errors";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { listAudit } from "@/server/audit/list-audit";
import { listDirectiveFilters, listDirectives } from "@/server/directives/list-directives";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { listDocuments } from "@/server/documents/list-documents";
import { exportMeetings } from "@/server/meetings/export-meetings";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { listMeetings } from "@/server/meetings/list-meetings";
import { ZListMeetingsSchema } from "@/server/meetings/schemas";
import { listPublishedNews } from "@/server/news/list-published-news";
import { listMyNotificationsPage } from "@/server/notifications/list-notifications";
import { listRecommendations } from "@/server/recommendations/list-recommendations";
import { ZRecommendationListParams } from "@/server/recommendations/schemas";
import { exportSubmissionMatrix } from "@/server/reports/export-submission-matrix";
import { getReportRevision } from "@/server/reports/get-report";
import { listReports } from "@/server/reports/list-reports";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { ZDigestParams, ZMatrixParams, ZReportListParams, ZReportPageParams } from "@/server/reports/schemas";
import { getSubmissionMatrix } from "@/server/reports/submission-matrix";
import { listUsers } from "@/server/users/list-users";
import { ZAuditListParams, ZPageListParams, ZPeriodParams, ZSearchListParams } from "@/lib/schema-fields";
import { parseSearchParams } from "@/lib/search-params";
import { actorArbitrary, collectIds, hostileText, tableChecksum } from "../setup/fuzz";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/**
 * Every list page and export reads its query string through parseSearchParams and its schema,
 * then calls its use case: with random and hostile parameters, as every role, that path may end
 * only in a result or an AppError (which the page shows as 403/404), never in another exception,
 * and it never writes. The addresses' shape is checked too: every page or route that reads a
 * query string goes through parseSearchParams, every dynamic segment through recordKeys.
 */

const APP = path.join(process.cwd(), "src/app");
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 40);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /^(page\.tsx|route\.ts)$/.test(entry.name) ? [full] : [];
  });
}

describe("list pages' and exports' parameters", () => {
  it("every page or route reading a query string parses it with parseSearchParams", () => {
    // The sign-in page's only parameter is the callback address, checked by the safe-redirect helper.
    const exempt = new Set([path.join(APP, "login/page.tsx")]);
    const readers = sourceFiles(APP).filter((file) => /searchParams|handleExport\(/.test(fs.readFileSync(file, "utf8")));
    expect(readers.length).toBeGreaterThan(12);
    const unparsed = readers.filter((file) => !exempt.has(file) && !fs.readFileSync(file, "utf8").includes("parseSearchParams("));
    expect(unparsed.map((file) => path.relative(APP, file))).toEqual([]);
  });

  it("every page or route under a dynamic segment checks it with recordKeys", () => {
    const dynamic = sourceFiles(APP).filter(
      (file) => /\[(?!\.\.\.)[^/\]]+\]/.test(path.relative(APP, file)) && /\bparams\b/.test(fs.readFileSync(file, "utf8")),
    );
    expect(dynamic.length).toBeGreaterThan(8);
    // The calendar feed's segment is a secret token, not a record id: it checks its own pattern.
    const exempt = new Set([path.join(APP, "calendar/[token]/feed.ics/route.ts")]);
    const unchecked = dynamic.filter((file) => !exempt.has(file) && !fs.readFileSync(file, "utf8").includes("recordKeys("));
    expect(unchecked.map((file) => path.relative(APP, file))).toEqual([]);
  });
});

describe("fuzz: list pages and exports answer any query string without a 500", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let ids: string[];

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    ids = await collectIds(db);
  });

  type Params = Record<string, string | string[]>;

  /** A query string with the schema's keys (and stray ones), each missing, hostile, an id, or repeated. */
  function queryArbitrary(schema: z.ZodObject): fc.Arbitrary<Params> {
    const value = fc.oneof(
      { weight: 3, arbitrary: hostileText },
      { weight: 2, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.constantFrom("1", "2", "2020", "99999999999999999999", "-5", "0", "1e3") },
      { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 3 }) },
    );
    const keys = [...Object.keys(schema.shape), "x", "__proto__", "page[]"];
    return fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length });
  }

  /** Each list page or export: its schema and what the page does with the parsed values. */
  const ROUTES: Record<string, { schema: z.ZodObject; load: (actor: Actor, params: Params) => Promise<unknown> }> = {
    "/meetings": {
      schema: ZListMeetingsSchema,
      load: (actor, params) => listMeetings({ actor, input: parseSearchParams(ZListMeetingsSchema, params) }),
    },
    "/meetings/export": {
      schema: ZListMeetingsSchema,
      load: (actor, params) => exportMeetings({ actor, input: parseSearchParams(ZListMeetingsSchema, params) }),
    },
    "/meetings/[id]": {
      schema: ZPageListParams,
      load: (actor, params) =>
        getMeetingPage({ actor, meetingId: world.meeting.id, carryOverPage: parseSearchParams(ZPageListParams, params).page }),
    },
    "/directives": {
      schema: ZListDirectivesSchema,
      load: async (actor, params) => {
        const input = parseSearchParams(ZListDirectivesSchema, params);
        await listDirectives({ actor, input });
        return listDirectiveFilters(actor, { meetingId: input.meetingId, documentId: input.documentId });
      },
    },
    "/reports": {
      schema: ZReportListParams,
      load: (actor, params) => {
        const { period, org, status, page } = parseSearchParams(ZReportListParams, params);
        return listReports({ actor, periodId: period, organizationId: org, status, page });
      },
    },
    "/reports/[id]": {
      schema: ZReportPageParams,
      load: async (actor, params) => {
        const { revision } = parseSearchParams(ZReportPageParams, params);
        const report = await db.unitReport.findFirst({ select: { id: true } });
        return revision && report ? getReportRevision({ actor, reportId: report.id, revision }) : null;
      },
    },
    "/reports/digest": {
      schema: ZDigestParams,
      load: async (actor, params) => {
        const { period, unit } = parseSearchParams(ZDigestParams, params);
        return period ? getPeriodDigest({ actor, periodId: period, unitId: unit }) : null;
      },
    },
    "/reports/matrix": {
      schema: ZMatrixParams,
      load: (actor, params) => {
        const { year = 2020, unit } = parseSearchParams(ZMatrixParams, params);
        return getSubmissionMatrix({ actor, year, unitId: unit });
      },
    },
    "/reports/matrix/export": {
      schema: ZMatrixParams,
      load: (actor, params) => {
        const { year = 2020, unit } = parseSearchParams(ZMatrixParams, params);
        return exportSubmissionMatrix({ actor, year, unitId: unit });
      },
    },
    "/recommendations": {
      schema: ZRecommendationListParams,
      load: (actor, params) => {
        const { period, org, status, page } = parseSearchParams(ZRecommendationListParams, params);
        return listRecommendations({ actor, periodId: period, organizationId: org, status, page });
      },
    },
    "/admin/users": {
      schema: ZSearchListParams,
      load: (actor, params) => listUsers({ actor, ...parseSearchParams(ZSearchListParams, params) }),
    },
    "/admin/audit": {
      schema: ZAuditListParams,
      load: (actor, params) => {
        const { entity, user, page } = parseSearchParams(ZAuditListParams, params);
        return listAudit({ actor, entityType: entity, username: user, page });
      },
    },
    "/documents": {
      schema: ZSearchListParams,
      load: (actor, params) => listDocuments({ actor, ...parseSearchParams(ZSearchListParams, params) }),
    },
    "/notifications": {
      schema: ZPageListParams,
      load: (actor, params) => listMyNotificationsPage(actor, parseSearchParams(ZPageListParams, params).page),
    },
    "/news": {
      schema: ZPageListParams,
      load: (_actor, params) => listPublishedNews(parseSearchParams(ZPageListParams, params).page),
    },
    "/dashboard": {
      schema: ZPeriodParams,
      load: (actor, params) => getDashboard({ actor, periodId: parseSearchParams(ZPeriodParams, params).period }),
    },
  };

  it("every route answers with its data or an AppError, and writes nothing", { timeout: 600_000 }, async () => {
    const before = await tableChecksum(db);
    for (const [route, { schema, load }] of Object.entries(ROUTES)) {
      await fc.assert(
        fc.asyncProperty(actorArbitrary(world), queryArbitrary(schema), async (actor, params) => {
          if (!actor) return;
          try {
            await load(actor, params);
          } catch (error) {
            if (!isAppError(error))
              throw new Error(`${route} as ${actor.username} with ${JSON.stringify(params)}: ${String(error)}`);
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
    }
    expect(await tableChecksum(db)).toBe(before);
  });

  it("falls back instead of failing on the attack test's addresses", () => {
    expect(parseSearchParams(ZListMeetingsSchema, { q: "a".repeat(5000), page: "99999999999999999999" })).toMatchObject({
      q: "a".repeat(200),
      page: 1,
    });
    expect(parseSearchParams(ZListMeetingsSchema, { q: "quý\u0000 I\ud800", unitId: "x\u0000y", status: "BOGUS" })).toEqual({
      q: "quý I\ufffd",
      unitId: "xy",
      page: 1,
    });
    expect(parseSearchParams(ZDigestParams, { period: "<script>", unit: ["a", "b"] })).toEqual({ unit: "a" });
    expect(parseSearchParams(ZMatrixParams, new URLSearchParams("year=1e9&unit=%00"))).toEqual({});
  });
});
