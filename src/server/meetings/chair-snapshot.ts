import "server-only";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { vietnamDay } from "@/lib/dates";
import { message } from "@/messages/message-ref";

/**
 * The person and the position they held on the meeting day (positions change,
 * so the meeting stores a snapshot). The person must belong to the meeting's
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
        },
      },
    },
  });
  if (!person || !unitPath.startsWith(person.unit.path)) {
    throw new AppError("INVALID_INPUT", message("meetings.rules.badPerson"), {
      [field]: message("meetings.rules.badPerson"),
    });
  }
  const onDay = vietnamDay(day ?? new Date());
  const held =
    person.positions.find(
      (position) => vietnamDay(position.startDate) <= onDay && (!position.endDate || vietnamDay(position.endDate) >= onDay),
    ) ?? person.positions[0];
  return {
    personId: person.id,
    fullName: person.fullName,
    position: held?.title ?? "",
    organizationId: held?.organizationId ?? null,
  };
}
