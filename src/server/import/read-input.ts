/**
 * Input readers: pasted text, .txt, .html (a saved web page), .docx (word/document.xml) and .pdf
 * (text layer only). Bounded: files over MAX_UPLOAD_BYTES and texts over MAX_TEXT_CHARS are
 * refused before any parsing; binary content (a JPEG renamed .txt) is recognised by its bytes.
 * Errors are ImportInputError codes; the UI and the command line show viImport.errors[code].
 */
import { Parser } from "htmlparser2";

import { MAX_INPUT_CHARS, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "./form-fields";

export { MAX_INPUT_CHARS, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL };

export type ImportInputErrorCode =
  "EMPTY" | "BINARY" | "TOO_LARGE" | "UNREADABLE" | "UNSUPPORTED" | "NO_TEXT_LAYER" | "NO_MEETING";

export class ImportInputError extends Error {
  constructor(readonly code: ImportInputErrorCode) {
    super(code);
    this.name = "ImportInputError";
  }
}

type Format = "txt" | "html" | "docx" | "pdf";

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const IMAGE_OR_ARCHIVE = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x4d, 0x5a], // EXE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // old Office (.doc)
];

function detect(name: string, bytes: Uint8Array): Format {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.docx$/i.test(name) || !/\.(txt|html?|pdf)$/i.test(name)) return "docx";
    throw new ImportInputError("BINARY");
  }
  if (IMAGE_OR_ARCHIVE.some((sig) => startsWith(bytes, sig))) throw new ImportInputError("BINARY");
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "docx" || ext === "pdf") throw new ImportInputError("UNREADABLE");
  if (ext && !["txt", "text", "md"].includes(ext)) throw new ImportInputError("UNSUPPORTED");
  return "txt";
}

/** Decodes text bytes: UTF-8 (BOM or not), UTF-16 with a BOM; anything with NULs or control bytes is binary. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new ImportInputError("BINARY");
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let control = 0;
  const probe = Math.min(text.length, 20_000);
  for (let i = 0; i < probe; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new ImportInputError("BINARY");
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > probe / 100) throw new ImportInputError("BINARY");
  return text;
}

const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "iframe",
  "svg",
  "template",
  "head",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "select",
]);
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "blockquote",
  "figure",
  "figcaption",
  "hr",
  "dd",
  "dt",
  "main",
  "pre",
  "td",
  "th",
]);

/** The visible text of an HTML page, one block per line; scripts, styles and navigation dropped. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_TAGS.has(name)) skip++;
        else if (BLOCK_TAGS.has(name)) out.push("\n");
      },
      ontext(text) {
        if (!skip) out.push(text.replace(/\s+/g, " "));
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK_TAGS.has(name)) out.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text of a .docx: paragraphs of word/document.xml, tabs and breaks kept. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: JSZip } = await import("jszip");
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file("word/document.xml");
    if (!doc) throw new ImportInputError("UNREADABLE");
    xml = await doc.async("string");
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError("UNREADABLE");
  }
  if (xml.length > MAX_INPUT_CHARS * 20) throw new ImportInputError("TOO_LARGE");
  const out: string[] = [];
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "w:t") inText = true;
        else if (name === "w:tab") out.push(" ");
        else if (name === "w:br" || name === "w:cr") out.push("\n");
      },
      ontext(text) {
        if (inText) out.push(text);
      },
      onclosetag(name) {
        if (name === "w:t") inText = false;
        else if (name === "w:p") out.push("\n");
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out.join("");
}

/**
 * Joins the lines a PDF wrapped inside a paragraph: a line that does not end a sentence and is
 * nearly as long as the longest line, or a line followed by one starting in lower case.
 */
export function unwrapLines(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wrapped =
      prev !== undefined &&
      prev !== "" &&
      line !== "" &&
      !/[.!?:;…]$/.test(prev) &&
      (/^[\p{Ll}\d(,]/u.test(line) || prev.length >= longest * 0.7 || /[,-]$/.test(prev));
    if (wrapped) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out.join("\n");
}

/** The text layer of a PDF, one line per text line (no OCR: a scanned PDF has none). */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new ImportInputError("UNREADABLE");
  }
  const pages: string[] = [];
  let total = 0;
  for (let i = 1; i <= Math.min(doc.numPages, 50); i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let line = "";
    const lines: string[] = [];
    for (const item of content.items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = "";
      }
    }
    if (line) lines.push(line);
    const text = lines.join("\n");
    total += text.length;
    pages.push(text);
    if (total > MAX_INPUT_CHARS) break;
  }
  await doc.destroy();
  const text = unwrapLines(pages.join("\n\n"));
  if (!text.trim()) throw new ImportInputError("NO_TEXT_LAYER");
  return text;
}

function checkText(text: string): string {
  if (text.length > MAX_INPUT_CHARS) throw new ImportInputError("TOO_LARGE");
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ImportInputError("EMPTY");
  return text;
}

/** Pasted text. */
export function readPasted(text: string): string {
  if (text.length > MAX_INPUT_CHARS) throw new ImportInputError("TOO_LARGE");
  return checkText(text);
}

/** An uploaded (or command-line) file. */
export async function readFileInput(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ImportInputError("TOO_LARGE");
  if (bytes.byteLength === 0) throw new ImportInputError("EMPTY");
  const format = detect(name, bytes);
  switch (format) {
    case "txt":
      return checkText(decodeText(bytes));
    case "html":
      return checkText(htmlToText(decodeText(bytes)));
    case "docx":
      return checkText(await docxToText(bytes));
    case "pdf":
      return checkText(await pdfToText(bytes));
  }
}
