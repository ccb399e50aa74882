import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { fromVietnamTime } from "@/lib/dates";
import { assertUnitOpenOn } from "@/server/units/unit-rules";
import { parseMeetingTime } from "@/lib/meeting-time";
import { personSnapshot } from "./chair-snapshot";
import { assertOrganizationsOfUnit, companionsOf, refreshDerived } from "./meeting-write";
import { ZScheduleMeetingSchema, type TScheduleMeetingInput } from "./schemas";
import { message } from "@/messages/message-ref";

/** "2020-03-24T14:00" (Vietnam time) → instant, "" → null. */
export function parseLocalDateTime(value: string): Date | null {
  if (!value) return null;
  const [day, time] = value.split("T");
  return fromVietnamTime(day, time);
}

/** Creates a meeting in DRAFT with its invited organizations and the chair's position that day. */
export async function scheduleMeeting({ actor, input }: { actor: Actor; input: TScheduleMeetingInput }) {
  assertCan(actor, "create:meeting");
  const data = parseInput(ZScheduleMeetingSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: data.unitId },
      select: { id: true, path: true },
    });
    if (!unit)
      throw new AppError("INVALID_INPUT", message("meetings.rules.badUnit"), {
        unitId: message("meetings.rules.badUnit"),
      });
    assertCan(actor, "create:meeting", { unitPath: unit.path });
    const period = await tx.period.findUnique({
      where: { id: data.periodId },
      select: { id: true },
    });
    if (!period)
      throw new AppError("INVALID_INPUT", message("meetings.rules.badPeriod"), {
        periodId: message("meetings.rules.badPeriod"),
      });
    await assertOrganizationsOfUnit(tx, unit.id, data.invitedOrganizationIds, "invitedOrganizationIds");
    const startsAt = parseMeetingTime(data.startsAt);
    await assertUnitOpenOn(tx, unit.id, startsAt, { archive: data.isArchive });
    const chair = data.chairPersonId ? await personSnapshot(tx, data.chairPersonId, unit.path, startsAt, "chairPersonId") : null;
    const fields = {
      unitId: unit.id,
      periodId: period.id,
      kind: data.kind,
      title: data.title,
      startsAt,
      place: data.place || null,
      chairPersonId: chair?.personId ?? null,
      chairName: chair?.fullName ?? null,
      chairPosition: chair?.position ?? null,
      reportDeadline: parseLocalDateTime(data.reportDeadline),
      datePrecision: data.datePrecision,
      endsAt: parseLocalDateTime(data.endsAt),
      host: data.host,
      resultsText: data.resultsText,
      shortcomingsText: data.shortcomingsText,
      internalNotes: data.internalNotes,
      sourceUrl: data.sourceUrl || null,
      sourceTitle: data.sourceTitle || null,
      isArchive: data.isArchive,
    };
    const companionPeriodIds = await companionsOf(tx, period.id, data.companionPeriodIds);
    const meeting = await tx.meeting.create({
      data: {
        ...fields,
        companionPeriods: { create: companionPeriodIds.map((periodId) => ({ periodId })) },
        createdById: actor.id,
        invitations: {
          create: [...new Set(data.invitedOrganizationIds)].map((organizationId) => ({ organizationId })),
        },
        attendances: chair
          ? {
              create: {
                personId: chair.personId,
                fullName: chair.fullName,
                position: chair.position,
                organizationId: chair.organizationId,
                role: "CHAIR",
              },
            }
          : undefined,
      },
      select: { id: true },
    });
    await refreshDerived(tx, meeting.id);
    await recordAudit(tx, actor.id, "meeting.create", ["Meeting", meeting.id], {
      after: { ...fields, invitedOrganizationIds: data.invitedOrganizationIds, companionPeriodIds },
    });
    return meeting;
  });
}
