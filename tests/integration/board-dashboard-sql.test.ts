import type { DirectiveStatus, PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { fromVietnamTime, startOfMinute, vietnamDay } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor";
import { can, readableWhere, scopeWhere } from "@/server/auth/policy";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { readableMeetingsSql } from "@/server/meetings/readable-meetings-sql";
import { listDirectiveFilters } from "@/server/directives/list-directives";
import { countDirectives, countDirectivesByPeriodAndStatus, topOverdueLeads } from "@/server/tallies/read-tallies";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod, deadlineFor } from "../../prisma/factories/periods";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/**
 * The dashboard and the board's filter choices are one raw statement each (docs/decisions/0044):
 * these are the Prisma reads they replaced, kept here as the reference, compared on a seeded
 * dataset for every role and a few periods and selections.
 */

const STATUSES: DirectiveStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"];

/** The dashboard as get-dashboard.ts computed it through Prisma before 0044 (same post-processing). */
async function prismaDashboard(db: PrismaClient, actor: Actor, periodId: string | undefined, now: Date) {
  const periods = await db.period.findMany({
    where: { type: "QUARTER", startDate: { lte: now } },
    orderBy: { startDate: "desc" },
    take: 40,
    select: { id: true, year: true, type: true, index: true, startDate: true },
  });
  const period = periods.find((row) => row.id === periodId) ?? periods[0] ?? null;
  if (!period) return { periods, period: null } as const;
  const trendPeriods = periods
    .filter((row) => row.startDate <= period.startDate)
    .slice(0, 8)
    .reverse();
  const trendIds = trendPeriods.map((row) => row.id);
  const today = vietnamDay(now);
  const inSubtree = { path: { startsWith: actor.unitPath } };
  const [organizations, reportGroups, statusRows, overdueRows, overdueTotal, open, latest, meetings, deadlines] =
    await Promise.all([
      db.organization.findMany({
        where: { unitId: actor.unitId, submitsReports: true, isActive: true },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, shortName: true },
      }),
      db.unitReport.groupBy({
        by: ["periodId", "organizationId", "isLate"],
        where: { unitId: actor.unitId, periodId: { in: trendIds }, status: { in: ["SUBMITTED", "ACCEPTED"] } },
        _count: { _all: true },
      }),
      countDirectivesByPeriodAndStatus(db, actor.unitId, trendIds),
      topOverdueLeads(db, actor.unitId, today, 10),
      countDirectives(db, actor.unitId, { statuses: ["OPEN", "IN_PROGRESS"], dueBefore: today }),
      db.recommendation.count({ where: { status: "OPEN", organization: { unit: inSubtree } } }),
      db.recommendation.findMany({
        where: { status: "OPEN", organization: { unit: inSubtree } },
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true, content: true, organization: { select: { shortName: true } } },
      }),
      db.meeting.findMany({
        where: {
          AND: [readableWhere(actor, "read:meeting"), { status: { in: ["DRAFT", "SCHEDULED"] } }, { startsAt: { gte: now } }],
        },
        orderBy: { startsAt: "asc" },
        take: 5,
        select: { id: true, title: true, startsAt: true, status: true },
      }),
      db.periodDeadline.findMany({
        where: { unitId: actor.unitId, deadline: { gte: now } },
        orderBy: { deadline: "asc" },
        take: 4,
        select: { deadline: true, period: { select: { id: true, year: true, type: true, index: true } } },
      }),
    ]);
  const count = (filter: (group: (typeof reportGroups)[number]) => boolean) =>
    reportGroups.filter(filter).reduce((sum, group) => sum + group._count._all, 0);
  const rates = (expected: number, submitted: number, onTime: number) => {
    const pct = (value: number) => (expected ? Math.round((value / expected) * 1000) / 10 : null);
    return { expected, submitted, onTime, submissionRate: pct(submitted), onTimeRate: pct(onTime) };
  };
  const overdueOrganizations = await db.organization.findMany({
    where: { id: { in: overdueRows.map((row) => row.organizationId) } },
    select: { id: true, name: true, shortName: true, unit: { select: { name: true } } },
  });
  const byStatus = STATUSES.map((status) => ({
    status,
    count: statusRows.find((row) => row.periodId === period.id && row.status === status)?.count ?? 0,
  }));
  return {
    periods,
    period,
    reports: {
      overall: rates(
        organizations.length,
        count((g) => g.periodId === period.id),
        count((g) => g.periodId === period.id && !g.isLate),
      ),
      byOrganization: organizations.map((organization) => ({
        organization,
        ...rates(
          1,
          count((g) => g.periodId === period.id && g.organizationId === organization.id),
          count((g) => g.periodId === period.id && g.organizationId === organization.id && !g.isLate),
        ),
      })),
    },
    directives: {
      byStatus,
      total: byStatus.reduce((sum, row) => sum + row.count, 0),
      overdueTotal,
      overdueByOrganization: overdueRows.map((group) => ({
        organization: overdueOrganizations.find((row) => row.id === group.organizationId)!,
        count: group.count,
      })),
    },
    trend: trendPeriods.map((row) => ({
      period: row,
      ...rates(
        organizations.length,
        count((g) => g.periodId === row.id),
        count((g) => g.periodId === row.id && !g.isLate),
      ),
      directives: statusRows.filter((r) => r.periodId === row.id).reduce((sum, r) => sum + r.count, 0),
      directivesDone: statusRows.find((r) => r.periodId === row.id && r.status === "DONE")?.count ?? 0,
    })),
    recommendations: { open, latest },
    meetings,
    deadlines,
    asOf: now,
  } as const;
}

/** The board's filter choices as list-directives.ts read them through Prisma before 0044. */
async function prismaFilters(db: PrismaClient, actor: Actor, selected: { meetingId?: string; documentId?: string }) {
  const [periods, organizations, categories, documents, meeting] = await Promise.all([
    db.period.findMany({
      where: { meetings: { some: { unit: { path: { startsWith: actor.unitPath } } } } },
      orderBy: [{ startDate: "desc" }, { type: "asc" }],
      take: 60,
      select: { id: true, year: true, type: true, index: true },
    }),
    db.organization.findMany({
      where: {
        AND: [scopeWhere(actor, "read:directive", "organization"), { unitId: actor.unitId, directiveRoles: { some: {} } }],
      },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
    db.directive.groupBy({
      by: ["category"],
      where: { AND: [readableWhere(actor, "read:directive"), { category: { not: "" } }] },
      orderBy: { category: "asc" },
      take: 50,
    }),
    db.documentRef.findMany({
      where: { OR: [{ directives: { some: {} } }, ...(selected.documentId ? [{ id: selected.documentId }] : [])] },
      orderBy: [{ code: "asc" }, { title: "asc" }],
      take: 200,
      select: { id: true, code: true, title: true, issuerName: true, issuedOn: true },
    }),
    selected.meetingId
      ? db.meeting.findUnique({ where: { id: selected.meetingId }, select: { id: true, title: true } })
      : Promise.resolve(null),
  ]);
  return { periods, organizations, categories: categories.map((row) => row.category), documents, meeting };
}

describe("the dashboard and the board's filter choices in one statement each", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  const now = startOfMinute(fromVietnamTime("2020-08-12", "10:30"));
  const periodIds: string[] = [];
  let futureMeeting = "";
  let documentId = "";
  let unusedDocumentId = "";

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const quarters = [
      [2019, 3],
      [2019, 4],
      [2020, 2],
      [2020, 3],
      [2020, 4],
    ] as const;
    const periods = [world.period];
    for (const [year, index] of quarters) periods.push(await createPeriod(db, { year, type: "QUARTER", index }));
    // A year period starting with Q1: not a quarter, so never on the dashboard, but on the board's period choice.
    periods.push(await createPeriod(db, { year: 2020, type: "YEAR", index: 1 }));
    periodIds.push(...periods.map((period) => period.id));
    const org = world.organizations;
    const places = [
      [world.units.province, org.province],
      [world.units.district, org.district],
      [world.units.sibling, org.sibling],
    ] as const;
    const categories = ["Tuyên truyền", "An sinh xã hội", "", "Dân vận", "Giám sát"];
    let n = 0;
    for (const [p, period] of periods.entries()) {
      for (const [u, [unit, orgs]] of places.entries()) {
        if ((p + u) % 4 === 3) continue;
        const status = (["PUBLISHED", "CONCLUDED", "HELD"] as const)[(p + u) % 3];
        await createMeeting(db, {
          unitId: unit.id,
          period,
          status,
          title: `Giao ban ${p}-${u}`,
          startsAt: fromVietnamTime(`2020-0${1 + ((p + u) % 6)}-1${u}`, "08:00"),
          createdById: world.ids.secretariat,
          invitedOrganizationIds: u === 0 && p % 2 ? [orgs.MTTQ.id] : [],
          directives: Array.from({ length: 5 }, (_, k) => {
            n++;
            return {
              content: `Chỉ đạo ${n}`,
              lead: [[orgs.MTTQ.id, orgs.VETERANS.id, orgs.YOUTH_UNION.id][(n + k) % 3]],
              support: k % 2 ? [orgs.WOMEN_UNION.id] : [],
              dueDate: k === 4 ? null : fromVietnamTime(`2020-0${1 + ((n + k) % 9)}-0${1 + (k % 9)}`, "00:00"),
              status: STATUSES[(n + p) % 4],
              category: categories[(n + u) % categories.length],
            };
          }),
        });
      }
    }
    // Upcoming meetings (draft and scheduled, some past, one published), in every unit.
    for (const [u, [unit, orgs]] of places.entries()) {
      for (let k = 0; k < 4; k++) {
        const meeting = await createMeeting(db, {
          unitId: unit.id,
          period: periods[4],
          status: (["DRAFT", "SCHEDULED", "PUBLISHED", "SCHEDULED"] as const)[k],
          title: `Sắp họp ${u}-${k}`,
          startsAt: fromVietnamTime(`2020-0${k === 3 ? 7 : 8 + (k % 2)}-2${u}`, `${String(8 + k).padStart(2, "0")}:00`),
          createdById: world.ids.secretariat,
          invitedOrganizationIds: k % 2 ? [orgs.MTTQ.id] : [],
        });
        if (u === 0 && k === 0) futureMeeting = meeting.id;
      }
    }
    // Reports of every organization, various statuses and lateness, in several quarters.
    const organizations = await db.organization.findMany({ where: { submitsReports: true }, select: { id: true, unitId: true } });
    await db.unitReport.createMany({
      data: periodIds.slice(0, 5).flatMap((periodId, p) =>
        organizations.map((organization, o) => ({
          periodId,
          organizationId: organization.id,
          unitId: organization.unitId,
          status: (["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED", "SUBMITTED"] as const)[(p + o) % 5],
          submittedAt: (p + o) % 5 ? new Date(Date.UTC(2020, 0, 1 + o)) : null,
          isLate: (p * 7 + o) % 3 === 0,
        })),
      ),
    });
    const reports = await db.unitReport.findMany({ select: { id: true, organizationId: true, periodId: true } });
    await db.recommendation.createMany({
      data: reports.slice(0, 40).map((report, i) => ({
        reportId: i % 5 ? report.id : null,
        organizationId: report.organizationId,
        periodId: report.periodId,
        content: `Kiến nghị ${i}`,
        status: i % 3 ? "OPEN" : "ANSWERED",
        createdAt: new Date(Date.UTC(2020, 1, 1 + i)),
      })),
    });
    for (const [p, period] of periods.entries()) {
      for (const unit of Object.values(world.units)) {
        await db.periodDeadline.create({
          data: { periodId: period.id, unitId: unit.id, deadline: deadlineFor(period.endDate, p) },
        });
      }
    }
    const directives = await db.directive.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 });
    const document = await db.documentRef.create({
      data: { code: "99-NQ/TW", number: "99", type: "NQ", issuer: "TW", title: "Về thử nghiệm" },
    });
    const unused = await db.documentRef.create({
      data: { code: "", number: "", type: "", issuer: "", title: "Văn bản chưa dẫn", issuedOn: new Date("2020-03-04") },
    });
    documentId = document.id;
    unusedDocumentId = unused.id;
    await db.directiveDocument.createMany({ data: directives.map((row) => ({ directiveId: row.id, documentId })) });
  });

  const everyone = () => Object.values(world.actors);

  it("select the meetings readableWhere selects, for every role", async () => {
    for (const actor of everyone()) {
      const rows = await db.$queryRaw<{ id: string }[]>`
        SELECT m.id FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId" WHERE ${readableMeetingsSql(actor)} ORDER BY m.id`;
      const want = await db.meeting.findMany({
        where: readableWhere(actor, "read:meeting"),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      expect({ who: actor.username, ids: rows.map((row) => row.id) }).toEqual({
        who: actor.username,
        ids: want.map((row) => row.id),
      });
    }
  });

  it("show the dashboard the Prisma reads showed, for every reader and period", async () => {
    const readers = everyone().filter((actor) => can(actor, "read:dashboard", { unitPath: actor.unitPath }));
    expect(readers.length).toBeGreaterThanOrEqual(3);
    let compared = 0;
    for (const actor of readers) {
      for (const periodId of [undefined, ...periodIds, "no-such-period"]) {
        for (const at of [now, startOfMinute(fromVietnamTime("2019-01-01", "00:00"))]) {
          const got = await getDashboard({ actor, periodId, now: at });
          const want = await prismaDashboard(db, actor, periodId, at);
          expect({ who: actor.username, periodId, at, got }).toEqual({ who: actor.username, periodId, at, got: want });
          if (want.period) compared += want.meetings.length + want.directives.total + want.reports.overall.submitted;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("offer the board's filter choices the Prisma reads offered, for every reader and selection", async () => {
    const readers = everyone().filter((actor) => can(actor, "read:directive"));
    expect(readers.length).toBeGreaterThanOrEqual(5);
    const selections = [{}, { meetingId: futureMeeting }, { documentId: unusedDocumentId }, { meetingId: "none", documentId }];
    for (const actor of readers) {
      for (const selected of selections) {
        const got = await listDirectiveFilters(actor, selected);
        const want = await prismaFilters(db, actor, selected);
        expect({ who: actor.username, selected, got }).toEqual({ who: actor.username, selected, got: want });
      }
    }
    const choices = await listDirectiveFilters(world.actors.secretariat, {});
    expect(choices.categories.length).toBe(4);
    expect(choices.organizations.length).toBeGreaterThan(1);
    expect(choices.documents.map((row) => row.id)).toContain(documentId);
    expect(choices.documents.map((row) => row.id)).not.toContain(unusedDocumentId);
  });
});
