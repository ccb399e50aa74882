/** Strings of the performance work (issue 18): the searchable organization and unit pickers of the filters. */
export const perfMessages = {
  organizationSearch: "Tìm tổ chức",
  /** Under the picker when the scope has more organizations than it lists. */
  organizationSearchHint: (shown: number, total: number) =>
    `Đang liệt kê ${shown}/${total} tổ chức. Gõ tên tổ chức hoặc đơn vị rồi bấm Lọc để tìm.`,
  unitSearch: "Tìm đơn vị",
  /** Under a unit picker (meeting list, matrix) when the scope has more units than it lists. */
  unitSearchHint: (shown: number, total: number) => `Đang liệt kê ${shown}/${total} đơn vị. Gõ tên đơn vị rồi gửi bộ lọc để tìm.`,
} as const;
