import "server-only";
import { forbidden, notFound } from "next/navigation";
import { toAppError } from "@/server/errors";
import { isRecordKey } from "@/lib/schema-fields";

/**
 * The dynamic segments of a page's or route's address (`/meetings/[id]`), each of which names a
 * record: a segment no record can have (a NUL byte, a megabyte, punctuation) is the 404 answer
 * at once, before it reaches a query that the database would refuse with an error.
 */
export async function recordKeys<T extends Record<string, string>>(params: Promise<T>): Promise<T> {
  const values = await params;
  if (!Object.values(values).every(isRecordKey)) notFound();
  return values;
}

/** A page's data from its use case: a record the address names that is missing is the 404 page, one out of reach the 403 page. */
export async function pageData<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    const appError = toAppError(error);
    if (appError?.code === "NOT_FOUND") notFound();
    if (appError?.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
