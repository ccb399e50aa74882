import "server-only";
import { getDb } from "@/server/db/client";

export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
