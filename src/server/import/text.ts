/** Small text helpers shared by the extraction rules: lines, sentences, tokens, case. */
import type { Span } from "./types";

export interface Line extends Span {
  text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

/** Replaces the given spans by spaces, so offsets into the result still point into `text`. */
export function mask(text: string, spans: readonly Span[]): string {
  const chars = text.split("");
  for (const { start, end } of spans) for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  return chars.join("");
}

const MAX_SENTENCE = 1200;
const ABBREVIATIONS = /(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|BS|KS|St|Mr|Mrs|Dr|v\.v)\.$/;

/** Sentences of a (masked) text with their spans; splits at . ! ? … followed by space+capital, and at line ends. */
export function sentences(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    // Bounded work: a "sentence" longer than MAX_SENTENCE is cut at a space, so no rule sees more.
    if (i - start > MAX_SENTENCE && ch === " ") {
      push(i);
      continue;
    }
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < to && (text[j] === "." || text[j] === "…" || text[j] === '"' || text[j] === ")")) j++;
      if (j >= to || text[j] === "\n") {
        push(j);
        i = j - 1;
        continue;
      }
      if (text[j] === " " && j + 1 < to && isUpperStart(text.slice(j + 1, j + 3))) {
        if (ch === "." && ABBREVIATIONS.test(text.slice(Math.max(from, i - 5), i + 1))) continue;
        push(j);
        i = j;
      }
    }
  }
  push(to);
  return out;
}

export function isUpperStart(word: string): boolean {
  const c = word.charAt(0);
  if (c === '"' || c === "(" || c === "'") return isUpperStart(word.slice(1));
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isDigitStart(word: string): boolean {
  return /^\d/.test(word);
}

export interface Token extends Span {
  /** The word without surrounding punctuation. */
  w: string;
  /** Punctuation right after the word (",", ".", ";", ":" …), "" when none. */
  after: string;
}

/** Words with offsets; punctuation stays attached in `after` so lists and clause ends can be read. */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    let raw = m[0];
    let s = m.index;
    if (s + raw.length > to) raw = raw.slice(0, to - s);
    let lead = 0;
    while (lead < raw.length && /["'(\[]/.test(raw[lead]!)) lead++;
    let tail = raw.length;
    while (tail > lead && /[.,;:!?"')\]…]/.test(raw[tail - 1]!)) tail--;
    const w = raw.slice(lead, tail);
    s += lead;
    if (!w) {
      if (out.length) out[out.length - 1]!.after += raw.trim();
      continue;
    }
    out.push({ w, start: s, end: s + w.length, after: raw.slice(tail) });
  }
  return out;
}

export const lower = (s: string) => s.normalize("NFC").toLowerCase();

/** Trims spaces and the given punctuation at both ends of a span of `text`. */
export function trimSpan(text: string, span: Span, chars = " ,;:.-"): Span {
  let { start, end } = span;
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && (chars.includes(text[end - 1]!) || text[end - 1] === "\n")) end--;
  return { start, end };
}

export function cleanItem(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–+•*]+/, "")
    .replace(/^(\d{1,2}|[a-zđ])[.)]\s+/u, "")
    .replace(/[\s,;:]+$/, "")
    .replace(/[.…]+$/, "")
    .trim();
}
