/**
 * What the directives editor shows of an archive meeting's directives (known outcome, all organizations):
 * the client editor imports only this file (docs/decisions/0026); meeting-record.ts includes it as `directives`.
 */
export const directiveRecord = {
  allOrganizations: "Tất cả các tổ chức",
  knownStatus: "Kết quả đã biết",
  knownStatusOption: {
    "": "— Không ghi —",
    UNKNOWN: "Chưa rõ",
    DONE: "Đã hoàn thành",
    NOT_FOLLOWED: "Không thực hiện",
  } as Record<string, string>,
  /** An archive entry's directive status as shown in lists and pages (what is known, not current work). */
  archiveStatus: { OPEN: "Chưa rõ", IN_PROGRESS: "Chưa rõ", DONE: "Đã hoàn thành", CANCELLED: "Không thực hiện" },
  notFollowedReason: "Không thực hiện (ghi nhận khi nhập hồ sơ hội nghị đã diễn ra).",
} as const;
