/** Party-format documents (issue 15): numbering per term, notice, minutes, attachments, dossier, calendar. */
export const partyDocuments = {
  numbering: {
    typedNumber: "Số đã cấp trong sổ văn bản đi (để trống để hệ thống tự cấp số)",
    typedNumberHint: "Chỉ nhập khi văn thư cấp số trong sổ văn bản đi giữ ngoài hệ thống.",
    issuedOn: "Ngày ban hành thực tế",
    issuedOnHint: "Hội nghị nhập lại từ hồ sơ lưu trữ: ghi ngày thông báo đã thực sự ban hành.",
    numberExists: (code: string, committee: string, term: string) =>
      `Số ${code} đã có trong sổ văn bản đi của ${committee} nhiệm kỳ ${term}. Đề nghị kiểm tra lại sổ và nhập số khác.`,
    invalidNumber: "Số văn bản phải là số nguyên dương (tối đa 99999).",
    issuedOnOnlyArchive: "Chỉ hội nghị nhập lại từ hồ sơ lưu trữ mới ghi được ngày ban hành trong quá khứ.",
    issuedOnInFuture: "Ngày ban hành không được sau hôm nay.",
    term: (label: string) => `Nhiệm kỳ ${label}`,
  },
  notice: {
    signing: "Hình thức ký",
    signingBoard: "T/M BAN THƯỜNG VỤ (đồng chí lãnh đạo ký)",
    signingOffice: "T/L BAN THƯỜNG VỤ (Chánh Văn phòng ký)",
    onBehalf: "T/M BAN THƯỜNG VỤ",
    byOrder: "T/L BAN THƯỜNG VỤ",
    officeChief: "CHÁNH VĂN PHÒNG",
    draftMark: "DỰ THẢO",
    recipientsLabel: "Nơi nhận:",
    openingBoard: (body: string) => `Thường trực ${body}`,
    /** The sentence that closes the notice: who informs, in agreement with the signing. */
    closingBoard: (committee: string) => `Ban Thường vụ ${committee} thông báo để các cơ quan, đơn vị biết, thực hiện.`,
    closingOffice: (committee: string) =>
      `Thừa lệnh Ban Thường vụ, Văn phòng ${committee} thông báo để các cơ quan, đơn vị biết, thực hiện.`,
    heard: (body: string) => `Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, ${body} kết luận như sau:`,
    results: "Kết quả đạt được:",
    shortcomings: "Tồn tại, hạn chế:",
    recipients: {
      standing: (committee: string) => `Thường trực ${committee} (b/c),`,
      members: "Các đồng chí UV BTV,",
      massMobilization: (committee: string) => `Ban Dân vận ${committee},`,
      fronts: "MTTQ và các đoàn thể,",
      archive: (committee: string) => `Lưu Văn phòng ${committee}.`,
    },
  },
} as const;
