import { handleExport } from "@/server/exports/export-route";
import { exportSubmissionMatrix } from "@/server/reports/export-submission-matrix";
import { vietnamDay } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** The submission matrix for the year and unit of /reports/matrix, as XLSX or CSV. */
export async function GET(request: Request) {
  return handleExport(request, async (actor, params) => {
    const requested = Number(params.get("year"));
    const year =
      Number.isInteger(requested) && requested >= 2000 && requested <= 2100
        ? requested
        : Number(vietnamDay(new Date()).slice(0, 4));
    const { table, unitName } = await exportSubmissionMatrix({ actor, year, unitId: params.get("unit") || undefined });
    return { table, fileStem: `bao-cao-${unitName}-${year}` };
  });
}
