import "server-only";
import { body, letterhead, line, recipientsAndSignature, renderPartyDocx } from "@/server/docx/party-docx";
import type { ReportDocument } from "./report-document";

/** The consolidated report as an editable Word document, laid out as the PDF. */
export function renderReportDocx(document: ReportDocument): Promise<Buffer> {
  const lastSection = document.sections.length - 1;
  return renderPartyDocx({
    creator: document.issuerName,
    title: `${document.title} ${document.subject}`,
    draft: document.draft,
    children: [
      letterhead(document),
      line(document.title, { bold: true, size: 16, center: true, spacing: { before: 360 } }),
      line(document.subject, { bold: true, center: true }),
      line("-----", { center: true, spacing: { after: 240 } }),
      ...document.sections.flatMap((section, index) => [
        line(section.heading, { bold: true, keepNext: true, spacing: { before: 120 } }),
        ...section.paragraphs.map((text, at) =>
          // The last paragraph stays with the signature: never a signature alone on the last page.
          body(text, { keepNext: index === lastSection && at === section.paragraphs.length - 1 }),
        ),
      ]),
      line("", { keepNext: true }),
      recipientsAndSignature(document),
    ],
  });
}
