/** Messages of the "health" feature (Vietnamese). */
export const health = {
  databaseDown: "Cơ sở dữ liệu không trả lời.",
  storageNotWritable: "Không ghi được vào thư mục lưu tệp (STORAGE_DIR).",
  migrationsUnknown: "Không đọc được bảng _prisma_migrations hoặc thư mục prisma/migrations.",
} as const;
