import type { MetadataRoute } from "next";
import { vi } from "@/messages/vi";

/** Lets a browser pin the portal with its icon (public/icon-*.png). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: vi.app.fullName,
    short_name: vi.app.name,
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#da251d",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
