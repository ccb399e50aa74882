/** Messages of the "migrations" feature (Vietnamese). */
export const migrations = {
  applied: (names: string) => `Đã áp dụng migration: ${names}`,
  upToDate: "Cơ sở dữ liệu đã ở phiên bản mới nhất.",
  waiting: "Một tiến trình khác đang chạy migration trên cơ sở dữ liệu này; đang chờ nó xong…",
  stopped: "Migration dừng lại, cơ sở dữ liệu cần được xem xét:",
  edited: (name: string) =>
    `Migration "${name}" đã được áp dụng nhưng tệp prisma/migrations/${name}/migration.sql đã bị sửa sau đó (checksum khác với lúc áp dụng). ` +
    `Không sửa migration đã áp dụng: trả tệp về nội dung cũ (git checkout -- prisma/migrations/${name}) và đưa thay đổi vào một migration mới.`,
  missingOnDisk: (name: string) =>
    `Cơ sở dữ liệu đã áp dụng migration "${name}" nhưng mã nguồn này không có thư mục đó: cơ sở dữ liệu mới hơn mã nguồn. ` +
    `Hãy cài phiên bản mã nguồn tương ứng (hoặc mới hơn); không chạy phiên bản cũ trên cơ sở dữ liệu này.`,
  unfinished: (name: string) =>
    `Migration "${name}" đã bắt đầu nhưng chưa hoàn tất (một lần chạy bị lỗi hoặc bị dừng giữa chừng; lỗi ghi ở cột "logs" của bảng "_prisma_migrations"). ` +
    `Kiểm tra và đưa cơ sở dữ liệu về trạng thái trước migration này, đánh dấu lần chạy đó là đã hủy ` +
    `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL), rồi khởi động lại để chạy lại.`,
  failed: (name: string, error: string) => `Migration "${name}" bị lỗi: ${error}`,
  rolledBack: "Migration này chạy trong một giao dịch nên đã được hủy toàn bộ: sửa lỗi trong tệp rồi chạy lại.",
  pending: (names: string) => `Chưa áp dụng: ${names}. Chạy npm run db:migrate (npm start tự chạy).`,
} as const;
