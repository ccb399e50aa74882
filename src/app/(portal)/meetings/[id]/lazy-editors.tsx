"use client";

import dynamic from "next/dynamic";

/**
 * The meeting page's editors, loaded only where they are shown (docs/decisions/0026): a reader
 * never downloads them; for a secretary the server renders them and preloads their chunks, so
 * they hydrate as before. Each stays its own module; this file only names the split points.
 */
export const AttendanceEditor = dynamic(() => import("./attendance-editor").then((m) => m.AttendanceEditor));
export const CitationsEditor = dynamic(() => import("./citations-editor").then((m) => m.CitationsEditor));
export const DirectivesEditor = dynamic(() => import("./directives-editor").then((m) => m.DirectivesEditor));
export const MinutesEditor = dynamic(() => import("./minutes-editor").then((m) => m.MinutesEditor));
export const MeetingForm = dynamic(() => import("../meeting-form").then((m) => m.MeetingForm));
export const MeetingAttachmentUpload = dynamic(() =>
  import("./attachments/attachment-upload").then((m) => m.MeetingAttachmentUpload),
);
