import "server-only";
import { body, letterhead, line, recipientsAndSignature, renderPartyDocx } from "@/server/docx/party-docx";
import { numberLine, type NoticeDocument } from "./notice-document";

/** The notice as an editable Word document (opens in Word and LibreOffice). */
export function renderNoticeDocx(document: NoticeDocument): Promise<Buffer> {
  return renderPartyDocx({
    creator: document.issuerName,
    title: `${document.title} ${document.code ?? ""}`.trim(),
    draft: document.draft,
    children: [
      letterhead({ ...document, numberLine: numberLine(document) }),
      line(document.title, { bold: true, size: 16, center: true, spacing: { before: 360 } }),
      line(document.subject, { bold: true, center: true, spacing: { after: 120 } }),
      line("-----", { center: true, spacing: { after: 240 } }),
      ...document.paragraphs.map((text) => body(text)),
      body(document.directivesHeading),
      ...document.directives.flatMap((directive, index) => [
        body(`${index + 1}. ${directive.content}`),
        body(directive.assignment),
      ]),
      ...document.closing.map((text) => body(text, { keepNext: true })),
      line("", { spacing: { after: 240 }, keepNext: true }),
      recipientsAndSignature(document),
    ],
  });
}
