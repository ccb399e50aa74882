/** Messages of the "audit" feature (Vietnamese). */
export const audit = {
  title: "Nhật ký hệ thống",
  at: "Thời điểm",
  actor: "Người thực hiện",
  action: "Hành động",
  entity: "Đối tượng",
  changes: "Thay đổi",
  before: "Trước",
  after: "Sau",
  system: "Hệ thống",
  filterEntity: "Loại đối tượng",
  filterActor: "Tên đăng nhập",
  all: "Tất cả",
} as const;
