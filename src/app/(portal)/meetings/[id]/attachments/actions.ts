"use server";

import { message } from "@/messages/message-ref";
import { addMeetingAttachment } from "@/server/attachments/add-meeting-attachment";
import { ZMeetingAttachmentFormSchema } from "@/server/attachments/schemas";
import { fieldRefusal, formAction } from "@/server/http/server-action";
import { partyDocuments } from "@/messages/vi/party-documents";

export const uploadMeetingAttachmentAction = formAction({
  schema: ZMeetingAttachmentFormSchema,
  read: (form) => {
    const chosen = form?.get("file");
    const text = (name: string) => {
      const value = form?.get(name);
      return typeof value === "string" ? value : undefined;
    };
    return {
      meetingId: text("meetingId"),
      kind: text("kind"),
      noticeId: text("noticeId"),
      page: text("page"),
      emptyFile: chosen instanceof File && chosen.size === 0 && chosen.name ? chosen.name : undefined,
    };
  },
  run: async ({ actor, data, file }) => {
    if (data.emptyFile) throw fieldRefusal("file", message("partyDocuments.attachments.empty", data.emptyFile.normalize("NFC")));
    const upload = await file("file");
    if (!upload) throw fieldRefusal("file", message("partyDocuments.attachments.fileRequired"));
    return addMeetingAttachment({ actor, meetingId: data.meetingId, kind: data.kind, noticeId: data.noticeId, file: upload });
  },
  revalidate: ({ meetingId }) => [`/meetings/${meetingId}`],
  done: ({ fileName }) => partyDocuments.attachments.uploaded(fileName),
});
