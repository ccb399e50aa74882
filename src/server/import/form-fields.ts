/** The importer's input limits: plain values the form and the schema share, without zod (docs/decisions/0026). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "5 MB";
export const MAX_INPUT_CHARS = 200_000;
