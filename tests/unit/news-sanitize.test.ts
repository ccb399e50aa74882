import { describe, expect, it } from "vitest";
import { escapeHtml, htmlToText, sanitizeNewsHtml } from "@/server/news/sanitize-news-html";

describe("news HTML allowlist", () => {
  it.each([
    ["<script>alert(1)</script><p>a</p>", "<p>a</p>"],
    ['<img src=x onerror="alert(1)"><p>b</p>', "<p>b</p>"],
    ['<p onclick="alert(1)" style="color:red">c</p>', "<p>c</p>"],
    ['<a href="javascript:alert(1)">d</a>', '<a rel="noopener noreferrer nofollow">d</a>'],
    ['<a href=" jav&#x09;ascript:alert(1)">e</a>', '<a rel="noopener noreferrer nofollow">e</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">f</a>', '<a rel="noopener noreferrer nofollow">f</a>'],
    ["<iframe src=https://example.org></iframe><p>g</p>", "<p>g</p>"],
    ["<svg><script>alert(1)</script></svg><p>h</p>", "<p>h</p>"],
    ["<style>body{}</style><p>i</p>", "<p>i</p>"],
  ])("removes what could run: %s", (input, expected) => {
    expect(sanitizeNewsHtml(input)).toBe(expected);
  });

  it("keeps paragraphs, emphasis, lists and safe links, with diacritics in NFC", () => {
    const input = '<p><b>Đậm</b> <i>nghiêng</i></p><ol><li>một</li></ol><a href="https://example.org" target="_blank">nguồn</a>';
    expect(sanitizeNewsHtml(input.normalize("NFD"))).toBe(
      '<p><strong>Đậm</strong> <em>nghiêng</em></p><ol><li>một</li></ol><a href="https://example.org" rel="noopener noreferrer nofollow">nguồn</a>',
    );
  });

  it("escapes text and extracts plain text", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(htmlToText("<p>Quý I</p>\n<ul><li>một</li></ul>")).toBe("Quý I một");
  });
});
