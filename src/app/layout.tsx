import type { Metadata } from "next";
import "./globals.css";
import { vi } from "@/messages/vi";

export const metadata: Metadata = {
  title: { default: vi.app.name, template: `%s · ${vi.app.name}` },
  description: vi.app.fullName,
  icons: {
    icon: [
      { url: "/favicon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "32x32" },
    ],
    apple: "/icon-192.png",
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
