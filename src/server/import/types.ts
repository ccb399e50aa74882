/**
 * The shape the importer returns (../shared/import/SCHEMA.md) plus source spans.
 * Every span is a pair of offsets into `ExtractedMeeting.source`, the normalised text.
 */
export interface Span {
  start: number;
  end: number;
}

export type UnitLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
export type MeetingKind = "LIAISON" | "BRIEFING";
export type PeriodType = "MONTH" | "QUARTER" | "HALF_YEAR" | "NINE_MONTHS" | "YEAR";
export type AttendeeRole = "CO_CHAIR" | "REPORTER" | "SPEAKER" | "ATTENDEE";
export type OrganizationKind =
  | "MTTQ"
  | "VETERANS"
  | "YOUTH_UNION"
  | "WOMEN_UNION"
  | "FARMERS_UNION"
  | "LABOR_FEDERATION"
  | "MASS_MOBILIZATION_BOARD"
  | "PARTY_OFFICE"
  | "PEOPLES_COMMITTEE"
  | "PEOPLES_COUNCIL"
  | "OTHER";
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

export interface ExtractedPeriod {
  type: PeriodType;
  index: number | null;
  year: number;
  label: string;
  span: Span;
}

export interface ExtractedPerson {
  name: string | null;
  position: string | null;
  span: Span;
}

export interface ExtractedAttendee extends ExtractedPerson {
  name: string;
  organizationKind: OrganizationKind;
  role: AttendeeRole;
}

export interface ExtractedDocument {
  code: string;
  type: string;
  issuer: string;
  number: number;
  year: number | null;
  date: string | null;
  span: Span;
}

export interface TextItem {
  text: string;
  span: Span;
}

export interface ExtractedMeeting {
  title: string | null;
  titleSpan: Span | null;
  unit: { name: string | null; level: UnitLevel | null; span: Span | null } | null;
  kind: MeetingKind | null;
  kindSpan: Span | null;
  period: ExtractedPeriod | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSpan: Span | null;
  place: TextItem | null;
  chair: ExtractedPerson | null;
  attendees: ExtractedAttendee[];
  organizationsRepresented: string[];
  organizationSpans: Span[];
  documents: ExtractedDocument[];
  results: TextItem[];
  shortcomings: string[];
  shortcomingSpans: Span[];
  directives: string[];
  directiveSpans: Span[];
  /** The normalised text every span points into. */
  source: string;
  /** Offsets of lines dropped as page noise (bylines, navigation, captions, counters). */
  noise: Span[];
}
