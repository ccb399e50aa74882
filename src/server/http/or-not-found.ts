import "server-only";
import { forbidden, notFound } from "next/navigation";
import { toAppError } from "@/server/errors";

/**
 * A page's data from its use case: a record the address names that is missing is the 404 page,
 * one out of the actor's reach the 403 page; anything else stays an error.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    const appError = toAppError(error);
    if (appError?.code === "NOT_FOUND") notFound();
    if (appError?.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
