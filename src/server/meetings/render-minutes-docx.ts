import "server-only";
import { body, columns, letterhead, line, renderPartyDocx } from "@/server/docx/party-docx";
import type { MinutesDocument } from "./render-minutes-pdf";

/** The minutes as an editable Word document, laid out as the PDF. */
export function renderMinutesDocx(document: MinutesDocument): Promise<Buffer> {
  const signatures = columns(
    document.signatures.map((signature) => ({
      children: [
        line(signature.title, { bold: true, center: true }),
        line(""),
        line(""),
        line(""),
        line(signature.name, { bold: true, center: true }),
      ],
      percent: 100 / Math.max(1, document.signatures.length),
    })),
    { cantSplit: true },
  );
  return renderPartyDocx({
    creator: document.issuerName,
    title: `${document.title} — ${document.subject}`,
    children: [
      letterhead(document),
      line(document.title, { bold: true, size: 16, center: true }),
      line(document.subject, { bold: true, center: true }),
      line("-----", { center: true }),
      ...document.facts.map((fact) => body(fact)),
      ...document.sections.flatMap((section) => [
        line(section.heading, { bold: true, keepNext: true }),
        ...section.paragraphs.map((paragraph) => body(paragraph.text, { lead: paragraph.lead })),
      ]),
      // Kept with the signatures that follow, so they never stand alone on the last page.
      ...(document.closing ? [body(document.closing, { keepNext: true })] : []),
      line("", { keepNext: true }),
      signatures,
    ],
  });
}
