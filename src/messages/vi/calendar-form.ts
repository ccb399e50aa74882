/** The calendar feed buttons (a client component imports only this file); party-documents.ts includes them in `calendar`. */
export const calendarForm = {
  create: "Tạo địa chỉ lịch mới",
  revoke: "Thu hồi",
} as const;
