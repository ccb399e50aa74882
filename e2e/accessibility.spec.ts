import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { DEMO_PASSWORD, openEditor, signIn } from "./helpers";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const ROLES = ["admin", "thuky", "lanhdao", "mttq", "xem", "thuky.huyen"];
const MAX_PAGES = 40;

// Files and feeds, not pages: downloads, attachments, PDF/DOCX/ICS files, the RSS and calendar feeds, news covers.
const NOT_A_PAGE = /^\/api\/|\/attachments\/|\.(pdf|docx|xlsx|ics|xml)$|\/export$|^\/news\/cover\/|^\/calendar\//;

/** One page per route: "/meetings/ckx…" and "/meetings/cky…" are the same page to check. */
function routeOf(pathname: string): string {
  return pathname
    .split("/")
    .map((segment, index, all) =>
      /^[a-z0-9]{20,}$/.test(segment) || (all[1] === "news" && index === 2 && segment !== "") ? ":id" : segment,
    )
    .join("/");
}

interface PageFindings {
  axe: string[];
  phone: string[];
}

/** Axe at desktop width, then at 375 px: no sideways page scroll, every table scrolls in its own box. */
async function checkPage(page: Page, url: string, testInfo: TestInfo): Promise<PageFindings> {
  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  await page.locator("main, body").first().waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe ${url}`, { body: JSON.stringify(results, null, 2), contentType: "application/json" });
  const axe = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${url} — ${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(" "))
          .join(" | ")}`,
    );

  await page.setViewportSize(PHONE);
  const phone = await page.evaluate((where) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`${where}: page is ${root.scrollWidth}px wide at 375px`);
    for (const table of Array.from(document.querySelectorAll("table"))) {
      if (table.getClientRects().length === 0) continue;
      let box = table.parentElement;
      while (box && box !== document.body && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) {
        box = box.parentElement;
      }
      if (!box || box === document.body) {
        problems.push(`${where}: a table (${table.rows[0]?.textContent?.slice(0, 40) ?? ""}…) has no scrolling wrapper`);
      } else if (box.getBoundingClientRect().right > root.clientWidth + 1) {
        problems.push(`${where}: a table's wrapper overflows the screen`);
      }
    }
    return problems;
  }, url);
  await page.setViewportSize(DESKTOP);
  return { axe, phone };
}

/** Visits the pages reachable by following links from the start pages, one page per route. */
async function checkReachablePages(page: Page, start: string[], testInfo: TestInfo) {
  const queue = [...start];
  const seen = new Set(start.map((url) => routeOf(new URL(url, "http://x").pathname)));
  const visited: string[] = [];
  const axe: string[] = [];
  const phone: string[] = [];
  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const url = queue.shift()!;
    visited.push(url);
    const findings = await checkPage(page, url, testInfo);
    axe.push(...findings.axe);
    phone.push(...findings.phone);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
      );
    for (const href of hrefs) {
      const target = new URL(href);
      const route = routeOf(target.pathname);
      if (NOT_A_PAGE.test(target.pathname) || seen.has(route)) continue;
      seen.add(route);
      queue.push(target.pathname + target.search);
    }
  }
  await testInfo.attach("pages checked", { body: visited.join("\n"), contentType: "text/plain" });
  return { visited, axe, phone };
}

/** Moves the focus with Tab (or Shift+Tab) until it reaches the target, and checks the focus is visible there. */
async function tabTo(page: Page, target: Locator, direction: "Tab" | "Shift+Tab" = "Tab") {
  for (let presses = 0; presses < 300; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      const outlined = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none";
      });
      expect(outlined, "the focused control shows where the focus is").toBe(true);
      return;
    }
    await page.keyboard.press(direction);
  }
  throw new Error(`the keyboard does not reach ${target}`);
}

test("a secretary records attendance and a directive with the keyboard only", async ({ page }) => {
  test.setTimeout(180_000);
  const name = "Trần Văn Bàn Phím";
  const task = "Rà soát, báo cáo kết quả vận động nhân dân tham gia xây dựng nông thôn mới (ghi bằng bàn phím).";

  await page.goto("/login");
  // Typing before the form is hydrated would be lost to a plain HTML submit.
  await page.waitForLoadState("networkidle");
  await tabTo(page, page.getByLabel("Tên đăng nhập"));
  await page.keyboard.type("thuky");
  await tabTo(page, page.getByLabel("Mật khẩu"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("current-user")).toBeVisible();

  await page.goto("/meetings?status=SCHEDULED");
  await tabTo(page, page.getByRole("row").nth(1).getByRole("link").first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  const meetingUrl = page.url();

  // Attendance: its editor opened from its button, a typed-in person made a speaker with the arrow keys.
  await page.waitForLoadState("networkidle");
  await tabTo(page, page.getByRole("button", { name: "Sửa thành phần tham dự" }));
  await page.keyboard.press("Enter");
  // The focus goes to the editor that opened in the button's place.
  await expect(page.getByRole("group", { name: "Sửa thành phần tham dự" })).toBeFocused();
  const rows = page.getByTestId("attendee-row");
  await expect(page.getByRole("button", { name: "Lưu — Thành phần tham dự" })).toBeVisible();
  const before = await rows.count();
  const n = before + 1;
  await tabTo(page, page.getByRole("button", { name: "Thêm người khác" }));
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(n);
  await tabTo(page, page.getByLabel(`Họ và tên ${n}`, { exact: true }), "Shift+Tab");
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Chuyên viên Ban Dân vận");
  await tabTo(page, page.getByLabel(`Vai trò ${n}`, { exact: true }));
  // From "Tham dự" (last) up past "Thư ký hội nghị" to "Phát biểu".
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel(`Vai trò ${n}`, { exact: true })).toHaveValue("SPEAKER");
  await tabTo(page, page.getByRole("button", { name: "Lưu — Thành phần tham dự" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Đã lưu thành phần tham dự.")).toBeVisible();

  // A directive: content typed, a lead organization ticked with Space, the due date chosen with arrows.
  await tabTo(page, page.getByRole("button", { name: "Sửa nhiệm vụ" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Thêm nhiệm vụ" })).toBeVisible();
  const directiveRows = page.getByTestId("directive-row");
  const k = (await directiveRows.count()) + 1;
  const label = `Nhiệm vụ ${k}`;
  await tabTo(page, page.getByRole("button", { name: "Thêm nhiệm vụ" }));
  await page.keyboard.press("Space");
  await expect(directiveRows).toHaveCount(k);
  await tabTo(page, page.getByLabel(`Nội dung — ${label}`, { exact: true }), "Shift+Tab");
  await page.keyboard.type(task);
  const due = page.getByLabel(`Thời hạn — ${label}`, { exact: true });
  await tabTo(page, due);
  // One step at a time: each choice re-renders the row (a date field comes and goes).
  await page.keyboard.press("ArrowDown");
  await expect(due).toHaveValue("day");
  await expect(due).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(due).toHaveValue("next");
  const lead = page.getByRole("checkbox", { name: new RegExp(`^Chủ trì thực hiện: .+ — ${label}$`) }).first();
  const leadName = await lead.getAttribute("aria-label");
  await tabTo(page, lead);
  await page.keyboard.press("Space");
  await expect(lead).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Lưu — Kết luận, nhiệm vụ" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Đã lưu các nhiệm vụ.")).toBeVisible();

  // Saved: a reload shows both.
  await page.reload();
  expect(page.url()).toBe(meetingUrl);
  await openEditor(page, "Sửa thành phần tham dự");
  await openEditor(page, "Sửa nhiệm vụ");
  await expect(page.getByLabel(`Họ và tên ${n}`, { exact: true })).toHaveValue(name);
  await expect(page.getByLabel(`Vai trò ${n}`, { exact: true })).toHaveValue("SPEAKER");
  await expect(page.getByLabel(`Nội dung — ${label}`, { exact: true })).toHaveValue(task);
  // "End of next quarter" is stored as that day.
  await expect(page.getByLabel(`Thời hạn — ${label}`, { exact: true })).toHaveValue("day");
  await expect(page.getByLabel(`Ngày cụ thể — ${label}`, { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByLabel(leadName!, { exact: true })).toBeChecked();
});

test.describe("accessibility: axe and 375 px on every page", () => {
  for (const username of ROLES) {
    test(`${username}: no serious or critical axe violation, no sideways scroll`, async ({ page }, testInfo) => {
      test.setTimeout(600_000);
      await signIn(page, username);
      const { visited, axe, phone } = await checkReachablePages(
        page,
        ["/", "/notifications", "/account/password", "/news"],
        testInfo,
      );
      // Every role has at least its home, notifications, account and the public news.
      expect(visited.length).toBeGreaterThanOrEqual(4);
      expect.soft(axe, axe.join("\n")).toEqual([]);
      expect(phone, phone.join("\n")).toEqual([]);
    });
  }

  test("signed out: login and the public news pages", async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const { visited, axe, phone } = await checkReachablePages(page, ["/login", "/news"], testInfo);
    expect(visited).toContain("/news");
    expect.soft(axe, axe.join("\n")).toEqual([]);
    expect(phone, phone.join("\n")).toEqual([]);
  });
});
