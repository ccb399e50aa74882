/**
 * The period forms' choices: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
/** Monthly trực báo uses MONTH periods (issue 14 §5). */
export const PERIOD_TYPES = ["MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] as const;
