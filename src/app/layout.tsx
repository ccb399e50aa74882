import type { Metadata } from "next";
import "./globals.css";
import { vi } from "@/messages/vi";

export const metadata: Metadata = {
  title: { default: vi.app.name, template: `%s · ${vi.app.name}` },
  description: vi.app.fullName,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
