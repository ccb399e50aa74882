import { reportFileRoute } from "../report-file";

export const dynamic = "force-dynamic";

/** The consolidated report as DOCX. */
export const GET = reportFileRoute("docx");
