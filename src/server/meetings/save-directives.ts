import "server-only";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import type { Actor } from "@/server/auth/actor";
import { periodRange, type PeriodLike } from "@/lib/periods";
import { assertOrganizationsOfUnit, bumpVersion, editMeetingContent, recordMeetingChange, refreshDerived } from "./meeting-write";
import { NEXT_QUARTER_END, ZSaveDirectivesSchema, type TSaveDirectivesInput } from "./schemas";

/** The last day of the quarter after the one in which the period ends. */
export function endOfNextQuarter(period: PeriodLike): Date {
  const end = periodRange(period).end;
  const [year, month] = end.split("-").map(Number);
  const quarter = Math.ceil(month / 3);
  const next = quarter === 4 ? { year: year + 1, index: 1 } : { year, index: quarter + 1 };
  return new Date(periodRange({ year: next.year, type: "QUARTER", index: next.index }).end);
}

const DIRECTIVE_SELECT = {
  id: true,
  sortOrder: true,
  content: true,
  category: true,
  dueDate: true,
  organizations: { select: { organizationId: true, role: true } },
} as const;

/** What an archive entry knows of a directive, as its status: done, not followed, or not known (open, never overdue). */
function archiveStatus(known: "UNKNOWN" | "DONE" | "NOT_FOLLOWED", meetingDay: Date | null) {
  if (known === "DONE") return { status: "DONE" as const, completedAt: meetingDay ?? new Date(), cancelReason: null };
  if (known === "NOT_FOLLOWED")
    return { status: "CANCELLED" as const, cancelReason: meetingRecordVi.directives.notFollowedReason, completedAt: null };
  return { status: "OPEN" as const, completedAt: null, cancelReason: null };
}

/**
 * Saves the concluding directives as one ordered list: rows with an id are
 * edited (keeping their progress history), new rows are added, rows left out
 * are deleted. Document codes in the content are linked to the registry.
 */
export async function saveDirectives({ actor, input }: { actor: Actor; input: TSaveDirectivesInput }) {
  await editMeetingContent(actor, ZSaveDirectivesSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    await assertOrganizationsOfUnit(
      tx,
      meeting.unitId,
      data.directives.flatMap((row) => [...row.leadOrganizationIds, ...row.supportOrganizationIds]),
      "directives",
    );
    await bumpVersion(tx, meeting.id, data.version);
    const { period, isArchive, startsAt } = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: { isArchive: true, startsAt: true, period: { select: { year: true, type: true, index: true } } },
    });
    const inListOrder = { where: { meetingId: meeting.id }, orderBy: { sortOrder: "asc" } } as const;
    const before = await tx.directive.findMany({ ...inListOrder, select: DIRECTIVE_SELECT });
    const existing = new Set(before.map((row) => row.id));
    const kept: string[] = [];
    for (const [index, row] of data.directives.entries()) {
      const fields = {
        sortOrder: index,
        content: row.content,
        category: row.category,
        dueDate: row.dueDate === NEXT_QUARTER_END ? endOfNextQuarter(period) : row.dueDate ? new Date(row.dueDate) : null,
        ...(isArchive && row.knownStatus ? archiveStatus(row.knownStatus, startsAt) : {}),
      };
      const organizations = [
        ...[...new Set(row.leadOrganizationIds)].map((organizationId) => ({
          organizationId,
          role: "LEAD" as const,
        })),
        ...[...new Set(row.supportOrganizationIds)].map((organizationId) => ({
          organizationId,
          role: "SUPPORT" as const,
        })),
      ];
      if (row.id && existing.has(row.id)) {
        kept.push(row.id);
        await tx.directive.update({
          where: { id: row.id },
          data: { ...fields, version: { increment: 1 } },
        });
        await tx.directiveOrganization.deleteMany({
          where: { directiveId: row.id },
        });
        await tx.directiveOrganization.createMany({
          data: organizations.map((org) => ({ ...org, directiveId: row.id! })),
        });
      } else {
        const created = await tx.directive.create({
          data: {
            ...fields,
            meetingId: meeting.id,
            organizations: { create: organizations },
          },
          select: { id: true },
        });
        kept.push(created.id);
      }
    }
    await tx.directive.deleteMany({
      where: { meetingId: meeting.id, id: { notIn: kept } },
    });
    await refreshDerived(tx, meeting.id);
    const after = await tx.directive.findMany({ ...inListOrder, select: DIRECTIVE_SELECT });
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "directives",
      action: "meeting.directives",
      before,
      after,
      amendmentReason,
    });
  });
}
