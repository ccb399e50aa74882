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
    DONE: "Đã thực hiện",
    NOT_FOLLOWED: "Không thực hiện",
  } as Record<string, string>,
  notFollowedReason: "Không thực hiện (ghi nhận khi nhập hồ sơ hội nghị đã diễn ra).",
} as const;
