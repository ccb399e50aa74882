/** A conclusion notice's own words, as the editor keeps them and the printed notice shows them. */
export interface NoticeText {
  code: string | null;
  subject: string;
  body: string;
  signerTitle: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}
