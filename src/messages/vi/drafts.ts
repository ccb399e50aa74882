/** Messages of the "drafts" feature (Vietnamese). */
export const drafts = {
  tooLarge: "Bản nháp quá dài để lưu tự động. Hãy bấm Lưu để giữ nội dung.",
} as const;
