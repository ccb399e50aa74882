/**
 * The roll call of a meeting (issue 14): the attendance editor (a client component) imports only this
 * file (docs/decisions/0026); src/messages/vi/meeting-record.ts includes it as `rollCall`.
 */
export const rollCall = {
  caption: "Thành phần dự hội nghị",
  index: "STT",
  nameOrBody: "Họ và tên / Cơ quan",
  body: "Cơ quan",
  kind: "Loại",
  kindOption: { PERSON: "Cá nhân", DELEGATION: "Đoàn đại biểu" } as Record<string, string>,
  headCount: "Số người",
  presence: "Có mặt",
  presenceOption: {
    PRESENT: "Có mặt",
    EXCUSED: "Vắng có lý do",
    UNEXCUSED: "Vắng không lý do",
    SUBSTITUTE: "Dự thay",
  } as Record<string, string>,
  absenceReason: "Lý do vắng",
  substituteFor: "Dự thay đồng chí",
  actions: "Thao tác",
  addDelegation: "Thêm đoàn đại biểu",
  delegationOf: (body: string) => `Đại diện lãnh đạo ${body}`,
  summary: (present: number, total: number, unknownDelegations = 0) =>
    `Có mặt: ${present}/${total} đại biểu${unknownDelegations ? ` và đại diện ${unknownDelegations} đoàn chưa rõ số người` : ""}`,
  /** The minutes' count line when some delegations' sizes are not known. */
  minutesPresent: (present: number, total: number, unknownDelegations: number) =>
    `Có mặt: ${present}/${total} đại biểu và đại diện ${unknownDelegations} đoàn chưa rõ số người.`,
  headCountUnknown: "chưa rõ",
  headCountHint: "Để trống nếu không rõ số người.",
  byPostOnly: "Chỉ biết chức vụ",
} as const;
