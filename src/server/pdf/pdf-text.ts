import "server-only";

/**
 * pdfkit cuts a word wider than the line by re-measuring the whole rest of the word for every
 * line it cuts off: a 20,000-character run without spaces cost seconds and gigabytes, 50,000
 * exhausted the heap. A zero-width space (no advance, a break opportunity for pdfkit's line
 * breaker) after every few characters of such a run keeps every measured word short, so layout
 * is linear. Runs up to 24 characters (words, codes, most addresses) are left whole.
 */
const ZERO_WIDTH_SPACE = "\u200b";
const LONG_RUN = /[^ \t\n\u200b]{25,}/g;
const CHUNK_LENGTH = 8;
/** Marks kept with their letter (Vietnamese typed decomposed has two); more are counted as characters. */
const MARKS_PER_LETTER = 3;
const MARK = /\p{M}/u;

function chunked(run: string): string {
  let out = "";
  let characters = 0;
  let marks = 0;
  for (const char of run) {
    if (marks < MARKS_PER_LETTER && MARK.test(char)) {
      marks += 1;
    } else {
      if (characters === CHUNK_LENGTH) {
        out += ZERO_WIDTH_SPACE;
        characters = 0;
      }
      characters += 1;
      marks = 0;
    }
    out += char;
  }
  return out;
}

/** The text with break opportunities in its long runs; applying it twice changes nothing more. */
export function breakableText(text: string): string {
  return text.replace(LONG_RUN, chunked);
}

/**
 * The text cut after a zero-width space every `length` characters or so. pdfkit ends each piece
 * of a chained (`continued`) paragraph with an unjustified line, so pieces end only inside long
 * unspaced runs, whose lines cannot be justified anyway: ordinary text stays one piece.
 */
export function piecesOf(text: string, length: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (;;) {
    const cut = text.indexOf(ZERO_WIDTH_SPACE, start + length - 1);
    if (cut < 0 || cut === text.length - 1) break;
    pieces.push(text.slice(start, cut + 1));
    start = cut + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
