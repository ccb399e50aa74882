/**
 * Bodies present only through unnamed leaders: "đại diện lãnh đạo các ban, Ủy ban Kiểm tra, Văn
 * phòng Thành ủy", "có sự tham dự của lãnh đạo UBMTTQVN và các đoàn thể … Thành phố", "Lãnh đạo
 * Hội Cựu chiến binh tỉnh phát biểu" (a caption may carry it), and the bodies a meeting is held
 * "với" ("giao ban … với Mặt trận Tổ quốc và các đoàn thể … tỉnh"). A list is split at commas and
 * "và"; the committee or level word closing the list ("… Thành ủy", "… tỉnh") is given to the
 * items written without one.
 */
import { ORG_WORDS } from "./posts";
import { isUpperStart, tokens, type Line, type Token } from "./text";
import type { Span } from "./types";

const CUE =
  /(?<!\p{L})(đại diện lãnh đạo|lãnh đạo|đại diện)\s(?=(các\s)?\p{Lu}|các\s(ban|sở|ngành|cơ quan|đơn vị|đoàn thể|hội|tổ chức|phòng|địa phương|xã|phường|huyện))/gu;
const WITH = /(giao ban|trực báo)[^.;\n]{0,60}?\svới\s/giu;
const SUFFIX =
  /\s(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|tỉnh|Tỉnh|huyện|Huyện|thành phố|Thành phố|quận|Quận|thị xã|Thị xã|xã|Xã|phường|Phường|thị trấn|cấp tỉnh|cấp huyện|cấp xã)$/u;
const NOT_ORG = /^(với|các đồng chí|đồng chí|cán bộ|hội viên|đoàn viên|nhân dân)/i;
const ORG_HEAD =
  /^(các\s|Ủy ban|UB|Mặt trận|MTTQ|UBMTTQ|Hội|Đoàn|Liên đoàn|LĐLĐ|Ban|Văn phòng|Trung tâm|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Sở|Phòng|Báo|Đài|Trường|Công an|Bộ Chỉ huy|Quân sự|Cơ quan|Đảng ủy|Đảng đoàn|UBND|HĐND|Thường trực|Viện|Kho bạc|Ngân hàng|Chi nhánh|Cục|Chi cục|Tòa án|Viện kiểm sát|Thanh tra|Bảo hiểm|Hội đồng|Mặt|Đảng)/u;

function acceptedInOrg(ts: Token[], k: number): boolean {
  const t = ts[k]!;
  const w = t.w.toLowerCase();
  if (w === "-" || w === "và" || w === "các") return true;
  if (w === "hội" && ts[k + 1]?.w.toLowerCase() === "nghị") return false;
  if (isUpperStart(t.w)) return true;
  return ORG_WORDS.has(w) || w === "ngành" || w === "sở" || w === "đơn" || w === "vị" || w === "thể";
}

/** Reads a list of bodies from token k; returns the items with spans. */
function readList(text: string, ts: Token[], k: number): { text: string; span: Span }[] {
  let j = k;
  while (j < ts.length && acceptedInOrg(ts, j)) {
    const t = ts[j]!;
    if (/[.;:!?)]/.test(t.after)) {
      j++;
      break;
    }
    j++;
  }
  // Split at "," and "và" (but not the "và" of "chính trị - xã hội" lists such as "Mặt trận và các đoàn thể").
  const items: { start: number; end: number }[] = [];
  let start = k;
  for (let i = k; i < j; i++) {
    const t = ts[i]!;
    if (t.w === "và" && i > start) {
      items.push({ start, end: i });
      start = i + 1;
    } else if (t.after.includes(",") || i === j - 1) {
      items.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  const out = items
    .filter((it) => it.end > it.start)
    .map((it) => {
      let end = it.end;
      while (end > it.start && /^(-|các|và)$/.test(ts[end - 1]!.w)) end--;
      const span = { start: ts[it.start]!.start, end: ts[end - 1]!.end };
      return { text: text.slice(span.start, span.end).replace(/[,;.]$/, ""), span };
    })
    .filter((it) => it.text && ORG_HEAD.test(it.text) && !NOT_ORG.test(it.text));
  // An item without its committee takes the one of the next item that has it.
  for (let i = out.length - 1; i >= 0; i--) {
    if (SUFFIX.test(out[i]!.text)) continue;
    const next = out
      .slice(i + 1)
      .map((it) => SUFFIX.exec(it.text)?.[1])
      .find(Boolean);
    if (next) out[i]!.text = `${out[i]!.text} ${next}`;
  }
  return out;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function findRepresented(
  body: string,
  title: { text: string; span: Span } | null,
  captions: Line[],
  namedKinds: Set<string>,
): { names: string[]; spans: Span[] } {
  const found: { text: string; span: Span }[] = [];
  const scan = (text: string, re: RegExp, offset: number) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const from = offset + m.index + m[0].length;
      const ts = tokens(text, m.index + m[0].length, Math.min(text.length, m.index + m[0].length + 300));
      const list = readList(text, ts, 0).map((it) => ({
        text: it.text,
        span: { start: it.span.start - 0 + offset, end: it.span.end + offset },
      }));
      void from;
      found.push(...list);
    }
  };
  scan(body, CUE, 0);
  if (title) scan(title.text, WITH, title.span.start);
  for (const c of captions) scan(c.text, /(?<!\p{L})(Đại diện lãnh đạo|Lãnh đạo|Đại diện)\s(?=\p{Lu})/gu, c.start);
  const names: string[] = [];
  const spans: Span[] = [];
  void namedKinds;
  for (const f of found) {
    const k = key(f.text);
    const same = names.findIndex((n) => key(n).includes(k) || k.includes(key(n)));
    if (same >= 0) {
      if (k.length > key(names[same]!).length) {
        names[same] = f.text;
        spans[same] = f.span;
      }
      continue;
    }
    names.push(f.text);
    spans.push(f.span);
  }
  return { names, spans };
}
