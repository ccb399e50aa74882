/** The kinds of a meeting document: plain values a client form imports without zod (docs/decisions/0026). */
export const ATTACHMENT_KINDS = [
  "INVITATION",
  "PROGRAMME",
  "REPORT",
  "SPEECH",
  "PHOTO",
  "SIGNED_NOTICE",
  "SIGNED_MINUTES",
  "OTHER",
] as const;
