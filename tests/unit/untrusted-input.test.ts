import { describe, expect, it } from "vitest";
import { cleanText, storableText } from "@/lib/text";
import { argInt, argRecord, argText, formText, formTexts, sentText, sentTexts } from "@/server/http/action-input";

describe("text from the network", () => {
  it("loses NUL, other control characters and lone surrogates, keeps tabs and line breaks, and is NFC", () => {
    expect(storableText("a\u0000b\u0007c\u001b\u007f\u0085d\te\nf")).toBe("abcd\te\nf");
    expect(storableText("x\ud800y")).toBe("x\ufffdy");
    expect(cleanText(" Quy\u0301\u0000 I/2020 ")).toBe("Quý I/2020");
  });
});

describe("server-action arguments", () => {
  const form = new FormData();
  form.append("title", "Giao\u0000 ban");
  form.append("title", "thứ hai");
  form.append("ids", "");
  form.append("ids", "a");
  form.append("file", new File(["x"], "x.txt"));

  it("reads the first text value, cleaned, and tells absent from empty", () => {
    expect(formText(form, "title")).toBe("Giao ban");
    expect(formText(form, "missing")).toBe("");
    expect(sentText(form, "missing")).toBeUndefined();
    expect(sentText(form, "file")).toBe("");
    expect(formTexts(form, "ids")).toEqual(["", "a"]);
    expect(sentTexts(form, "ids")).toEqual(["a"]);
    expect(sentTexts(form, "missing")).toBeUndefined();
  });

  it("treats anything that is not a form as an empty form", () => {
    for (const wrong of [null, undefined, "chuỗi", 42, ["a"], { title: "x" }]) {
      expect(formText(wrong, "title")).toBe("");
      expect(sentText(wrong, "title")).toBeUndefined();
      expect(formTexts(wrong, "title")).toEqual([]);
    }
  });

  it("cleans structured arguments and refuses their wrong shapes by emptiness", () => {
    expect(argRecord({ a: "x\u0000", b: [{ c: "d\u0007" }], n: 1 })).toEqual({ a: "x", b: [{ c: "d" }], n: 1 });
    expect(argRecord(["a"])).toEqual({});
    expect(argRecord("a")).toEqual({});
    expect(argText({ id: 1 })).toBe("");
    expect(argText("id\u0000")).toBe("id");
    expect(argInt("3")).toBe(3);
    expect(argInt(1e20)).toBeNull();
    expect(argInt("abc")).toBeNull();
  });
});
