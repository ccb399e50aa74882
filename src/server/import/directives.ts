/**
 * The chair's conclusion split into tasks. The conclusion starts at the first sentence where the
 * chair (named, "đồng chí …", or by post) "đề nghị / yêu cầu / nhấn mạnh / chỉ đạo / lưu ý" or
 * "kết luận"; from there to the end of the report every sentence is a task, split at ";" and at
 * list marks, without its opening connective ("Đồng thời,", "Bên cạnh đó,"), its addressing words
 * ("… đồng chí Bí thư đề nghị") and without headers ("một số nhiệm vụ trọng tâm sau:") and
 * praise ("ghi nhận, đánh giá cao …").
 */
import { cleanItem, sentences, type Line } from "./text";
import type { Span, TextItem } from "./types";

const TRIGGER =
  /(?<!\p{L})(đề nghị|yêu cầu|nhấn mạnh|chỉ đạo|lưu ý|giao nhiệm vụ|chỉ rõ|quán triệt|đề ra|kết luận(?!\s{1,2}(?:số|\d)))(?!\p{L})/giu;
const ASK = /(?<!\p{L})(đề nghị|yêu cầu|nhấn mạnh|chỉ đạo|lưu ý|giao nhiệm vụ|chỉ rõ)(?!\p{L})/iu;
const CHAIR_REF = /(đồng chí|đ\/c|bí thư|chủ tịch|trưởng ban|kết luận|thường trực)/iu;
const HEADER = /(một số|các|những|\d+)\s(nhiệm vụ|nội dung|giải pháp|vấn đề|công việc|nhóm nhiệm vụ|yêu cầu)([^:;]{0,120})$/iu;
const PRAISE = /(ghi nhận|đánh giá cao|biểu dương|hoan nghênh|khen ngợi|cảm ơn|đã đạt được|đã khẳng định)/iu;
const ACTION =
  /(đề nghị|yêu cầu|cần|phải|tiếp tục|tập trung|tăng cường|triển khai|chú trọng|quan tâm|đẩy mạnh|nâng cao|thực hiện|chủ động|phối hợp|xây dựng|giao )/iu;
const IMPERATIVE = /(?<!\p{L})(cần|phải|đề nghị|yêu cầu|tiếp tục|tập trung|tăng cường|đẩy mạnh|giao|khẩn trương)(?!\p{L})/iu;
/** "Tuy nhiên, … còn chậm": a shortcoming, wherever it stands. */
export const SHORTCOMING_LEAD =
  /^(tuy nhiên|bên cạnh (đó|những kết quả[^,]{0,40})|song|mặt khác|hạn chế là|tồn tại là)\s?,?\s*/iu;
const SHORTCOMING_WORDS = /(còn|chưa|hạn chế|tồn tại|khó khăn|bất cập|yếu|chậm|thấp)/iu;
const SKIP = /^(dịp này|nhân dịp|hội nghị (đã|cũng|kết thúc)|kết thúc hội nghị|tại hội nghị, (các|nhiều) đại biểu)/iu;
const LEAD =
  /^(?:đồng thời\s*,?\s*|(?:bên cạnh đó|trong đó|đặc biệt|ngoài ra|cụ thể|mặt khác|song song đó|cùng với đó|trước mắt|thời gian tới|trong thời gian tới|thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám)|(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|tại hội nghị|phát huy (những )?kết quả (đã )?đạt được[^,]{0,40})\s?,\s*)/iu;

const PROPER_HEAD =
  /^(\p{Lu}{2,}|Mặt trận|Ủy ban|Hội|Đoàn|Ban|Văn phòng|Sở|Phòng|Thường trực|Tỉnh|Thành|Huyện|Đảng|Công an|Quân sự|Trung tâm|Liên đoàn)(?!\p{Ll})/u;

/** "Tuyên truyền …" → "tuyên truyền …"; a body's name ("UBND Thành phố", "Mặt trận …") keeps its capital. */
function lowerFirst(s: string): string {
  return PROPER_HEAD.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function splitTasks(text: string, offset: number): TextItem[] {
  const out: TextItem[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let piece = text.slice(s, end);
    // Drop the opening connectives, possibly several ("Đồng thời, với chức năng …,").
    for (let guard = 0; guard < 3; guard++) {
      const lead = LEAD.exec(piece.trimStart());
      if (!lead) break;
      const skip = piece.length - piece.trimStart().length + lead[0].length;
      piece = piece.slice(skip);
      s += skip;
    }
    const cleaned = cleanItem(piece);
    if (cleaned.split(/\s+/).length >= 3) {
      const lead = piece.indexOf(cleaned.slice(0, 10));
      const a = offset + s + Math.max(0, lead);
      out.push({ text: lowerFirst(cleaned), span: { start: a, end: a + cleaned.length } });
    }
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') depth = depth ? 0 : 1;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (!depth && (c === ";" || (c === "\n" && /^\s*([-+•*]|\d{1,2}[.)]|[a-zđ][.)])\s/u.test(text.slice(i + 1, i + 6)))))
      push(i);
  }
  push(text.length);
  return out;
}

export interface Speaker {
  name: string | null;
  position: string | null;
}

/** Whether the words before an "đề nghị" name the chair (by name, by one of the posts, or as the one concluding). */
function byChair(before: string, chair: Speaker | null, others: readonly string[]): boolean {
  const low = before.toLowerCase();
  if (others.some((n) => low.includes(n.toLowerCase()))) return false;
  if (/kết luận/i.test(before)) return true;
  if (!chair) return CHAIR_REF.test(before);
  if (chair.name && low.includes(chair.name.toLowerCase())) return true;
  const posts = (chair.position ?? "")
    .split(/,\s*/)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 3);
  if (posts.some((p) => low.includes(p))) return true;
  return /(đồng chí|đ\/c)(\s+(cũng|đã|còn|tiếp tục|đặc biệt|thì))*\s*$/i.test(before.trim());
}

/** The conclusion's sentence, or -1. */
function conclusionStart(all: Line[], chair: Speaker | null, others: readonly string[]): number {
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!.text;
    TRIGGER.lastIndex = 0;
    const m = TRIGGER.exec(s);
    if (!m) continue;
    if (m[0].toLowerCase() !== "kết luận" && !byChair(s.slice(0, m.index), chair, others)) continue;
    if (/kiến nghị|đề xuất/i.test(s.slice(0, m.index)) && !ASK.test(s)) continue;
    return i;
  }
  return -1;
}

export function findDirectives(
  body: string,
  chair: Speaker | null = null,
  others: readonly string[] = [],
): { items: TextItem[]; start: number } {
  const all = sentences(body);
  const first = conclusionStart(all, chair, others);
  if (first < 0) return { items: [], start: -1 };
  const items: TextItem[] = [];
  for (let i = first; i < all.length; i++) {
    const sentence = all[i]!;
    let text = sentence.text;
    let from = sentence.start;
    if (SKIP.test(text)) continue;
    if (SHORTCOMING_LEAD.test(text) && SHORTCOMING_WORDS.test(text) && !ASK.test(text)) continue;
    // A heading ("2. Nhiệm vụ thời gian tới:") is not a task.
    if (/:$/.test(text.trim()) && text.split(/\s+/).length < 12 && !ASK.test(text)) continue;
    // An assessment of what was done ("… đã đạt được …") without anything asked is not a task.
    if (i > first && /(?<!\p{L})đã(?!\p{L})/u.test(text) && !IMPERATIVE.test(text)) continue;
    // Addressing words: keep what the chair asks for.
    const colon = text.indexOf(":");
    let ask: RegExpExecArray | null = null;
    const re = new RegExp(ASK.source, "giu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (byChair(text.slice(0, m.index), chair, others) || i === first) ask = m;
    if (colon >= 0 && (!ask || colon > ask.index)) {
      const head = text.slice(0, colon);
      if (HEADER.test(head) || ask || /sau$/i.test(head.trim())) {
        from += colon + 1;
        text = text.slice(colon + 1);
      }
    } else if (ask) {
      const rest = text.slice(ask.index + ask[0].length);
      if (HEADER.test(rest.replace(/[.…]+$/, ""))) continue;
      from += ask.index + ask[0].length;
      text = rest;
    } else if (i === first) {
      // "Kết luận hội nghị, đồng chí … đánh giá cao …": a start marker, not a task.
      if (PRAISE.test(text) || !ACTION.test(text)) continue;
    }
    if (PRAISE.test(text) && !ACTION.test(text.replace(PRAISE, ""))) continue;
    if (HEADER.test(text.trim().replace(/[.…:]+$/, ""))) continue;
    items.push(...splitTasks(text, from));
  }
  return { items, start: all[first]!.start };
}

/** Sentences before the conclusion that name a shortcoming ("Tuy nhiên, … còn hạn chế"). */
export function findShortcomings(body: string, until: number): TextItem[] {
  void until;
  const out: TextItem[] = [];
  const all = sentences(body);
  for (const s of all) {
    const text = s.text;
    const listed = /(tồn tại|hạn chế|khó khăn|bất cập|yếu kém|vướng mắc)[^:]{0,60}:\s*/iu.exec(text);
    if (listed && /(còn|vẫn|một số|những)/iu.test(text.slice(0, listed.index + listed[0].length))) {
      out.push(...splitTasks(text.slice(listed.index + listed[0].length), s.start + listed.index + listed[0].length));
      continue;
    }
    const lead = SHORTCOMING_LEAD.exec(text);
    if (lead && SHORTCOMING_WORDS.test(text) && !ASK.test(text))
      out.push(...splitTasks(text.slice(lead[0].length), s.start + lead[0].length));
  }
  return out;
}

/** Sentences reporting what was achieved, before the conclusion (not scored; shown for review). */
export function findResults(body: string, until: number, skip: Span[]): TextItem[] {
  const out: TextItem[] = [];
  for (const s of sentences(body, 0, until < 0 ? body.length : until)) {
    if (skip.some((k) => k.start < s.end && s.start < k.end)) continue;
    if (
      /(đã|đạt|kết quả|hoàn thành|tích cực|hiệu quả)/iu.test(s.text) &&
      s.text.split(/\s+/).length >= 8 &&
      !/(chủ trì|tham dự|tồn tại|hạn chế)/iu.test(s.text)
    )
      out.push({ text: cleanItem(s.text), span: { start: s.start, end: s.end } });
  }
  return out;
}
