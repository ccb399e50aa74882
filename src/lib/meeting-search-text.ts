/** The text a meeting is found by: title, chair, minutes and directives. */
export function meetingSearchText(parts: {
  title: string;
  chairName?: string | null;
  chairPosition?: string | null;
  place?: string | null;
  periodLabel?: string;
  situationSummary?: string;
  conclusionText?: string;
  remarks?: string[];
  directives?: string[];
}): string {
  return [
    parts.title,
    parts.periodLabel,
    parts.chairName,
    parts.chairPosition,
    parts.place,
    parts.situationSummary,
    parts.conclusionText,
    ...(parts.remarks ?? []),
    ...(parts.directives ?? []),
  ]
    .filter(Boolean)
    .join("\n")
    .normalize("NFC");
}
