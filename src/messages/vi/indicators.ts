import { organizationKinds } from "./organization-kinds";

/** Messages of the "indicators" feature (Vietnamese). */
export const indicators = {
  title: "Chỉ tiêu số liệu báo cáo",
  link: "Chỉ tiêu số liệu",
  kind: "Loại tổ chức",
  kinds: organizationKinds,
  code: "Mã",
  codeFormat: "Mã gồm chữ thường không dấu, số, gạch dưới hoặc gạch ngang (2–40 ký tự).",
  codeTaken: "Loại tổ chức này đã có chỉ tiêu với mã này.",
  name: "Tên chỉ tiêu",
  unitLabel: "Đơn vị tính",
  isMoney: "Là số tiền (đồng)",
  isActive: "Đang dùng",
  sortOrder: "Thứ tự",
  create: "Thêm chỉ tiêu",
  created: "Đã thêm chỉ tiêu.",
  updated: "Đã cập nhật chỉ tiêu.",
  edit: (name: string, kind: string, code: string) => `Sửa chỉ tiêu ${name} (${kind}, mã ${code})`,
} as const;
