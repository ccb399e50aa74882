/**
 * What the dossier builder on the meeting page shows (a client component imports only this file,
 * docs/decisions/0026); party-documents.ts includes it under `dossier`.
 */
export const dossierBuilder = {
  build: "Lập hồ sơ (chạy nền)",
  building: (done: number, total: number) => (total > 0 ? `Đang lập hồ sơ: đã xong ${done}/${total} phần…` : "Đang lập hồ sơ…"),
  ready: "Hồ sơ đã lập xong.",
  failed: "Không lập được hồ sơ. Đề nghị thử lại; nếu vẫn lỗi, báo quản trị hệ thống.",
  download: "Hồ sơ hội nghị (PDF)",
} as const;
