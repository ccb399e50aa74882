/** Messages of the "login" feature (Vietnamese). */
export const login = {
  title: "Đăng nhập",
  subtitle: "Dùng tài khoản do Văn phòng cấp ủy cấp.",
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  submit: "Đăng nhập",
  submitting: "Đang đăng nhập…",
  invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
  locked: (minutes: number) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`,
  required: "Vui lòng nhập tên đăng nhập và mật khẩu.",
  failed: "Không đăng nhập được. Vui lòng thử lại.",
} as const;
