import "server-only";
import { notFound } from "next/navigation";
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
