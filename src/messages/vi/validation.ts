/** Messages of the "validation" feature (Vietnamese). */
export const validation = {
  required: "Vui lòng nhập thông tin này.",
  tooLong: (max: number) => `Tối đa ${max} ký tự.`,
  tooShort: (min: number) => `Tối thiểu ${min} ký tự.`,
  invalidChoice: "Lựa chọn không hợp lệ.",
  invalidDate: "Ngày không hợp lệ.",
  invalidDateTime: "Ngày giờ không hợp lệ: chọn một ngày có thật và giờ từ 00:00 đến 23:59.",
  invalidNumber: "Vui lòng nhập một số.",
  notNegative: "Không được là số âm.",
  usernameFormat: "Chỉ dùng chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang (3–40 ký tự).",
  invalidEmail: "Địa chỉ thư điện tử không hợp lệ.",
  numberTooLarge: "Số quá lớn.",
  tooManyDecimals: "Tối đa 2 chữ số thập phân.",
} as const;
