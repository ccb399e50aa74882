import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { searchKey, searchWords } from "@/lib/text";
import type { Actor } from "@/server/auth/actor";
import { BOARD_ROW, DIRECTIVES_PAGE_SIZE, listDirectives } from "@/server/directives/list-directives";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { directiveFilterWhere } from "../setup/directive-filter-where";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/** The words of a directive as the search sees them (searchWords without its ten-word cap). */
const splitAll = (content: string) =>
  searchKey(content)
    .split(/[\s/,.;:()"'-]+/)
    .map((word) => word.replace(/[%_\\]/g, ""))
    .filter(Boolean);

/** What a search shows (docs/decisions/0033): every typed word is a word of the content, the last one may be its beginning. */
function matchesNow(content: string, q: string): boolean {
  const words = new Set(splitAll(content));
  const typed = searchWords(q);
  return typed.every((word, index) =>
    index === typed.length - 1 ? [...words].some((candidate) => candidate.startsWith(word)) : words.has(word),
  );
}

/** What the former search showed: every typed word somewhere in the content key. */
const matchedBefore = (content: string, q: string) => searchWords(q).every((word) => searchKey(content).includes(word));

const CONTENTS = [
  "Triển khai Nghị quyết 54-NQ/TW về xây dựng khối đại đoàn kết.",
  "Vận động xây nhà Đại đoàn kết theo Chỉ thị 35-CT/TW.",
  "Báo cáo kết quả giám sát quý I/2020 của Mặt trận.",
  "Quyết định khen thưởng hội viên tiêu biểu (quý II/2020).",
  "Tuyên truyền quyền và nghĩa vụ của công dân; giám sát đầu tư công.",
  "Đoàn thanh niên tổ chức phong trào tình nguyện hè.",
  "Hội Nông dân vận động nông dân sản xuất giỏi, đoàn kết giúp nhau.",
  "Rà soát quy chế phối hợp giữa MTTQ và các đoàn thể.",
  "Quy định về tiếp xúc cử tri; báo cáo Thường trực Tỉnh ủy.",
  "Xây dựng nông thôn mới, đô thị văn minh.",
  "Cập nhật tin bài lên dangcongsan.vn hằng tuần.",
];

const QUERIES = [
  "nghị quyết",
  "NGHI QUYET",
  "đoàn kết",
  "doan ket",
  "quý I/2020",
  "54-NQ/TW",
  "giám sát",
  "xây",
  "xây dựng",
  "mttq",
  "quy",
  "quyết định",
  "báo cáo",
  "vận động nông",
  "không có từ này",
  "tỉnh ủy",
  "hội viên tiêu",
  "dangcong",
  "tin dangcongsan.vn",
];

/** Queries whose answers did not change: whole words, as people type them. */
const UNCHANGED = ["nghị quyết", "đoàn kết", "doan ket", "54-NQ/TW", "giám sát", "xây dựng", "mttq", "báo cáo"];

describe("directive search through the scoped search vector", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  const now = fromVietnamTime("2020-07-01", "09:00");

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const q2 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 });
    const org = world.organizations;
    const places = [
      [world.units.province, org.province, world.period, "PUBLISHED"],
      [world.units.province, org.province, q2, "CONCLUDED"],
      [world.units.district, org.district, q2, "PUBLISHED"],
      [world.units.sibling, org.sibling, q2, "PUBLISHED"],
    ] as const;
    for (const [index, [unit, orgs, period, status]] of places.entries()) {
      await createMeeting(db, {
        unitId: unit.id,
        period,
        status,
        title: `Hội nghị giao ban ${index}`,
        createdById: world.ids.secretariat,
        directives: CONTENTS.flatMap((content, n) =>
          // 30 directives a meeting, so that a search has pages; every third one not led by MTTQ.
          [0, 1, 2].map((copy) => ({
            content: copy ? `${content} (${copy})` : content,
            lead: [n % 3 === copy ? orgs.VETERANS.id : orgs.MTTQ.id],
            support: n % 2 ? [orgs.YOUTH_UNION.id] : [],
            dueDate: n % 4 ? fromVietnamTime(`2020-0${(n % 6) + 3}-1${copy}`, "00:00") : null,
            status: (["OPEN", "IN_PROGRESS", "DONE"] as const)[(n + copy) % 3],
            category: n % 2 ? "Tuyên truyền" : "",
          })),
        ),
      });
    }
  });

  /** The board's page as the Prisma where clause and the search semantics say it should be. */
  async function expected(actor: Actor, input: Record<string, string>) {
    const filters = ZListDirectivesSchema.parse(input);
    const rows = await db.directive.findMany({
      where: directiveFilterWhere(actor, filters, now),
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      select: { id: true, content: true },
    });
    const hits = rows.filter((row) => matchesNow(row.content, filters.q ?? ""));
    const start = (filters.page - 1) * DIRECTIVES_PAGE_SIZE;
    return { total: hits.length, ids: hits.slice(start, start + DIRECTIVES_PAGE_SIZE).map((row) => row.id) };
  }

  it("find what every word names, within exactly the rows each role may read, with the board's filters and order", async () => {
    const a = world.actors;
    const org = world.organizations.province;
    const filters: Record<string, string>[] = [
      { page: "2" },
      { status: "OPEN" },
      { overdue: "1" },
      { organizationId: org.VETERANS.id },
      { mine: "1" },
      { periodId: world.period.id },
      { category: "Tuyên truyền" },
    ];
    let compared = 0;
    // Every query alone, and a few with each filter (the leader's scope is the secretariat's).
    const cases = [
      ...QUERIES.map((q) => ({ q })),
      ...["đoàn kết", "xây", "giám sát"].flatMap((q) => filters.map((filter) => ({ q, ...filter }))),
      // The board without a search is the same statement over the scope alone.
      {},
      ...filters,
    ];
    for (const actor of [a.secretariat, a.mttq, a.districtSecretariat, a.districtMttq]) {
      for (const input of cases) {
        const page = await listDirectives({ actor, input, now });
        const want = await expected(actor, input);
        expect({ who: actor.username, input, total: page.total, ids: page.rows.map((row) => row.id) }).toEqual({
          who: actor.username,
          input,
          ...want,
        });
        compared += want.total;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("print the same fields of each row as the board without a search", async () => {
    for (const q of ["đoàn kết", "giám sát", "xây"]) {
      const { rows } = await listDirectives({ actor: world.actors.secretariat, input: { q }, now });
      const ids = rows.map((row) => row.id);
      const board = await listDirectives({ actor: world.actors.secretariat, input: { meetingId: rows[0].meeting.id }, now });
      const prisma = await db.directive.findMany({ where: { id: { in: ids } }, select: BOARD_ROW });
      const byId = new Map(prisma.map((row) => [row.id, row]));
      const sorted = <T extends { organization: { id: string } }>(list: T[]) =>
        [...list].sort((a, b) => a.organization.id.localeCompare(b.organization.id));
      for (const row of rows) {
        const want = byId.get(row.id)!;
        expect({ ...row, organizations: sorted(row.organizations) }).toEqual({
          ...want,
          organizations: sorted(want.organizations),
          overdue: row.overdue,
        });
      }
      expect(Object.keys(rows[0]).sort()).toEqual(Object.keys(board.rows[0]).sort());
    }
  });

  it("answer whole-word queries as the former substring search did", async () => {
    const contents = (await db.directive.findMany({ select: { content: true } })).map((row) => row.content);
    for (const q of UNCHANGED) {
      expect({ q, hits: contents.filter((content) => matchesNow(content, q)) }).toEqual({
        q,
        hits: contents.filter((content) => matchedBefore(content, q)),
      });
    }
    // What changed: a word typed before the last must be a whole word: "quý I/2020" no longer finds
    // quý II/2020 ("i" was inside "ii"), "quy định" no longer finds "quyết định".
    expect(matchedBefore(CONTENTS[3], "quý I/2020")).toBe(true);
    expect(matchesNow(CONTENTS[3], "quý I/2020")).toBe(false);
    expect(matchesNow("Quyết định khen thưởng", "quy định")).toBe(false);
    expect(matchesNow("Quyết định khen thưởng", "định quy")).toBe(true);
  });

  it("split words in the database exactly as the typed words are split", async () => {
    for (const sample of [...CONTENTS, "Đoàn TNCS Hồ Chí Minh", "a%b_c\\d 50%", "  --//  ", 'Quý I/2020 (lần 2): "kết luận"']) {
      const [{ lexemes }] = await db.$queryRaw<{ lexemes: string[] }[]>`SELECT search_lexemes(${sample}) AS lexemes`;
      expect(lexemes).toEqual(splitAll(sample));
    }
  });

  it("keep each directive's vector when its content changes or its meeting moves to another unit", async () => {
    const directive = await db.directive.findFirstOrThrow({
      where: { meeting: { unitId: world.units.district.id } },
      select: { id: true, meetingId: true },
    });
    const find = async (actor: Actor, q: string) =>
      (await listDirectives({ actor, input: { q }, now })).rows.map((row) => row.id);
    await db.directive.update({ where: { id: directive.id }, data: { content: "Kiểm tra từ hiếm zyxwv." } });
    expect(await find(world.actors.districtSecretariat, "zyxwv")).toEqual([directive.id]);
    expect(await find(world.actors.secretariat, "zyxw")).toEqual([directive.id]);

    await db.meeting.update({ where: { id: directive.meetingId }, data: { unitId: world.units.sibling.id } });
    expect(await find(world.actors.districtSecretariat, "zyxwv")).toEqual([]);
    expect(await find(world.actors.secretariat, "zyxwv")).toEqual([]);
    const [{ vector }] = await db.$queryRaw<{ vector: string }[]>`
      SELECT "searchVector"::text AS vector FROM "Directive" WHERE id = ${directive.id}`;
    expect(vector).toContain(`'${world.units.sibling.path}'`);
    expect(vector).not.toContain(`'${world.units.province.path}'`);
  });
});
