/** Messages of the "ops" feature (Vietnamese). */
export const ops = {
  databaseLocked: (dataDir: string, pid: number) =>
    `Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${pid} sử dụng (thường là cổng giao ban đang chạy). ` +
    "Chỉ một tiến trình được mở nó cùng lúc, nếu không dữ liệu ghi vào sẽ bị mất. " +
    "Hãy dừng cổng giao ban rồi chạy lại lệnh này, hoặc làm việc đó qua cổng đang chạy " +
    "(việc gửi thông báo tự chạy trong cổng; sao lưu: npm run backup), " +
    "hoặc dùng PostgreSQL (đặt DATABASE_URL) để nhiều tiến trình cùng dùng một cơ sở dữ liệu.",
  databaseLockedElsewhere: (dataDir: string, pid: number, hostname: string, lockFile: string) =>
    `Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${pid} trên máy "${hostname}" sử dụng; không kiểm tra được tiến trình đó từ máy này. ` +
    `Nếu chắc chắn không còn tiến trình nào dùng thư mục này (ví dụ container cũ đã bị xóa), hãy xóa tệp ${lockFile} rồi chạy lại.`,
  notifyJobEmbedded:
    "Với cơ sở dữ liệu nhúng (PGlite), cổng giao ban tự chạy việc gửi thông báo mỗi giờ trong tiến trình máy chủ " +
    "(NOTIFY_INTERVAL_MINUTES); không cần cron. Chỉ chạy npm run jobs:notify từ cron khi dùng PostgreSQL (DATABASE_URL).",
  notifyJobDone: (considered: number, created: number) => `Thông báo: xét ${considered}, tạo mới ${created}.`,
  notifyJobFailed: (message: string) => `Việc gửi thông báo định kỳ bị lỗi: ${message}`,
  backupUsage: "Cách dùng: npm run backup -- TỆP.tar.gz",
  restoreUsage: "Cách dùng: npm run restore -- TỆP.tar.gz",
  backupDone: (file: string, tables: number, rows: number, files: number) =>
    `Đã sao lưu vào ${file}: ${tables} bảng, ${rows} dòng, ${files} tệp.`,
  backupViaServer: (pid: number) => `Cổng giao ban (tiến trình ${pid}) đang giữ cơ sở dữ liệu nhúng; nhờ nó sao lưu…`,
  backupServerUnreachable: (url: string) =>
    `Không liên lạc được với cổng giao ban tại ${url} để sao lưu. Đặt PORT đúng cổng đang chạy, hoặc dừng cổng rồi sao lưu lại.`,
  backupServerFailed: (status: number, message: string) => `Cổng giao ban từ chối sao lưu (${status}): ${message}`,
  backupForbidden: "Không được phép.",
  restoreDone: (tables: number, rows: number, files: number) =>
    `Đã khôi phục và kiểm tra: ${tables} bảng, ${rows} dòng, ${files} tệp khớp với bản kê của tệp sao lưu.`,
  restoreNotEmptyDatabase: (table: string) =>
    `Cơ sở dữ liệu đích không trống (bảng "${table}" có dữ liệu). Chỉ khôi phục vào cơ sở dữ liệu trống.`,
  restoreNotEmptyStorage: (dir: string) =>
    `Thư mục tệp ${dir} không trống. Chỉ khôi phục vào thư mục trống (đặt STORAGE_DIR khác hoặc dọn thư mục).`,
  restoreNewerSchema: (names: string) =>
    `Tệp sao lưu được tạo bởi phiên bản mới hơn (migration chưa có trong mã nguồn này: ${names}). Hãy cập nhật cổng giao ban trước khi khôi phục.`,
  restoreInvalidArchive: (detail: string) => `Tệp sao lưu không hợp lệ: ${detail}`,
  restoreMismatch: (what: string) => `Kiểm tra sau khôi phục không khớp: ${what}`,
} as const;
