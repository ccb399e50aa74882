"use server";

import { decideConsolidatedReport } from "@/server/consolidated-reports/decide-consolidated-report";
import { draftConsolidatedReport } from "@/server/consolidated-reports/draft-consolidated-report";
import { issueConsolidatedReport } from "@/server/consolidated-reports/issue-consolidated-report";
import {
  ZConsolidatedReportRefSchema,
  ZDraftConsolidatedReportSchema,
  ZIssueConsolidatedReportSchema,
  ZUpdateConsolidatedReportSchema,
} from "@/server/consolidated-reports/schemas";
import { submitConsolidatedReport } from "@/server/consolidated-reports/submit-consolidated-report";
import { updateConsolidatedReport } from "@/server/consolidated-reports/update-consolidated-report";
import { formAction } from "@/server/http/server-action";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";

const LIST = "/consolidated-reports";
const reportPage = ({ reportId }: { reportId: string }) => [LIST, `${LIST}/${reportId}`];

export const draftConsolidatedReportAction = formAction({
  schema: ZDraftConsolidatedReportSchema,
  run: ({ actor, data }) => draftConsolidatedReport({ actor, periodId: data.periodId }),
  revalidate: () => [LIST],
  done: () => t.drafted,
});

export const updateConsolidatedReportAction = formAction({
  schema: ZUpdateConsolidatedReportSchema,
  run: ({ actor, input }) => updateConsolidatedReport({ actor, input }),
  revalidate: reportPage,
  done: () => t.saved,
});

export const submitConsolidatedReportAction = formAction({
  schema: ZConsolidatedReportRefSchema,
  run: ({ actor, data }) => submitConsolidatedReport({ actor, reportId: data.reportId }),
  revalidate: reportPage,
  done: () => t.submitted,
});

export const approveConsolidatedReportAction = formAction({
  schema: ZConsolidatedReportRefSchema,
  run: ({ actor, data }) => decideConsolidatedReport({ actor, reportId: data.reportId, decision: "approve" }),
  revalidate: reportPage,
  done: () => t.approved,
});

export const returnConsolidatedReportAction = formAction({
  schema: ZConsolidatedReportRefSchema,
  run: ({ actor, data }) => decideConsolidatedReport({ actor, reportId: data.reportId, decision: "return" }),
  revalidate: reportPage,
  done: () => t.returned,
});

export const issueConsolidatedReportAction = formAction({
  schema: ZIssueConsolidatedReportSchema,
  run: ({ actor, data }) => issueConsolidatedReport({ actor, reportId: data.reportId, number: data.number }),
  revalidate: reportPage,
  done: ({ code }) => t.issued(code),
});
