import { describe, expect, it } from "vitest";
import { narrowChoices, PICKER_LIMIT } from "@/lib/picker";

const units = Array.from({ length: 98 }, (_, index) => ({ id: `u${index}`, label: `Xã Quy Mô 1.${index}` }));
units[0] = { id: "u0", label: "Tỉnh Quy Mô 1" };

describe("narrowChoices", () => {
  it("offers every choice up to the limit", () => {
    expect(narrowChoices(units.slice(0, PICKER_LIMIT), {})).toHaveLength(PICKER_LIMIT);
  });

  it("offers the first ones beyond the limit, plus the selected one", () => {
    const choices = narrowChoices(units, { selectedId: "u97" });
    expect(choices.slice(0, PICKER_LIMIT)).toEqual(units.slice(0, PICKER_LIMIT));
    expect(choices.at(-1)?.id).toBe("u97");
    expect(narrowChoices(units, { selectedId: "u3" })).toHaveLength(PICKER_LIMIT);
  });

  it("narrows by every word, accents optional", () => {
    expect(narrowChoices(units, { query: "tinh quy" }).map((choice) => choice.id)).toEqual(["u0"]);
    expect(narrowChoices(units, { query: "XÃ 7" }).map((choice) => choice.label)).toEqual(
      units.filter((unit) => unit.label.startsWith("Xã") && unit.label.includes("7")).map((unit) => unit.label),
    );
    expect(narrowChoices(units, { query: "không có" })).toEqual([]);
  });
});
