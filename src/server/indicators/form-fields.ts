/**
 * The indicator form's choices: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
export const REPORTING_KINDS = ["MTTQ", "VETERANS", "YOUTH_UNION", "WOMEN_UNION", "FARMERS_UNION", "LABOR_FEDERATION"] as const;
