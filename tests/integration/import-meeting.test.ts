import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { confirmImport } from "@/server/import/confirm-import";
import { readImport, sha256 } from "@/server/import/read-import";
import { getImportPage } from "@/server/import/get-import-page";
import { matchPeriod } from "@/lib/import-match";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ARTICLE = path.resolve(__dirname, "../../../shared/corpus/000_1c528c825f9c3f32.txt");

describe.skipIf(!existsSync(ARTICLE))("importing a meeting from a press report", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
  });

  it("reads a draft without storing anything, then confirms it into a draft meeting with an audited SHA-256", async () => {
    const actor = world.actors.secretariat;
    const before = await db.meeting.count();
    const draft = await readImport({ actor, text: readFileSync(ARTICLE, "utf8"), file: null });
    expect(draft.chair?.name).toBe("Bùi Thanh Hà");
    expect(await db.meeting.count()).toBe(before);

    const page = await getImportPage(actor);
    const period =
      matchPeriod(page.periods, draft.period) ??
      (
        await db.period.create({
          data: { year: 2020, type: "QUARTER", index: 1, startDate: new Date("2020-01-01"), endDate: new Date("2020-03-31") },
        })
      ).id;
    const mttq = world.organizations.province.MTTQ.id;
    const meeting = await confirmImport({
      actor,
      input: {
        source: draft.source,
        unitId: world.units.province.id,
        periodId: period,
        kind: draft.kind ?? "LIAISON",
        title: draft.title ?? "",
        date: draft.date ?? "",
        place: "Hội trường Tỉnh ủy",
        chairPersonId: null,
        chairName: draft.chair?.name ?? "",
        chairPosition: draft.chair?.position ?? "",
        attendees: [
          {
            personId: null,
            name: "Nguyễn Văn Phương",
            position: "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
            organizationId: mttq,
            role: "REPORTER",
          },
        ],
        representedOrganizationIds: [mttq],
        represented: draft.organizationsRepresented,
        documents: draft.documents.map((d) => ({ code: d.code, date: d.date })),
        results: draft.results,
        shortcomings: draft.shortcomings,
        directives: draft.directives,
      },
    });
    const stored = await db.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: {
        attendances: true,
        directives: { orderBy: { sortOrder: "asc" } },
        invitations: true,
        documents: { include: { document: true } },
      },
    });
    expect(stored.status).toBe("DRAFT");
    expect(stored.title).toBe(draft.title);
    expect(stored.chairName).toBe("Bùi Thanh Hà");
    expect(stored.chairPosition).toBe("Phó Bí thư Thường trực Tỉnh ủy");
    expect(stored.place).toBe("Hội trường Tỉnh ủy");
    // Named people, then the bodies present only as "đại diện lãnh đạo …" as delegations.
    expect(stored.attendances.map((a) => [a.fullName, a.role, a.kind])).toEqual([
      ["Bùi Thanh Hà", "CHAIR", "PERSON"],
      ["Nguyễn Văn Phương", "REPORTER", "PERSON"],
      ...draft.organizationsRepresented.map((body) => [body, "ATTENDEE", "DELEGATION"]),
    ]);
    // Every fact in its own field: the day as a day, results and shortcomings, held means archived.
    expect(stored.datePrecision).toBe("DATE");
    expect(stored.isArchive).toBe(true);
    expect(draft.results.length).toBeGreaterThan(0);
    expect(stored.resultsText).toBe(draft.results.map((item) => `- ${item}`).join("\n"));
    expect(stored.shortcomingsText).toBe(draft.shortcomings.map((item) => `- ${item}`).join("\n"));
    expect(stored.directives.map((d) => d.content)).toEqual(draft.directives);
    expect(stored.invitations.map((i) => i.organizationId)).toEqual([mttq]);
    expect(stored.documents.map((d) => d.document.code).sort()).toEqual(["172-TB/TW", "54-NQ/TW"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: meeting.id, action: "meeting.import" } });
    expect((audit.after as { sourceSha256: string }).sourceSha256).toBe(sha256(draft.source));
  });

  it("refuses bad input with a message and stores nothing", async () => {
    const actor = world.actors.secretariat;
    const before = await db.meeting.count();
    await expectAppError(readImport({ actor, text: "", file: null }), "INVALID_INPUT");
    await expectAppError(
      readImport({ actor, text: "", file: { name: "anh.txt", bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]) } }),
      "INVALID_INPUT",
    );
    await expectAppError(
      readImport({ actor, text: "The committee met on Monday to discuss the budget.", file: null }),
      "INVALID_INPUT",
    );
    await expectAppError(
      readImport({ actor, text: "", file: { name: "to.txt", bytes: utf8("a".repeat(6 * 1024 * 1024)) } }),
      "INVALID_INPUT",
    );
    expect(await db.meeting.count()).toBe(before);
  });

  it("refuses a draft the later steps would refuse before writing anything (no half import)", async () => {
    const actor = world.actors.secretariat;
    const before = await db.meeting.count();
    const period = await db.period.findFirstOrThrow({ select: { id: true } });
    const base = {
      source: "Hội nghị giao ban",
      unitId: world.units.province.id,
      periodId: period.id,
      kind: "LIAISON" as const,
      title: "Hội nghị giao ban",
      chairName: "Bùi Thanh Hà",
      chairPosition: "Phó Bí thư Thường trực Tỉnh ủy",
    };
    const otherUnitsOrg = world.organizations.sibling.MTTQ.id;
    await expectAppError(
      confirmImport({
        actor,
        input: { ...base, attendees: [{ name: "Nguyễn Văn A", organizationId: otherUnitsOrg, role: "ATTENDEE" }] },
      }),
      "INVALID_INPUT",
    );
    await expectAppError(
      confirmImport({ actor, input: { ...base, results: Array.from({ length: 20 }, () => "x".repeat(4000)) } }),
      "INVALID_INPUT",
    );
    expect(await db.meeting.count()).toBe(before);
  });

  it("is for the secretariat only", async () => {
    await expectAppError(readImport({ actor: world.actors.mttq, text: "Hội nghị giao ban", file: null }), "FORBIDDEN");
  });
});
