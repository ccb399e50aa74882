import type { PartyLetterhead } from "@/server/pdf/party-letterhead";

/** Everything printed on the Ban Dân vận's consolidated report, already worded (renderers only lay it out). */
export interface ReportDocument extends PartyLetterhead {
  sections: { heading: string; paragraphs: string[] }[];
  signerTitle: string;
  signerPosition: string;
  signerName: string;
  recipients: string[];
  /** A draft (not yet issued) carries "DỰ THẢO" on every page. */
  draft: boolean;
}
