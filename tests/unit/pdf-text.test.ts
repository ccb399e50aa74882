import { describe, expect, it } from "vitest";
import { breakableText, piecesOf } from "@/server/pdf/pdf-text";

const ZWSP = "\u200b";

describe("text prepared for PDF layout", () => {
  it("leaves words, codes and short runs whole", () => {
    const text = "Ngày 24/3/2020, Nghị quyết 54-NQ/TW; vanphong@tinhuy.gov.vn\nTỉnh ủy";
    expect(breakableText(text)).toBe(text);
  });

  it("gives a long unspaced run a break opportunity every 8 characters, text otherwise unchanged", () => {
    const run = "ĐảngCộngsảnViệtNamquangvinhmuônnăm".repeat(30);
    const prepared = breakableText(`Mở đầu ${run} kết thúc`);
    expect(prepared.replaceAll(ZWSP, "")).toBe(`Mở đầu ${run} kết thúc`);
    const chunks = prepared.split(" ")[2].split(ZWSP);
    expect(chunks.length).toBeGreaterThan(run.length / 8 - 1);
    expect(Math.max(...chunks.map((chunk) => [...chunk].length))).toBe(8);
    expect(breakableText(prepared)).toBe(prepared);
  });

  it("never separates a letter from its combining marks", () => {
    const decomposed = "e\u0323\u0302".repeat(40); // "ệ" typed as e + dot below + circumflex
    const prepared = breakableText(decomposed);
    expect(prepared).toContain(ZWSP);
    expect(prepared).not.toMatch(new RegExp(`${ZWSP}\\p{M}`, "u"));
    expect(prepared.replaceAll(ZWSP, "")).toBe(decomposed);
  });

  it("cuts a long paragraph into pieces ending at break opportunities", () => {
    const text = breakableText(`${"Tình hình ".repeat(300)}${"x".repeat(5000)} cuối`);
    const pieces = piecesOf(text, 2000);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).toMatch(/[ \u200b]$/);
    }
  });
});
