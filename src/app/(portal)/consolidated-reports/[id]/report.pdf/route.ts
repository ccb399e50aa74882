import { reportFileRoute } from "../report-file";

export const dynamic = "force-dynamic";

/** The consolidated report as PDF. */
export const GET = reportFileRoute("pdf");
