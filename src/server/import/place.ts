/** The place: "tại Hội trường …", "tại trụ sở …", "tại phòng họp …" (not scored; shown for review). */
import type { TextItem } from "./types";

const PLACE =
  /(?<!\p{L})tại\s((?:hội trường|trụ sở|phòng họp|nhà văn hóa|trung tâm hội nghị|văn phòng|điểm cầu)[^,.;\n]{0,80})/iu;

export function findPlace(body: string): TextItem | null {
  const m = PLACE.exec(body);
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const text = m[1]!.trim();
  return { text: text.charAt(0).toUpperCase() + text.slice(1), span: { start, end: start + text.length } };
}
