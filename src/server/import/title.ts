/**
 * The meeting's title: the name the report gives the meeting ("Hội nghị giao ban quý I/2020 với …").
 * A headline that is itself such a name wins; otherwise the first "Hội nghị giao ban/trực báo …"
 * phrase of the body, cut at the clause end; otherwise the headline.
 */
import type { Line } from "./text";
import type { Span } from "./types";

const MEETING = /(Hội nghị|hội nghị|Cuộc họp|cuộc họp|Phiên họp|phiên họp|Buổi|buổi)\s(?:[^.;\n]{0,40}?)(giao ban|trực báo)/u;
const HEADLINE = /^(Hội nghị|Cuộc họp|Phiên họp|Giao ban|Trực báo)\s/u;
const CUT =
  /(;|\.(?=\s|$)|\n|,\s(?:đồng chí|dưới sự|do đồng chí|với sự tham dự)|\s(?:dưới sự chủ trì|do đồng chí|với sự tham dự|có sự tham dự)|\s-\s(?:Ảnh|ảnh))/u;

export function findTitle(text: string, body: string, headline: Line | null): { title: string; span: Span } | null {
  if (headline && HEADLINE.test(headline.text) && /hội nghị/i.test(headline.text) && /giao ban|trực báo/i.test(headline.text))
    return { title: headline.text, span: { start: headline.start, end: headline.end } };
  const m = MEETING.exec(body);
  if (m) {
    const start = m.index;
    const rest = body.slice(start, start + 400);
    const cut = CUT.exec(rest);
    let end = start + (cut ? cut.index : rest.length);
    while (end > start && /[\s,:]/.test(body[end - 1]!)) end--;
    let title = text.slice(start, end);
    title = title.charAt(0).toUpperCase() + title.slice(1);
    return { title, span: { start, end } };
  }
  if (headline) return { title: headline.text, span: { start: headline.start, end: headline.end } };
  return null;
}
