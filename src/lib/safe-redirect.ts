// A stand-in origin: a target that resolves to any other origin leaves the site.
const SITE = "http://portal.invalid";
const MAX_LENGTH = 2048;

// C0 and C1 controls and DEL: browsers drop tabs and newlines inside URLs, so "/\t/evil" is "//evil".
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

function looksLocal(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !hasControl(path);
}

/** The value and each of its percent-decodings, until decoding changes nothing; null if malformed. */
function decodings(value: string): string[] | null {
  const forms = [value];
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(forms[forms.length - 1]!);
    } catch {
      return null;
    }
    if (next === forms[forms.length - 1]) return forms;
    forms.push(next);
  }
  return null;
}

/**
 * Where to send the browser after sign-in (or any redirect whose target the user can choose):
 * a path on this site, or `fallback`. Refused outright rather than repaired: absolute URLs,
 * scheme-relative `//host`, backslashes (browsers read `/\host` as `//host`), control characters
 * and tabs (dropped by browsers, so `/%09/host` becomes `//host`), and any of these hidden
 * under one or more layers of percent-encoding.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const forms = decodings(value);
  if (!forms || !forms.every(looksLocal)) return fallback;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return looksLocal(path) ? path : fallback;
}
