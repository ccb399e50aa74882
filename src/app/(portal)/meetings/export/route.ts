import { handleExport } from "@/server/exports/export-route";
import { exportMeetings } from "@/server/meetings/export-meetings";

export const dynamic = "force-dynamic";

/** The meeting list with the filters of /meetings, every matching row, as XLSX or CSV. */
export async function GET(request: Request) {
  return handleExport(request, async (actor, params) => {
    const input = Object.fromEntries(
      ["q", "year", "periodId", "unitId", "kind", "status"]
        .map((key) => [key, params.get(key)?.trim() || undefined])
        .filter(([, value]) => value !== undefined),
    );
    const { table } = await exportMeetings({ actor, input });
    return { table, fileStem: "danh-sach-hoi-nghi" };
  });
}
