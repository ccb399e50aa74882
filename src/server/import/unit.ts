/**
 * The unit that holds the meeting and its level. The level comes from the chair's posts (the
 * lowest committee among them: "UVTV Tỉnh ủy, Bí thư Thành ủy" chairs for the Thành ủy), else
 * from "Thường trực Tỉnh ủy/Huyện ủy/…", else from the committee the text names most. A "Thành ủy"
 * is a province-level committee only for the centrally-run cities, and a district-level one
 * whenever the text also names a Tỉnh ủy above it. The name is the proper name written after the
 * committee or the level word ("Thành ủy Huế", "tỉnh Thừa Thiên Huế"), the most frequent one; none: null.
 */
import { isUpperStart, tokens } from "./text";
import type { Span, UnitLevel } from "./types";

const CENTRAL = /^(Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ)$/;
const COMMITTEE =
  /(?<!\p{L})(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy xã|Đảng ủy phường|Đảng ủy thị trấn|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|thành phố|Thành phố)(?!\p{L})/gu;
const NOT_NAME =
  /^(Ủy|Thường|Hội|Đại|Mặt|Đảng|Đoàn|Ban|Trong|Tại|Sau|Các|Chủ|Bí|Phó|Nghị|Kế|Chỉ|Văn|Trung|Quý|Tháng|Năm|Ngày|Sáng|Chiều|Cùng|Đồng|Theo|Đây|Với|Và|Nhân|UBND|HĐND|MTTQ|Hội|Trưởng|Giám|Thành|Tỉnh|Huyện|Xã|Phường|Quận|Thị|Lần|Khóa|Khoá)$/;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());

function levelOf(word: string, provinceNamed: boolean): UnitLevel | "CITY" {
  const w = word.toLowerCase();
  if (w === "tỉnh ủy" || w === "tỉnh") return "PROVINCE";
  if (w === "huyện ủy" || w === "quận ủy" || w === "thị ủy" || w === "huyện" || w === "quận" || w === "thị xã") return "DISTRICT";
  if (w === "thành ủy" || w === "thành phố") return provinceNamed ? "DISTRICT" : "CITY";
  return "COMMUNE";
}

function lowest(levels: (UnitLevel | "CITY")[]): UnitLevel | "CITY" | null {
  for (const l of ["COMMUNE", "DISTRICT", "CITY", "PROVINCE"] as const) if (levels.includes(l)) return l;
  return null;
}

export function findUnit(
  text: string,
  body: string,
  chairPosition: string | null,
  year: number | null,
  people: readonly string[] = [],
): { name: string | null; level: UnitLevel | null; span: Span | null } | null {
  // A text that names a Tỉnh ủy puts its Thành ủy below it (a provincial city, district level).
  const provinceNamed = /Tỉnh ủy/u.test(text);
  const wordsIn = (s: string) => [...s.matchAll(COMMITTEE)].map((m) => m[1]!);
  let level: UnitLevel | "CITY" | null = null;
  if (chairPosition)
    level = lowest(
      wordsIn(chairPosition)
        .filter((w) => /ủy/.test(w))
        .map((w) => levelOf(w, provinceNamed)),
    );
  if (!level && chairPosition) level = lowest(wordsIn(chairPosition).map((w) => levelOf(w, provinceNamed)));
  if (!level) {
    const organiser = /Thường trực (Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)/u.exec(body);
    if (organiser) level = levelOf(organiser[1]!, provinceNamed);
  }
  if (!level) {
    const counts = new Map<UnitLevel | "CITY", number>();
    for (const w of wordsIn(body).filter((w) => /ủy/.test(w))) {
      const l = levelOf(w, provinceNamed);
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    level = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  // Proper names after a committee or level word of the meeting's level.
  const names = new Map<string, { count: number; span: Span; city: boolean }>();
  const ts = tokens(text);
  for (let i = 0; i < ts.length; i++) {
    let word = ts[i]!.w;
    let next = i + 1;
    const two = `${ts[i]!.w} ${ts[i + 1]?.w ?? ""}`;
    const caps = /^\p{Lu}+ \p{Lu}+$/u.test(two);
    if (
      /^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|thị xã|Thị xã|thị trấn|Thị trấn|thành phố|Thành phố)$/u.test(
        caps ? titleCase(two).replace(/ Ủy$/, " ủy") : two,
      ) &&
      !ts[i]!.after
    ) {
      word = caps ? titleCase(two).replace(/ Ủy$/, " ủy") : two;
      next = i + 2;
    } else if (/^(Đảng)$/.test(ts[i]!.w) && /^(ủy|bộ)$/.test(ts[i + 1]?.w ?? "") && /^(xã|phường)$/.test(ts[i + 2]?.w ?? "")) {
      word = ts[i + 2]!.w;
      next = i + 3;
    } else if (!/^(tỉnh|huyện|quận|xã|phường|Tỉnh|Huyện|Quận|Xã|Phường)$/u.test(word) || ts[i]!.after) continue;
    if (ts[next - 1]!.after) continue;
    const l = levelOf(word, provinceNamed);
    const wanted =
      level === "CITY"
        ? l === "CITY" || l === "PROVINCE"
        : level === null || l === level || (level === "DISTRICT" && l === "CITY");
    if (!wanted) continue;
    const parts: string[] = [];
    let j = next;
    while (
      j < ts.length &&
      parts.length < 4 &&
      isUpperStart(ts[j]!.w) &&
      !/\d/.test(ts[j]!.w) &&
      !(parts.length === 0 && NOT_NAME.test(caps ? titleCase(ts[j]!.w) : ts[j]!.w)) &&
      (caps || !/^\p{Lu}{2,}$/u.test(ts[j]!.w))
    ) {
      parts.push(caps ? titleCase(ts[j]!.w) : ts[j]!.w);
      if (ts[j]!.after) break;
      j++;
    }
    if (!parts.length) continue;
    const name = parts.join(" ");
    if (people.some((p) => p.includes(name) || name.includes(p))) continue;
    const entry = names.get(name) ?? {
      count: 0,
      span: { start: ts[next]!.start, end: ts[next + parts.length - 1]!.end },
      city: l === "CITY",
    };
    entry.count++;
    names.set(name, entry);
  }
  const best = [...names.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  let finalLevel: UnitLevel | null = level === "CITY" ? "DISTRICT" : level;
  if (level === "CITY") {
    const central = best && CENTRAL.test(best[0]) ? true : best?.[0] === "Huế" && year !== null && year >= 2025;
    finalLevel = central ? "PROVINCE" : "DISTRICT";
  }
  if (!best && !finalLevel) return null;
  return { name: best?.[0] ?? null, level: finalLevel, span: best?.[1].span ?? null };
}
