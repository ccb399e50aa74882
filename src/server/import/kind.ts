/** Kind: "trực báo" is a BRIEFING, "giao ban" a LIAISON; the title decides, then the first mention. */
import type { MeetingKind, Span } from "./types";

export function findKind(title: string | null, titleSpan: Span | null, body: string): { kind: MeetingKind; span: Span } | null {
  const pick = (s: string): MeetingKind | null => {
    const m = /trực báo|giao ban/i.exec(s);
    return m ? (m[0].toLowerCase() === "trực báo" ? "BRIEFING" : "LIAISON") : null;
  };
  if (title && titleSpan) {
    const k = pick(title);
    if (k) return { kind: k, span: titleSpan };
  }
  const m = /trực báo|giao ban/i.exec(body);
  if (!m) return null;
  return {
    kind: m[0].toLowerCase() === "trực báo" ? "BRIEFING" : "LIAISON",
    span: { start: m.index, end: m.index + m[0].length },
  };
}
