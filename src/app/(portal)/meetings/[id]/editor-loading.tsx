import { meetingEditors } from "@/messages/vi/meeting-editors";

/** Shown while an editor's code or its picker options are on their way. */
export function EditorLoading() {
  return (
    <p role="status" className="text-sm text-slate-500">
      {meetingEditors.openingEditor}
    </p>
  );
}
