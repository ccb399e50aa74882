/**
 * npm run --silent import -- --json FILE
 * Prints the meeting a press report (.txt, .html, .docx, .pdf) describes, in the shape of
 * ../shared/import/SCHEMA.md (plus spans and unscored fields). Offline and deterministic.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { viImport } from "../src/messages/vi/import";
import { extractMeeting, looksLikeMeeting, toSchemaJson } from "../src/server/import/extract";
import { ImportInputError, MAX_UPLOAD_LABEL, readFileInput } from "../src/server/import/read-input";

function message(error: ImportInputError): string {
  const m = viImport.errors[error.code];
  return typeof m === "function" ? m(MAX_UPLOAD_LABEL) : m;
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error(viImport.cli.usage);
    process.exit(2);
  }
  try {
    const text = await readFileInput(basename(file), new Uint8Array(readFileSync(file)));
    const meeting = extractMeeting(text);
    if (!looksLikeMeeting(meeting)) throw new ImportInputError("NO_MEETING");
    const json = toSchemaJson(meeting);
    console.log(args.includes("--json") ? JSON.stringify(json, null, 2) : JSON.stringify(json, null, 2));
  } catch (error) {
    if (error instanceof ImportInputError) {
      console.error(message(error));
      process.exit(1);
    }
    throw error;
  }
}

await main();
