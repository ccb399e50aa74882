/**
 * The report form's fields, as the page writes them and the action and the form's own check read them: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
export const REPORT_SECTIONS = ["achievements", "shortcomings", "nextTasks"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const INDICATOR_FIELD = "indicator.";
/** At most three digits: a crafted "rec.999999999" must not make a sparse array of that length. */
const RECOMMENDATION_FIELD = /^rec\.(\d{1,3})\.(content|addressedTo)$/;

/** The form field of one indicator's figure: `indicator.<id>`. */
export const indicatorField = (indicatorId: string) => `${INDICATOR_FIELD}${indicatorId}`;

/** The form field of one part of the n-th recommendation row: `rec.<n>.content` / `rec.<n>.addressedTo`. */
export const recommendationField = (index: number, part: "content" | "addressedTo") => `rec.${index}.${part}`;

/**
 * A stored report as the form's values (the inverse of reportFormInput): the sections, each
 * figure as `formatValue` writes it, and the recommendation rows still open.
 */
export function reportFormValues(
  report: Record<ReportSection, string> & {
    indicatorValues: Record<string, string>;
    recommendations: readonly { content: string; addressedTo: string }[];
  },
  formatValue: (value: string) => string,
): Record<string, string> {
  const values: Record<string, string> = {
    achievements: report.achievements,
    shortcomings: report.shortcomings,
    nextTasks: report.nextTasks,
  };
  for (const [indicatorId, value] of Object.entries(report.indicatorValues))
    values[indicatorField(indicatorId)] = formatValue(value);
  report.recommendations.forEach((item, index) => {
    values[recommendationField(index, "content")] = item.content;
    values[recommendationField(index, "addressedTo")] = item.addressedTo;
  });
  return values;
}

/**
 * The report form's fields (sections, `indicator.<id>`, `rec.<n>.content` / `rec.<n>.addressedTo`)
 * as ZReportFormSchema's input: read the same way by the action and by the form's own check.
 */
export function reportFormInput(entries: Iterable<[string, string]>) {
  const fields: Record<string, string> = {};
  const indicators: Record<string, string> = {};
  const recommendations: { content: string; addressedTo: string }[] = [];
  for (const [key, value] of entries) {
    fields[key] ??= value;
    if (key.startsWith(INDICATOR_FIELD)) indicators[key.slice(INDICATOR_FIELD.length)] = value;
    const rec = RECOMMENDATION_FIELD.exec(key);
    if (rec) {
      const index = Number(rec[1]);
      recommendations[index] ??= { content: "", addressedTo: "" };
      recommendations[index][rec[2] as "content" | "addressedTo"] = value;
    }
  }
  return {
    reportId: fields.reportId ?? "",
    version: fields.version || "0",
    achievements: fields.achievements ?? "",
    shortcomings: fields.shortcomings ?? "",
    nextTasks: fields.nextTasks ?? "",
    intent: fields.intent,
    indicators,
    recommendations: recommendations.filter(Boolean),
  };
}

/** The schema path a report form field's message is under ("indicator.x" → "indicators.x"). */
export function reportFieldPath(name: string): string {
  if (name.startsWith(INDICATOR_FIELD)) return `indicators.${name.slice(INDICATOR_FIELD.length)}`;
  const rec = RECOMMENDATION_FIELD.exec(name);
  return rec ? `recommendations.${rec[1]}.${rec[2]}` : name;
}
