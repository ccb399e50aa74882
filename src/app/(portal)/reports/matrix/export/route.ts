import { handleExport } from "@/server/exports/export-route";
import { exportSubmissionMatrix } from "@/server/reports/export-submission-matrix";
import { vietnamDay } from "@/lib/dates";
import { parseSearchParams } from "@/lib/search-params";
import { ZMatrixParams } from "@/server/reports/schemas";

export const dynamic = "force-dynamic";

/** The submission matrix for the year and unit of /reports/matrix, as XLSX or CSV. */
export async function GET(request: Request) {
  return handleExport(request, async (actor, params) => {
    const { year = Number(vietnamDay(new Date()).slice(0, 4)), unit } = parseSearchParams(ZMatrixParams, params);
    const { table, unitName } = await exportSubmissionMatrix({ actor, year, unitId: unit });
    return { table, fileStem: `bao-cao-${unitName}-${year}` };
  });
}
