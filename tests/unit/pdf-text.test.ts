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

  it("cuts only long unspaced runs into pieces, so justified text is never split", () => {
    const spaced = breakableText("Tình hình ".repeat(3000));
    expect(piecesOf(spaced, 2000)).toEqual([spaced]);

    const text = breakableText(`${"Tình hình ".repeat(300)}${"ĐảngCộngsản".repeat(2000)} cuối`);
    const pieces = piecesOf(text, 2000);
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(2000);
      expect(piece.endsWith(ZWSP)).toBe(true);
    }
    // The first piece runs on through the spaced text to the first break opportunity after 2,000.
    for (const piece of pieces.slice(1, -1)) expect(piece.length).toBeLessThan(2100);
  });
});
