import { Card } from "@/components/ui/card";
import type { ReportPageView } from "@/server/reports/get-report-page";
import { formatDateTime } from "@/lib/dates";
import { vi } from "@/messages/vi";
import {
  acceptReportAction,
  autosaveReportAction,
  discardReportDraftAction,
  returnReportAction,
  saveReportAction,
} from "../../actions";
import { ReportForm } from "../report-form";
import { ReviewPanel } from "../review-panel";
import { ReportFigures, ReportText } from "./report-text";

/** The report: the form for those who may edit it, the text and figures for everyone else; the review panel. */
export function ContentSection({ view }: { view: ReportPageView }) {
  const { report, flags, draft, formValues } = view;
  return (
    <>
      {flags.edit && formValues ? (
        <Card title={vi.reports.compose}>
          <ReportForm
            action={saveReportAction}
            autosave={autosaveReportAction}
            discardDraft={discardReportDraftAction}
            reportId={report.id}
            version={report.version}
            canSubmit={flags.submit}
            definitions={view.definitions}
            stored={formValues}
            draft={draft ? { data: draft.data, savedAt: formatDateTime(draft.updatedAt) } : null}
          />
        </Card>
      ) : (
        <Card title={vi.reports.title}>
          {flags.readOnlyNote ? <p className="mb-3 text-sm text-slate-500">{vi.reports.readOnly}</p> : null}
          <ReportText values={report} />
          <ReportFigures rows={view.figures} />
        </Card>
      )}
      {flags.review ? (
        <Card title={vi.reports.review}>
          <ReviewPanel accept={acceptReportAction} giveBack={returnReportAction} reportId={report.id} />
        </Card>
      ) : null}
    </>
  );
}
