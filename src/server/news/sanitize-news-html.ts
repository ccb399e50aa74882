import "server-only";
import sanitizeHtml from "sanitize-html";

/**
 * The allowlist every news body passes through on save (and again when shown):
 * paragraphs, emphasis, lists, headings, quotes and links to http(s)/mailto.
 * No script or style, no event handler (on*) or style attribute, no javascript:
 * or data: URL; links open safely.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }, true),
    b: "strong",
    i: "em",
    div: "p",
  },
};

export function sanitizeNewsHtml(html: string): string {
  return sanitizeHtml(html.normalize("NFC"), OPTIONS).trim();
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** The body's plain text (for RSS descriptions and meta tags). */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
