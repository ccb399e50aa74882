/** Messages of the "errors" feature (Vietnamese). */
export const errors = {
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Nội dung bạn nhập vẫn được giữ lại; hãy xem lại và lưu lần nữa.",
  INVALID_INPUT: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
  INVALID_STATE: "Không thể thực hiện thao tác ở trạng thái hiện tại.",
  BUSY: "Máy chủ đang bận tạo các tệp PDF khác. Vui lòng thử lại sau ít phút.",
  INTERNAL: "Đã có lỗi xảy ra. Nội dung bạn nhập vẫn được giữ lại; vui lòng thử lại.",
  forbiddenPage: "Bạn không có quyền truy cập trang này.",
  notFoundPage: "Không tìm thấy trang.",
} as const;
