/**
 * The answer form's choices: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
export const ANSWER_STATUSES = ["ANSWERED", "FORWARDED", "CLOSED"] as const;
