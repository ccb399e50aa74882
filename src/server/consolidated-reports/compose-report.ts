import "server-only";
import type { IssuerOn } from "@/server/units/issuer-on";
import type { getPeriodDigest } from "@/server/reports/period-digest";
import { formatDateWords } from "@/lib/dates";
import { formatMoney, formatNumber } from "@/lib/numbers";
import { periodWords, type PeriodLike } from "@/lib/periods";
import { consolidatedReport } from "@/messages/vi/consolidated-report";
import { SECTIONS, type Signing } from "./form-fields";
import type { ReportDocument } from "./report-document";

const t = consolidatedReport;
type Digest = Awaited<ReturnType<typeof getPeriodDigest>>;

/** "quý I năm 2020", "tháng 3 năm 2020", "6 tháng đầu năm 2020": the period as a title writes it. */
export const periodInTitle = (period: PeriodLike) => periodWords(period).replace(/\/(\d{4})$/u, " năm $1");

/** "BDVTU", "BDVHU": the Ban Dân vận's part of its codes, from its committee's suffix (not its spelling). */
export const reportSuffix = (issuer: Pick<IssuerOn, "numberSuffix">) => `BDV${issuer.numberSuffix}`;

const lines = (items: string[]) => (items.length ? items.join("\n") : "");

/**
 * The first draft of the report from the period's submitted unit reports: who reported, the
 * figures of each organization, their shortcomings, next tasks and recommendations.
 */
export function draftFromDigest(digest: Digest, committeeName: string) {
  const figures = (report: Digest["reports"][number]) =>
    report.indicators
      .map((item) =>
        t.draft.figure(item.name, item.isMoney ? formatMoney(item.value) : `${formatNumber(item.value)} ${item.unitLabel}`),
      )
      .join("; ") || t.draft.noFigures;
  const each = (pick: (report: Digest["reports"][number]) => string | null) =>
    digest.reports
      .filter((report) => pick(report)?.trim())
      .map(
        (report) =>
          `- ${report.organization.name}: ${pick(report)!
            .replace(/\s*\n\s*/g, " ")
            .trim()}`,
      );
  return {
    situation: t.draft.situation(digest.reports.length, digest.expected, digest.missing.map((item) => item.name).join(", ")),
    results: lines(
      digest.reports.flatMap((report, index) => [
        `${index + 1}. ${report.organization.name}`,
        ...(report.achievements.trim() ? [report.achievements.replace(/\s*\n\s*/g, " ").trim()] : []),
        t.draft.figures(figures(report)),
      ]),
    ),
    shortcomings: lines(each((report) => report.shortcomings)),
    nextTasks: lines(each((report) => report.nextTasks)) || t.draft.noneRecorded,
    proposals: lines(
      digest.reports.flatMap((report) =>
        report.recommendations.map((item) => `- ${item.content}${item.addressedTo ? ` (${item.addressedTo})` : ""}`),
      ),
    ),
    signing: "TM" as Signing,
    signerName: "",
    recipients: t.document.recipients(committeeName),
  };
}

const paragraphsOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The printable report: letterhead of the Ban under its committee, the five sections, signature and recipients. */
export function composeReport(
  report: {
    status: string;
    code: string | null;
    signing: string;
    signerName: string;
    recipients: string;
    period: PeriodLike;
  } & Record<(typeof SECTIONS)[number], string>,
  issuer: IssuerOn,
  date: Date,
): ReportDocument {
  const onBehalf = report.signing !== "KT";
  return {
    superiorBodyName: issuer.committeeName.toLocaleUpperCase("vi"),
    issuerName: t.document.issuer,
    numberLine: report.code ? `Số ${report.code}` : `Số      -BC/${reportSuffix(issuer)}`,
    placeAndDate: `${issuer.placeName}, ${formatDateWords(date)}`,
    title: t.document.title,
    subject: t.document.subject(periodInTitle(report.period)),
    sections: SECTIONS.map((key) => ({ heading: t.document.headings[key], paragraphs: paragraphsOf(report[key]) })).filter(
      (section) => section.paragraphs.length > 0,
    ),
    signerTitle: onBehalf ? t.document.onBehalf : t.document.forHead,
    signerPosition: onBehalf ? t.document.head : t.document.deputy,
    signerName: report.signerName,
    recipients: paragraphsOf(report.recipients),
    draft: report.status !== "ISSUED",
  };
}
