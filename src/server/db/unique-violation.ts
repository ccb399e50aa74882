import "server-only";
import { Prisma } from "@prisma/client";

/**
 * A write refused by a unique index. Prisma reports it as P2002 on PostgreSQL, but the
 * PGlite adapter passes the database error through untranslated (a DriverAdapterError
 * whose cause carries SQLSTATE 23505), so both shapes are recognised.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return (
    error instanceof Error &&
    error.name === "DriverAdapterError" &&
    (error.cause as { code?: unknown } | undefined)?.code === "23505"
  );
}
