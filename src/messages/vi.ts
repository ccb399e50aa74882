/**
 * The Vietnamese message catalogue, one file per feature under src/messages/vi/
 * (docs/decisions/0025). This aggregate is for server code; client components import
 * only the feature files they need (lint rule in eslint.config.mjs), so the browser never
 * receives the whole catalogue. Another language = another folder of the same files.
 */
import { app } from "./vi/app";
import { nav } from "./vi/nav";
import * as labels from "./vi/labels";
import { migrations } from "./vi/migrations";
import { health } from "./vi/health";
import { login } from "./vi/login";
import { account } from "./vi/account";
import { drafts } from "./vi/drafts";
import { home } from "./vi/home";
import { users } from "./vi/users";
import { units } from "./vi/units";
import { periods } from "./vi/periods";
import { indicators } from "./vi/indicators";
import { reports } from "./vi/reports";
import { matrix } from "./vi/matrix";
import { recommendations } from "./vi/recommendations";
import { digest } from "./vi/digest";
import { audit } from "./vi/audit";
import { news } from "./vi/news";
import { meetings } from "./vi/meetings";
import { documents } from "./vi/documents";
import { exportFiles } from "./vi/exports";
import { minutes } from "./vi/minutes";
import { notices } from "./vi/notices";
import { directives } from "./vi/directives";
import { dashboard } from "./vi/dashboard";
import { notifications } from "./vi/notifications";
import { errors } from "./vi/errors";
import { validation } from "./vi/validation";
import { ops } from "./vi/ops";
import { orgTree } from "./vi/org-tree";
import { viImport } from "./vi/import";
import { meetingRecordVi } from "./vi/meeting-record";
import { partyDocuments } from "./vi/party-documents";
import { consolidatedReport } from "./vi/consolidated-report";

export const vi = {
  orgTree,
  importer: viImport,
  meetingRecord: meetingRecordVi,
  partyDocuments,
  consolidatedReport,
  app,
  nav,
  ...labels,
  migrations,
  health,
  login,
  account,
  drafts,
  home,
  users,
  units,
  periods,
  indicators,
  reports,
  matrix,
  recommendations,
  digest,
  audit,
  news,
  meetings,
  documents,
  exports: exportFiles,
  minutes,
  notices,
  directives,
  dashboard,
  notifications,
  errors,
  validation,
  ops,
} as const;

export type Messages = typeof vi;
