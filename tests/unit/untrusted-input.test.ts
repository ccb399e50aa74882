import { describe, expect, it } from "vitest";
import { cleanText, storableText } from "@/lib/text";
import { z } from "zod";
import { readForm } from "@/lib/form-input";
import { KEEP_STORED } from "@/lib/form-state";
import { argRecord, wireText } from "@/server/http/action-input";

describe("text from the network", () => {
  it("loses NUL, other control characters and lone surrogates, keeps tabs and line breaks, and is NFC", () => {
    expect(storableText("a\u0000b\u0007c\u001b\u007f\u0085d\te\nf")).toBe("abcd\te\nf");
    expect(storableText("x\ud800y")).toBe("x\ufffdy");
    expect(cleanText(" Quy\u0301\u0000 I/2020 ")).toBe("Quý I/2020");
  });
});

describe("server-action arguments", () => {
  const schema = z.object({
    title: z.string(),
    note: z.string().optional(),
    ids: z.array(z.string()),
    tags: z.array(z.string()).optional(),
    flag: z.boolean(),
    chair: z.string().optional(),
  });
  const form = new FormData();
  form.append("title", "Giao\u0000 ban");
  form.append("title", "thứ hai");
  form.append("ids", "");
  form.append("ids", "a");
  form.append("flag", "on");
  form.append("chair", KEEP_STORED);
  form.append("file", new File(["x"], "x.txt"));

  it("reads the form by the schema's shape: first text, non-empty list values, flags; absent optional fields stay undefined", () => {
    expect(readForm(schema, form, wireText)).toEqual({
      title: "Giao ban",
      note: undefined,
      ids: ["a"],
      tags: undefined,
      flag: true,
      chair: undefined,
    });
  });

  it('treats anything that is not a form as an empty form: required text "", lists [], flags false', () => {
    for (const wrong of [null, undefined, "chuỗi", 42, ["a"], { title: "x" }]) {
      expect(readForm(schema, wrong, wireText)).toEqual({
        title: "",
        note: undefined,
        ids: [],
        tags: undefined,
        flag: false,
        chair: undefined,
      });
    }
  });

  it("cleans structured arguments and refuses their wrong shapes by emptiness", () => {
    expect(argRecord({ a: "x\u0000", b: [{ c: "d\u0007" }], n: 1 })).toEqual({ a: "x", b: [{ c: "d" }], n: 1 });
    expect(argRecord(["a"])).toEqual({});
    expect(argRecord("a")).toEqual({});
  });
});
