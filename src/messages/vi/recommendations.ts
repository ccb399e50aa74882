/** Messages of the "recommendations" feature (Vietnamese). */
export const recommendations = {
  title: "Đề xuất, kiến nghị",
  content: "Nội dung",
  addressedTo: "Kính gửi",
  organization: "Tổ chức",
  period: "Kỳ",
  status: "Trạng thái",
  answer: "Nội dung trả lời",
  answeredBy: (name: string, time: string) => `${name} trả lời lúc ${time}`,
  submitAnswer: "Lưu trả lời",
  answerFormLabel: (organization: string, period: string, content: string) =>
    `Trả lời đề xuất của ${organization} (${period}): ${content}`,
  answered: "Đã lưu trả lời.",
  newStatus: "Chuyển trạng thái",
  answerRequired: "Vui lòng nhập nội dung trả lời.",
  report: "Báo cáo",
} as const;
