"use client";

import dynamic from "next/dynamic";
import { EditorLoading } from "./editor-loading";

/**
 * The meeting page's editors, each its own chunk, loaded when its section's edit button is pressed
 * (docs/decisions/0026, 0034). `ssr: false`: the server never renders them, so it never preloads
 * their chunks either, and a secretary's first load is a reader's. This file only names the
 * split points (next/dynamic wants its options written out at each call).
 */
export const AttendanceEditor = dynamic(() => import("./attendance-editor").then((m) => m.AttendanceEditor), {
  ssr: false,
  loading: EditorLoading,
});
export const CitationsEditor = dynamic(() => import("./citations-editor").then((m) => m.CitationsEditor), {
  ssr: false,
  loading: EditorLoading,
});
export const DirectivesEditor = dynamic(() => import("./directives-editor").then((m) => m.DirectivesEditor), {
  ssr: false,
  loading: EditorLoading,
});
export const MinutesEditor = dynamic(() => import("./minutes-editor").then((m) => m.MinutesEditor), {
  ssr: false,
  loading: EditorLoading,
});
export const MeetingDetailsEditor = dynamic(() => import("./details-editor").then((m) => m.MeetingDetailsEditor), {
  ssr: false,
  loading: EditorLoading,
});
export const MeetingAttachmentUpload = dynamic(
  () => import("./attachments/attachment-upload").then((m) => m.MeetingAttachmentUpload),
  { ssr: false, loading: EditorLoading },
);
