import type { PrismaClient } from "@prisma/client";
import fc from "fast-check";
import { fromVietnamTime } from "@/lib/dates";
import { cancelDirective } from "@/server/directives/cancel-directive";
import { postProgress } from "@/server/directives/post-progress";
import { proposeDone } from "@/server/directives/propose-done";
import { confirmDone, reopenDirective } from "@/server/directives/review-directive";
import { saveDirectives } from "@/server/meetings/save-directives";
import { openReport } from "@/server/reports/open-report";
import { acceptReport, returnReport } from "@/server/reports/review-report";
import { submitReport } from "@/server/reports/submit-report";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import type { SmallWorld } from "./small-world";

/*
 * Random sequences of writes through the use cases, as users would make them, on the small
 * world: what the tallies (docs/decisions/0027) and the change counts (0047) are checked after.
 */

export const DAYS = ["", "2020-04-15", "2020-06-30", "2021-01-10"];

/**
 * One write through a use case, as a user would make it. Choices the state does not allow
 * (confirming an open directive, submitting an accepted report) fail with an AppError and
 * change nothing: the sequence goes on, as it would in the application.
 */
export type Step =
  | { kind: "saveDirectives"; meeting: 0 | 1; directives: { day: number; lead: number; support: boolean }[] }
  | { kind: "progress" | "propose" | "confirm" | "reopen" | "cancel"; directive: number }
  | { kind: "openReport" | "submitReport" | "acceptReport" | "returnReport"; who: 0 | 1 | 2; period: 0 | 1 };

export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("saveDirectives" as const),
    meeting: fc.constantFrom(0 as const, 1 as const),
    directives: fc.array(fc.record({ day: fc.nat(DAYS.length - 1), lead: fc.nat(1), support: fc.boolean() }), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constantFrom("progress" as const, "propose" as const, "confirm" as const, "reopen" as const, "cancel" as const),
    directive: fc.nat(20),
  }),
  fc.record({
    kind: fc.constantFrom("openReport" as const, "submitReport" as const, "acceptReport" as const, "returnReport" as const),
    who: fc.constantFrom(0 as const, 1 as const, 2 as const),
    period: fc.constantFrom(0 as const, 1 as const),
  }),
);

/**
 * Two draft meetings (province, district) whose directive lists the steps rewrite, and a
 * published one whose directives the organizations work on; returns the runner of steps.
 */
export async function prepareSteps(db: PrismaClient, world: SmallWorld) {
  const q2 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 });
  const q3 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 3 });
  const periods = [world.period.id, q2.id];
  const org = world.organizations;
  const draftMeetings: string[] = [];
  for (const [unit, period, lead] of [
    [world.units.province, q2, org.province.MTTQ.id],
    [world.units.district, q3, org.district.MTTQ.id],
  ] as const) {
    const meeting = await createMeeting(db, {
      unitId: unit.id,
      period,
      status: "DRAFT",
      title: `Giao ban ${unit.name}`,
      startsAt: fromVietnamTime("2020-06-20", "08:00"),
      createdById: world.ids.secretariat,
      directives: [{ content: "Nhiệm vụ ban đầu.", lead: [lead] }],
    });
    draftMeetings.push(meeting.id);
  }
  // A published meeting whose directives the organizations work on.
  await createMeeting(db, {
    unitId: world.units.province.id,
    period: q2,
    status: "PUBLISHED",
    title: "Giao ban quý II/2020",
    startsAt: fromVietnamTime("2020-06-24", "08:00"),
    createdById: world.ids.secretariat,
    approvedById: world.ids.leader,
    directives: DAYS.map((day, index) => ({
      content: `Chỉ đạo số ${index + 1}.`,
      lead: [org.province.MTTQ.id],
      dueDate: day ? new Date(`${day}T00:00:00Z`) : null,
    })),
  });

  async function run(s: Step) {
    const a = world.actors;
    const org = world.organizations;
    const directiveIds = async () =>
      (await db.directive.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((row) => row.id);
    switch (s.kind) {
      case "saveDirectives": {
        const meeting = await db.meeting.findUniqueOrThrow({
          where: { id: draftMeetings[s.meeting] },
          select: { id: true, version: true, unitId: true, directives: { select: { id: true }, orderBy: { sortOrder: "asc" } } },
        });
        const orgs = s.meeting === 0 ? org.province : org.district;
        const leads = [orgs.MTTQ.id, orgs.VETERANS.id];
        const actor = s.meeting === 0 ? a.secretariat : a.districtSecretariat;
        // Keep some existing directives (new due day, organizations), drop the rest, add new ones.
        await saveDirectives({
          actor,
          input: {
            meetingId: meeting.id,
            version: meeting.version,
            directives: s.directives.map((directive, index) => ({
              id: meeting.directives[index]?.id,
              content: `Nhiệm vụ ${index + 1}.`,
              dueDate: DAYS[directive.day],
              leadOrganizationIds: [leads[directive.lead]],
              supportOrganizationIds: directive.support ? [orgs.YOUTH_UNION.id] : [],
            })),
          },
        });
        return;
      }
      case "progress":
      case "propose":
      case "confirm":
      case "reopen":
      case "cancel": {
        const ids = await directiveIds();
        const directiveId = ids[s.directive % ids.length];
        if (s.kind === "progress")
          await postProgress({ actor: a.mttq, input: { directiveId, body: "Đang triển khai.", percent: "" } });
        if (s.kind === "propose") await proposeDone({ actor: a.mttq, input: { directiveId, resultSummary: "Đã xong." } });
        if (s.kind === "confirm") await confirmDone({ actor: a.secretariat, input: { directiveId } });
        if (s.kind === "reopen") await reopenDirective({ actor: a.secretariat, input: { directiveId, reason: "Chưa đạt." } });
        if (s.kind === "cancel")
          await cancelDirective({ actor: a.secretariat, input: { directiveId, reason: "Không còn phù hợp." } });
        return;
      }
      default: {
        const author = [a.mttq, a.ccb, a.districtMttq][s.who];
        const reviewer = s.who === 2 ? a.districtSecretariat : a.secretariat;
        const periodId = periods[s.period];
        if (s.kind === "openReport") {
          await openReport({ actor: author, input: { periodId } });
          return;
        }
        const report = await db.unitReport.findUnique({
          where: { organizationId_periodId: { organizationId: author.organizationId!, periodId } },
          select: { id: true, version: true },
        });
        if (!report) return;
        if (s.kind === "submitReport") {
          const content = { achievements: "Đạt.", shortcomings: "Chưa có.", nextTasks: "Tiếp tục." };
          await submitReport({ actor: author, input: { reportId: report.id, version: report.version, ...content } });
        }
        if (s.kind === "acceptReport") await acceptReport({ actor: reviewer, reportId: report.id });
        if (s.kind === "returnReport")
          await returnReport({ actor: reviewer, input: { reportId: report.id, reason: "Bổ sung số liệu." } });
      }
    }
  }

  return { run, periods, draftMeetings };
}
