import "server-only";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { vietnamDay } from "@/lib/dates";
import { message } from "@/messages/message-ref";
import { postLabelOn } from "./meeting-form-options";

/**
 * The person and every post they held on the meeting day (posts change, so the
 * meeting stores a snapshot). The person must belong to the meeting's
 * unit or a unit above it.
 */
export async function personSnapshot(tx: Tx, personId: string, unitPath: string, day: Date | null, field: string) {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      fullName: true,
      unit: { select: { path: true } },
      positions: {
        orderBy: { startDate: "desc" },
        select: {
          title: true,
          startDate: true,
          endDate: true,
          organizationId: true,
          isPartyPost: true,
        },
      },
    },
  });
  if (!person || !unitPath.startsWith(person.unit.path)) {
    throw new AppError("INVALID_INPUT", message("meetings.rules.badPerson"), {
      [field]: message("meetings.rules.badPerson"),
    });
  }
  // Every post held that day, joined ("Bí thư Thành ủy, Chủ tịch HĐND thành phố"), as a snapshot.
  const held = postLabelOn(person.positions, vietnamDay(day ?? new Date()));
  return {
    personId: person.id,
    fullName: person.fullName,
    position: held.position,
    organizationId: held.organizationId,
  };
}
