/** Zod-free constants of the consolidated report's forms (client components import these). */

/** "TM": T/M BAN DÂN VẬN / TRƯỞNG BAN; "KT": K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN. */
export const SIGNINGS = ["TM", "KT"] as const;
export type Signing = (typeof SIGNINGS)[number];

/** The five sections of the report, in the order printed. */
export const SECTIONS = ["situation", "results", "shortcomings", "nextTasks", "proposals"] as const;
export type Section = (typeof SECTIONS)[number];
