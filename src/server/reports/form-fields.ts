/**
 * The report form's fields, as the page writes them and the action and the form's own check read them: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
export const REPORT_SECTIONS = ["achievements", "shortcomings", "nextTasks"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const INDICATOR_FIELD = "indicator.";
/** At most three digits: a crafted "rec.999999999" must not make a sparse array of that length. */
const RECOMMENDATION_FIELD = /^rec\.(\d{1,3})\.(content|addressedTo)$/;

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
