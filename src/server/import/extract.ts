/**
 * The importer: text in, draft meeting out. Pure and deterministic (no network, no model):
 * normalise, drop page noise, then one rule family per field (see docs/decisions/0024).
 */
import { findMeetingDate } from "./date";
import { findDirectives, findResults, findShortcomings } from "./directives";
import { findDocuments } from "./documents";
import { findKind } from "./kind";
import { stripNoise } from "./noise";
import { normalizeText } from "./normalize";
import { findRepresented } from "./organizations";
import { findPeople } from "./people";
import { findPeriod } from "./period";
import { findPlace } from "./place";
import { findTitle } from "./title";
import type { ExtractedMeeting } from "./types";
import { findUnit } from "./unit";

/** Longest text the rules read; longer input is refused before extraction (see readers). */
export const MAX_TEXT_CHARS = 200_000;

export function extractMeeting(input: string): ExtractedMeeting {
  const source = normalizeText(input.slice(0, MAX_TEXT_CHARS));
  const cleaned = stripNoise(source);
  const { body, headline } = cleaned;

  const title = findTitle(source, body, headline);
  const kind = findKind(title?.title ?? null, title?.span ?? null, body);
  const periodFirst = findPeriod(title?.title ?? null, title?.span ?? null, body, null, headline);
  const hint = periodFirst
    ? {
        year: periodFirst.year,
        startMonth:
          periodFirst.type === "QUARTER"
            ? (periodFirst.index! - 1) * 3 + 1
            : periodFirst.type === "MONTH"
              ? periodFirst.index!
              : 1,
      }
    : null;
  const date = findMeetingDate(body, cleaned.stamp, hint);
  const period = periodFirst ?? findPeriod(title?.title ?? null, title?.span ?? null, body, date, headline);
  const people = findPeople(body);
  const unit = findUnit(
    source,
    body,
    people.chair?.position ?? null,
    date?.year ?? period?.year ?? null,
    people.mentions.flatMap((m) => (m.name ? [m.name] : [])),
  );
  const represented = findRepresented(
    body,
    title ? { text: title.title, span: title.span } : null,
    cleaned.captions,
    new Set(people.attendees.map((a) => a.organizationKind)),
  );
  const documents = findDocuments(body);
  const directives = findDirectives(
    body,
    people.chair,
    people.attendees.map((a) => a.name),
  );
  const shortcomings = findShortcomings(body, directives.start);
  const skip = [people.chair?.span, ...shortcomings.map((s) => s.span)].filter((s): s is NonNullable<typeof s> => !!s);
  const results = findResults(body, directives.start, skip);

  return {
    title: title?.title ?? null,
    titleSpan: title?.span ?? null,
    unit,
    kind: kind?.kind ?? null,
    kindSpan: kind?.span ?? null,
    period,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateSpan: date?.span ?? null,
    place: findPlace(body),
    chair: people.chair,
    attendees: people.attendees,
    organizationsRepresented: represented.names,
    organizationSpans: represented.spans,
    documents,
    results,
    shortcomings: shortcomings.map((s) => s.text),
    shortcomingSpans: shortcomings.map((s) => s.span),
    directives: directives.items.map((d) => d.text),
    directiveSpans: directives.items.map((d) => d.span),
    source,
    noise: cleaned.noise,
  };
}

/** Whether the text reads as a meeting report at all (an English text, a recipe: no). */
export function looksLikeMeeting(m: ExtractedMeeting): boolean {
  const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(m.source);
  return (
    vietnamese && (m.kind !== null || /hội nghị|cuộc họp|phiên họp/iu.test(m.source)) && (m.chair !== null || m.title !== null)
  );
}

/** The SCHEMA.md shape (../shared/import/SCHEMA.md) with spans and unscored fields as extras. */
export function toSchemaJson(m: ExtractedMeeting) {
  return {
    title: m.title,
    unit: m.unit ? { name: m.unit.name, level: m.unit.level } : null,
    kind: m.kind,
    period: m.period ? { type: m.period.type, index: m.period.index, year: m.period.year, label: m.period.label } : null,
    date: m.date,
    datePrecision: m.datePrecision,
    place: m.place?.text ?? null,
    chair: m.chair ? { name: m.chair.name, position: m.chair.position } : null,
    attendees: m.attendees.map((a) => ({
      name: a.name,
      position: a.position,
      organizationKind: a.organizationKind,
      role: a.role,
    })),
    organizationsRepresented: m.organizationsRepresented,
    documents: m.documents.map((d) => ({ code: d.code, type: d.type, issuer: d.issuer, number: d.number, date: d.date })),
    results: m.results.map((r) => r.text),
    shortcomings: m.shortcomings,
    directives: m.directives,
    spans: {
      title: m.titleSpan,
      unit: m.unit?.span ?? null,
      kind: m.kindSpan,
      period: m.period?.span ?? null,
      date: m.dateSpan,
      place: m.place?.span ?? null,
      chair: m.chair?.span ?? null,
      attendees: m.attendees.map((a) => a.span),
      organizationsRepresented: m.organizationSpans,
      documents: m.documents.map((d) => d.span),
      results: m.results.map((r) => r.span),
      shortcomings: m.shortcomingSpans,
      directives: m.directiveSpans,
      noise: m.noise,
    },
  };
}
