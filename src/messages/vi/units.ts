/** Messages of the "units" feature (Vietnamese). */
export const units = {
  title: "Đơn vị và tổ chức",
  organizations: "Tổ chức",
  reports: "Nộp báo cáo",
  level: "Cấp",
  code: "Mã",
} as const;
