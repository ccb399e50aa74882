import "server-only";
import { Prisma } from "@prisma/client";

/**
 * A timestamp column for a value inside JSON (`json_build_object`): rendered with its offset, as
 * the columns hold UTC without one; the reader turns it back into a Date.
 */
export const utcInJson = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'UTC')`);
