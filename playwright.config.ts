import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download does not work offline.
// The network flags keep Chromium from stalling on background connections.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // A fresh embedded database per run, served by the built app.
        command: `node scripts/e2e-server.mjs ${port}`,
        url: `http://127.0.0.1:${port}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
      },
});
