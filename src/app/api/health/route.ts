import { databaseAnswers } from "@/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseAnswers();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 });
}
