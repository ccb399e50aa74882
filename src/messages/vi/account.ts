/** Messages of the "account" feature (Vietnamese). */
export const account = {
  title: "Đổi mật khẩu",
  current: "Mật khẩu hiện tại",
  next: "Mật khẩu mới",
  confirm: "Nhập lại mật khẩu mới",
  submit: "Đổi mật khẩu",
  done: "Đã đổi mật khẩu.",
  signInAgain: "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.",
  wrongCurrent: "Mật khẩu hiện tại không đúng.",
  tooManyAttempts: (minutes: number) =>
    `Đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`,
  mismatch: "Hai lần nhập mật khẩu mới không khớp.",
  tooShort: "Mật khẩu phải có ít nhất 10 ký tự.",
} as const;
