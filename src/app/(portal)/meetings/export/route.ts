import { handleExport } from "@/server/exports/export-route";
import { exportMeetings } from "@/server/meetings/export-meetings";
import { ZListMeetingsSchema } from "@/server/meetings/schemas";
import { parseSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/** The meeting list with the filters of /meetings, every matching row, as XLSX or CSV. */
export async function GET(request: Request) {
  return handleExport(request, async (actor, params) => {
    const { table } = await exportMeetings({ actor, input: parseSearchParams(ZListMeetingsSchema, params) });
    return { table, fileStem: "danh-sach-hoi-nghi" };
  });
}
