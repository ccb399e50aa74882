/**
 * People: the chair (with every post), the other named participants with their posts, body kind
 * and role. A person appears as "đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy",
 * "đồng chí Phan Thiên Định - UVTV Tỉnh ủy, Bí thư Thành ủy", "Phó Bí thư Thường trực Tỉnh ủy
 * Phạm Minh Tấn" (post before the name), or only by the post ("đồng chí Phó Bí thư Thường trực
 * Tỉnh ủy chủ trì"). The role comes from the verb of the clause: chủ trì, đồng chủ trì, báo cáo,
 * phát biểu/tham luận, or dự/tham dự.
 */
import { canonicalPost, IS_POST, NOT_PEOPLE, ORG_WORDS, organizationKind, POST_HEADS, SURNAMES } from "./posts";
import { isUpperStart, sentences, tokens, type Line, type Token } from "./text";
import type { AttendeeRole, ExtractedAttendee, ExtractedPerson, Span } from "./types";

type Role = AttendeeRole | "CHAIR" | "CONCLUDER" | null;

export interface Mention {
  name: string | null;
  position: string | null;
  span: Span;
  role: Role;
  sentence: Line;
  /** Introduced as "đồng chí/ông/bà": a participant; a bare "post + name" may only be cited. */
  addressed?: boolean;
}

const lw = (t: Token | undefined) => (t ? t.w.toLowerCase() : "");
const STOP_CAPS = /^(Phó|Bí|Chủ|Trưởng|Ủy|Tỉnh|Thành|Huyện|UVTV|UVBTV|Thường|Giám|Chánh|Hội|Ban|Đảng)$/;
const closes = (t: Token) => /[.;:!?)]/.test(t.after);

function isVerbPair(ts: Token[], k: number): boolean {
  const a = lw(ts[k]);
  const b = lw(ts[k + 1]);
  return (a === "chủ" && b === "trì") || (a === "đồng" && (b === "chủ" || b === "chí")) || (a === "cùng" && b !== "");
}

function isAcronym(w: string): boolean {
  return /^[A-ZĐ]{2,}[A-ZĐa-z]*$/.test(w);
}

/** A person's name starting at k: 2–4 capitalised syllables starting with a family name (or any, when `trusted`). */
function nameAt(ts: Token[], k: number, trusted: boolean): number {
  const first = ts[k];
  if (!first || !isUpperStart(first.w) || isAcronym(first.w) || STOP_CAPS.test(first.w)) return 0;
  if (!trusted && !SURNAMES.has(first.w)) return 0;
  let n = 1;
  while (n < (trusted ? 5 : 4) && !first.after && k + n < ts.length) {
    const t = ts[k + n]!;
    if (!isUpperStart(t.w) || isAcronym(t.w) || STOP_CAPS.test(t.w) || /\d/.test(t.w)) break;
    n++;
    if (t.after) break;
  }
  if (n < 2) return 0;
  const name = ts
    .slice(k, k + n)
    .map((t) => t.w)
    .join(" ");
  if (NOT_PEOPLE.test(name)) return 0;
  if (!trusted) {
    const last = ts[k + n - 1]!;
    const next = ts[k + n];
    if (!last.after && next && !isUpperStart(next.w) && ORG_WORDS.has(lw(next)) && !isVerbPair(ts, k + n)) return 0;
  }
  return n;
}

function acceptedInPost(ts: Token[], k: number): boolean {
  const t = ts[k]!;
  if (isVerbPair(ts, k)) return false;
  if (t.w === "-" || t.w === "và") return true;
  if (lw(t) === "hội" && lw(ts[k + 1]) === "nghị") return false;
  if (isUpperStart(t.w) || isAcronym(t.w)) return true;
  return ORG_WORDS.has(lw(t));
}

/** Reads a post forward from k; returns the end index (exclusive). */
const MAX_POST_TOKENS = 30;

function postForward(ts: Token[], k: number): number {
  let j = k;
  while (j < ts.length && j - k < MAX_POST_TOKENS) {
    if (j > k && closes(ts[j - 1]!)) break;
    if (!acceptedInPost(ts, j)) break;
    if (j > k && ts[j - 1]!.after.includes(",") && !isUpperStart(ts[j]!.w) && !isAcronym(ts[j]!.w)) break;
    if (j > k && nameAt(ts, j, false)) break;
    j++;
  }
  while (j > k && /^(-|và|các|Hội)$/.test(ts[j - 1]!.w)) j--;
  return j;
}

/** Reads a post backward from k (exclusive); returns its start index, at a post head. */
function postBackward(ts: Token[], k: number): number {
  let j = k;
  while (j > 0 && k - j < MAX_POST_TOKENS) {
    const t = ts[j - 1]!;
    if (j < k && closes(t)) break;
    if (j === k && /[.;:!?]/.test(t.after)) break;
    if (!acceptedInPost(ts, j - 1)) break;
    j--;
  }
  while (
    j < k &&
    !POST_HEADS.test(
      ts
        .slice(j, k)
        .map((t) => t.w)
        .join(" "),
    )
  )
    j++;
  return j;
}

const text = (ts: Token[], a: number, b: number) =>
  ts
    .slice(a, b)
    .map((t, i, all) => t.w + (i < all.length - 1 ? t.after : ""))
    .join(" ")
    .replace(/ - /g, " - ");

function roleOf(sentence: string, before: string, after: string): Role {
  const clauseAfter = after.split(/[;.]/)[0]!;
  const clauseBefore = before.split(/[;.]/).pop()!;
  if (/dưới sự chủ trì của\s*(các )?(đồng chí|đ\/c|ông|bà)?\s*$/i.test(clauseBefore)) return "CHAIR";
  if (/đồng chủ trì[^,]{0,20}(có|là|gồm)?\s*(các )?(đồng chí|đ\/c|ông|bà)?:?\s*$/i.test(clauseBefore)) return "CO_CHAIR";
  if (/(^|[^g] )chủ trì[^,]{0,20}(có|là|gồm)\s*(các )?(đồng chí|đ\/c|ông|bà)?:?\s*$/i.test(clauseBefore)) return "CHAIR";
  if (/(báo cáo|trình bày)( của| do)?\s*(các )?(đồng chí|đ\/c|ông|bà)?\s*$/i.test(clauseBefore)) return "REPORTER";
  if (/(tham luận|phát biểu|ý kiến)( của)?\s*(các )?(đồng chí|đ\/c|ông|bà)?\s*$/i.test(clauseBefore)) return "SPEAKER";
  const verb =
    /(?<!\p{L})(đồng chủ trì|chủ trì|kết luận|báo cáo|trình bày|tham luận|phát biểu|ý kiến|trao đổi|thảo luận|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo|dự|tham dự)(?!\p{L})/iu.exec(
      clauseAfter,
    );
  void sentence;
  if (verb) {
    const v = verb[1]!.toLowerCase();
    if (v === "đồng chủ trì") return "CO_CHAIR";
    if (v === "chủ trì") return /chủ trì của\s*$/.test(clauseAfter.slice(0, verb.index + 20)) ? null : "CHAIR";
    if (v === "kết luận") return "CONCLUDER";
    if (v === "báo cáo" || v === "trình bày") return "REPORTER";
    if (v === "dự" || v === "tham dự") return "ATTENDEE";
    return "SPEAKER";
  }
  if (/(cùng dự|tham dự|dự hội nghị|đến dự|có mặt|cùng tham dự|có sự tham dự của)[^.;]{0,40}$/i.test(clauseBefore))
    return "ATTENDEE";
  return null;
}

/** Every mention of a person (named, or by post after "đồng chí") in the body. */
export function findMentions(body: string): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences(body)) {
    const ts = tokens(body, sentence.start, sentence.end);
    const used = new Set<number>();
    for (let k = 0; k < ts.length; k++) {
      if (used.has(k)) continue;
      let nameStart = -1;
      let nameLen = 0;
      let lead = k;
      const a = lw(ts[k]);
      if ((a === "đồng" && lw(ts[k + 1]) === "chí" && !ts[k]!.after) || a === "đ/c" || a === "ông" || a === "bà") {
        const j = a === "đồng" ? k + 2 : k + 1;
        if (lw(ts[j]) === "các") continue;
        const n = nameAt(ts, j, a === "đồng" || a === "đ/c");
        if (n) {
          nameStart = j;
          nameLen = n;
        } else if (a === "đồng" && ts[j] && POST_HEADS.test(text(ts, j, Math.min(ts.length, j + 3)))) {
          // Named only by the post: "đồng chí Phó Bí thư Thường trực Tỉnh ủy".
          const end = postForward(ts, j);
          if (end > j) {
            const position = canonicalPost(text(ts, j, end));
            const span = { start: ts[k]!.start, end: ts[end - 1]!.end };
            out.push({
              name: null,
              position,
              span,
              role: roleOf(
                sentence.text,
                body.slice(Math.max(sentence.start, ts[k]!.start - 200), ts[k]!.start),
                body.slice(ts[end - 1]!.end, Math.min(sentence.end, ts[end - 1]!.end + 200)),
              ),
              sentence,
            });
            for (let u = k; u < end; u++) used.add(u);
            k = end - 1;
          }
          continue;
        } else continue;
      } else {
        const n = nameAt(ts, k, false);
        if (!n) continue;
        nameStart = k;
        nameLen = n;
        lead = k;
      }
      const nameEnd = nameStart + nameLen;
      const name = text(ts, nameStart, nameEnd);
      let position: string | null = null;
      let spanStart = ts[lead]!.start;
      let spanEnd = ts[nameEnd - 1]!.end;
      const sep = ts[nameEnd - 1]!.after;
      if (
        sep.startsWith(",") ||
        sep.startsWith("(") ||
        ts[nameEnd]?.w === "-" ||
        (!sep && ts[nameEnd] && POST_HEADS.test(ts[nameEnd]!.w))
      ) {
        const from = ts[nameEnd]?.w === "-" ? nameEnd + 1 : nameEnd;
        if (ts[from] && POST_HEADS.test(text(ts, from, Math.min(ts.length, from + 3)))) {
          const end = postForward(ts, from);
          if (end > from) {
            position = text(ts, from, end);
            spanEnd = ts[end - 1]!.end;
            for (let u = from; u < end; u++) used.add(u);
          }
        }
      }
      if (!position && lead === nameStart) {
        const from = postBackward(ts, nameStart);
        if (from < nameStart) {
          position = text(ts, from, nameStart);
          spanStart = ts[from]!.start;
        }
      }
      if (lead === nameStart && (!position || !IS_POST.test(position))) continue;
      for (let u = lead; u < nameEnd; u++) used.add(u);
      const role = roleOf(
        sentence.text,
        body.slice(Math.max(sentence.start, spanStart - 200), spanStart),
        body.slice(spanEnd, Math.min(sentence.end, spanEnd + 200)),
      );
      out.push({
        name,
        position: position ? canonicalPost(position) : null,
        span: { start: spanStart, end: spanEnd },
        role,
        sentence,
        // "đồng chí X", or "X, <post>" (a list of participants): introduced; "<post> X" may be only cited.
        addressed: lead !== nameStart || spanStart === ts[nameStart]!.start,
      });
    }
  }
  return out;
}

const sameName = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.includes(y) || y.includes(x);
};

/** A post-only "chủ trì" with no "đồng chí": "Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị". */
function postOnlyChair(body: string): Mention | null {
  for (const sentence of sentences(body)) {
    const ts = tokens(body, sentence.start, sentence.end);
    for (let k = 1; k < ts.length; k++) {
      if (lw(ts[k]) !== "chủ" || lw(ts[k + 1]) !== "trì" || lw(ts[k - 1]) === "đồng") continue;
      const from = postBackward(ts, k);
      if (from >= k) continue;
      const position = canonicalPost(text(ts, from, k));
      if (!IS_POST.test(position)) continue;
      return { name: null, position, span: { start: ts[from]!.start, end: ts[k - 1]!.end }, role: "CHAIR", sentence };
    }
  }
  return null;
}

const RANK: Record<AttendeeRole, number> = { CO_CHAIR: 4, REPORTER: 3, SPEAKER: 2, ATTENDEE: 1 };

export function findPeople(body: string): { chair: ExtractedPerson | null; attendees: ExtractedAttendee[]; mentions: Mention[] } {
  const mentions = findMentions(body);
  let chairMention = mentions.find((m) => m.role === "CHAIR") ?? null;
  if (!chairMention) chairMention = mentions.find((m) => m.role === "CO_CHAIR") ?? null;
  if (!chairMention) chairMention = postOnlyChair(body);
  if (!chairMention) chairMention = mentions.find((m) => m.role === "CONCLUDER") ?? null;
  let chair: ExtractedPerson | null = null;
  if (chairMention) {
    let name = chairMention.name;
    let position = chairMention.position;
    if (!name && position) {
      const same = mentions.find((m) => m.name && m.position && m.position.toLowerCase() === position!.toLowerCase());
      if (same) name = same.name;
    }
    if (name && !position) position = mentions.find((m) => m.name && sameName(m.name, name!) && m.position)?.position ?? null;
    chair = { name, position, span: chairMention.span };
  }
  const attendees: ExtractedAttendee[] = [];
  for (const m of mentions) {
    if (!m.name) continue;
    if (chair?.name && sameName(chair.name, m.name)) continue;
    // "theo chỉ đạo của Bí thư Tỉnh ủy Nguyễn Văn A": cited, not present.
    if (!m.addressed && m.role === null && !attendees.some((a) => sameName(a.name, m.name!))) continue;
    const role: AttendeeRole =
      m.role === "CO_CHAIR" || m.role === "REPORTER" || m.role === "SPEAKER"
        ? m.role
        : m.role === "CHAIR"
          ? "CO_CHAIR"
          : "ATTENDEE";
    const known = attendees.find((a) => sameName(a.name, m.name!));
    if (known) {
      if (!known.position && m.position) {
        known.position = m.position;
        known.organizationKind = organizationKind(m.position);
      }
      if (RANK[role] > RANK[known.role]) known.role = role;
      continue;
    }
    attendees.push({ name: m.name, position: m.position, organizationKind: organizationKind(m.position), role, span: m.span });
  }
  return { chair, attendees, mentions };
}
