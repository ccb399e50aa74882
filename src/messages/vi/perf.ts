/** Strings of the performance work (issue 18): the searchable organization picker of the filters. */
export const perfMessages = {
  organizationSearch: "Tìm tổ chức",
  /** Under the picker when the scope has more organizations than it lists. */
  organizationSearchHint: (shown: number, total: number) =>
    `Đang liệt kê ${shown}/${total} tổ chức. Gõ tên tổ chức hoặc đơn vị rồi bấm Lọc để tìm.`,
} as const;
