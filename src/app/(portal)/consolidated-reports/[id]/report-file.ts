import { getConsolidatedReportFile } from "@/server/consolidated-reports/get-consolidated-report-file";
import { fileResponse } from "@/server/http/file-response";
import { recordKeys } from "@/server/http/route-params";
import { signedInRoute } from "@/server/http/signed-in-route";

/** The download of the report as PDF or DOCX: as issued, or a draft laid out afresh with "DỰ THẢO". */
export function reportFileRoute(format: "pdf" | "docx") {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await recordKeys(params);
    return signedInRoute(async (actor) =>
      fileResponse(await getConsolidatedReportFile({ actor, reportId: id, format }), "attachment"),
    );
  };
}
