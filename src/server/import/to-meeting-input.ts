/**
 * The one place that maps a reviewed import onto the portal's meeting use cases
 * (schedule-meeting, save-attendance, save-directives, update-minutes). Pure, so the integrator
 * can extend it when the meeting gains fields. Not stored yet (no field for them): the date's
 * precision, co-chair as a role (stored as an attendee whose position says "đồng chủ trì"),
 * document dates (the registry keeps codes only), the represented bodies without an organization
 * in the tree (kept in the situation summary), an archive status for past meetings (the meeting is
 * created as a DRAFT).
 */
import type { TAttendeeInput, TDirectiveInput, TScheduleMeetingInput } from "@/server/meetings/schemas";
import type { TConfirmImport } from "./schemas";

export interface OrganizationRef {
  id: string;
  name: string;
  shortName: string;
  kind: string;
}

const ROLE = { CO_CHAIR: "ATTENDEE", REPORTER: "REPORTER", SPEAKER: "SPEAKER", ATTENDEE: "ATTENDEE" } as const;

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

export function toScheduleInput(d: TConfirmImport): TScheduleMeetingInput {
  const invited = [
    ...new Set([...d.representedOrganizationIds, ...d.attendees.flatMap((a) => (a.organizationId ? [a.organizationId] : []))]),
  ];
  return {
    unitId: d.unitId,
    periodId: d.periodId,
    kind: d.kind,
    title: d.title,
    // The report gives the day, rarely the hour: 08:00 stands for "that day" until the meeting stores a date precision.
    startsAt: d.date ? `${d.date}T08:00` : "",
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
  for (const a of d.attendees) {
    const position = a.role === "CO_CHAIR" ? [a.position, "đồng chủ trì"].filter(Boolean).join(", ") : a.position;
    rows.push({ personId: a.personId, fullName: a.name, position, organizationId: a.organizationId, role: ROLE[a.role] });
  }
  return rows;
}

export function toDirectives(d: TConfirmImport, organizations: readonly OrganizationRef[]): TDirectiveInput[] {
  const invited = toScheduleInput(d).invitedOrganizationIds ?? [];
  return d.directives.flatMap((content) => {
    const lead = leadOrganization(content, organizations, invited);
    return lead ? [{ content, dueDate: "", leadOrganizationIds: [lead], supportOrganizationIds: [] }] : [];
  });
}

/** The minutes: results, shortcomings, represented bodies and cited documents; the conclusion, one task a line. */
export function toMinutes(d: TConfirmImport): { situationSummary: string; conclusionText: string } {
  const parts: string[] = [];
  if (d.results.length) parts.push(["Kết quả:", ...d.results.map((r) => `- ${r}`)].join("\n"));
  if (d.shortcomings.length) parts.push(["Tồn tại, hạn chế:", ...d.shortcomings.map((r) => `- ${r}`)].join("\n"));
  if (d.represented.length) parts.push(["Đại diện lãnh đạo:", ...d.represented.map((r) => `- ${r}`)].join("\n"));
  if (d.documents.length)
    parts.push(
      [
        "Văn bản được trích dẫn:",
        ...d.documents.map((doc) => `- ${doc.code}${doc.date ? ` ngày ${doc.date.split("-").reverse().join("/")}` : ""}`),
      ].join("\n"),
    );
  return { situationSummary: parts.join("\n\n"), conclusionText: d.directives.map((t) => `- ${t}`).join("\n") };
}
