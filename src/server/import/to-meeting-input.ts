/**
 * The one place that maps a reviewed import onto the portal's meeting use cases
 * (schedule-meeting, save-attendance, save-directives, update-minutes). Pure. Each fact goes to
 * its own field: the day with its precision (a report rarely gives the hour), results and
 * shortcomings, co-chairs, the bodies present only as "đại diện lãnh đạo …" as delegation rows,
 * and a meeting already held becomes an archive entry (no notifications, nothing overdue).
 * Document dates stay in the situation summary beside the codes the registry keeps.
 */
import type { TAttendeeInput, TDirectiveInput, TScheduleMeetingInput } from "@/server/meetings/schemas";
import type { TConfirmImport } from "./schemas";

export interface OrganizationRef {
  id: string;
  name: string;
  shortName: string;
  kind: string;
}

const ROLE = { CO_CHAIR: "CO_CHAIR", REPORTER: "REPORTER", SPEAKER: "SPEAKER", ATTENDEE: "ATTENDEE" } as const;

const bulletList = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");

/** The lead organization of a directive: a body named in it, else the Front (MTTQ), else the first invited. */
export function leadOrganization(
  text: string,
  organizations: readonly OrganizationRef[],
  invited: readonly string[],
): string | null {
  const low = text.toLowerCase();
  const named = organizations.find(
    (o) => (o.shortName && low.includes(o.shortName.toLowerCase())) || low.includes(o.name.toLowerCase()),
  );
  if (named) return named.id;
  const front = organizations.find((o) => o.kind === "MTTQ" && (invited.length === 0 || invited.includes(o.id)));
  return front?.id ?? invited[0] ?? organizations[0]?.id ?? null;
}

/** `today` is the Vietnam calendar day (yyyy-mm-dd): a meeting on or before it was held, so it is archived. */
export function toScheduleInput(d: TConfirmImport, today: string): TScheduleMeetingInput {
  const invited = [
    ...new Set([...d.representedOrganizationIds, ...d.attendees.flatMap((a) => (a.organizationId ? [a.organizationId] : []))]),
  ];
  return {
    unitId: d.unitId,
    periodId: d.periodId,
    kind: d.kind,
    title: d.title,
    // The report gives the day, rarely the hour: the day is stored as a day.
    datePrecision: "DATE",
    startsAt: d.date,
    isArchive: d.date !== "" && d.date <= today,
    resultsText: bulletList(d.results),
    shortcomingsText: bulletList(d.shortcomings),
    place: d.place,
    chairPersonId: d.chairPersonId,
    invitedOrganizationIds: invited,
    reportDeadline: "",
  };
}

export function toAttendees(
  d: TConfirmImport,
  chair: { personId: string | null; name: string; position: string } | null,
): TAttendeeInput[] {
  const rows: TAttendeeInput[] = [];
  if (chair && chair.name)
    rows.push({ personId: chair.personId, fullName: chair.name, position: chair.position, organizationId: null, role: "CHAIR" });
  for (const a of d.attendees)
    rows.push({
      personId: a.personId,
      fullName: a.name,
      position: a.position,
      organizationId: a.organizationId,
      role: ROLE[a.role],
    });
  for (const body of d.represented)
    rows.push({
      personId: null,
      kind: "DELEGATION",
      fullName: body,
      position: "",
      organizationId: null,
      role: "ATTENDEE",
      headCount: 1,
    });
  return rows;
}

export function toDirectives(d: TConfirmImport, organizations: readonly OrganizationRef[]): TDirectiveInput[] {
  const invited = toScheduleInput(d, "").invitedOrganizationIds ?? [];
  return d.directives.flatMap((content) => {
    const lead = leadOrganization(content, organizations, invited);
    return lead ? [{ content, dueDate: "", leadOrganizationIds: [lead], supportOrganizationIds: [] }] : [];
  });
}

/** The minutes: the cited documents with their dates; the conclusion, one task a line. */
export function toMinutes(d: TConfirmImport): { situationSummary: string; conclusionText: string } {
  const parts: string[] = [];
  if (d.documents.length)
    parts.push(
      [
        "Văn bản được trích dẫn:",
        ...d.documents.map((doc) => `- ${doc.code}${doc.date ? ` ngày ${doc.date.split("-").reverse().join("/")}` : ""}`),
      ].join("\n"),
    );
  return { situationSummary: parts.join("\n\n"), conclusionText: d.directives.map((t) => `- ${t}`).join("\n") };
}
