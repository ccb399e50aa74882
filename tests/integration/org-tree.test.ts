import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { getMeeting } from "@/server/meetings/get-meeting";
import { listMeetings } from "@/server/meetings/list-meetings";
import { listMeetingListFilters } from "@/server/meetings/meeting-unit-filter";
import { listBodiesOn, listDirectory } from "@/server/meetings/meeting-form-options";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { createOrganization } from "@/server/organizations/create-organization";
import { renameOrganization } from "@/server/organizations/rename-organization";
import { addPosition } from "@/server/people/add-position";
import { createPersonRecord } from "@/server/people/create-person";
import { createUnitRecord } from "@/server/units/create-unit";
import { endUnit } from "@/server/units/end-unit";
import { inheritedUnitPaths } from "@/server/units/inherited-scope";
import { readSessionState } from "@/server/auth/session-state";
import { getIssuerOn } from "@/server/units/issuer-on";
import { mergeUnits } from "@/server/units/merge-units";
import { getUnitNamesOn } from "@/server/units/names-on";
import { renameUnit } from "@/server/units/rename-unit";
import { splitUnit } from "@/server/units/split-unit";
import { orgTree } from "@/messages/vi/org-tree";
import { createMeeting } from "../../prisma/factories/meetings";
import { createUser } from "../../prisma/factories/users";
import { expectAppError } from "../setup/expect-app-error";
import { actorOf, WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const commune = (code: string, name: string, parentId: string) => ({
  code,
  level: "COMMUNE" as const,
  parentId,
  name: `Xã ${name}`,
  kindWord: "xã",
  committeeName: `Đảng ủy xã ${name}`,
  numberSuffix: "ĐU",
  placeName: name,
  validFrom: "2020-01-01",
});

describe("the organization tree over time", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let admin: Actor;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    admin = world.actors.admin;
  });

  it("refuses a district dated after 30 June 2025 unless it is historical", async () => {
    const district = {
      code: "QTH",
      level: "DISTRICT" as const,
      parentId: world.units.province.id,
      name: "Quận Thử Hóa",
      kindWord: "quận",
      committeeName: "Quận ủy Thử Hóa",
      numberSuffix: "QU",
      placeName: "Thử Hóa",
      validFrom: "2025-01-01",
    };
    const error = await expectAppError(createUnitRecord({ actor: admin, input: district }), "INVALID_INPUT");
    expect(error.message).toBe(orgTree.rules.districtAfterReform);
    await expectAppError(createUnitRecord({ actor: admin, input: { ...district, validTo: "2025-07-31" } }), "INVALID_INPUT");
    // Ended by the reform: allowed as it is.
    await createUnitRecord({ actor: admin, input: { ...district, validTo: "2025-06-30" } });
    // After it, only as a historical record.
    const historical = await createUnitRecord({
      actor: admin,
      input: { ...district, code: "QTH2", validFrom: "2025-07-01", isHistorical: true },
    });
    expect(await db.unit.findUniqueOrThrow({ where: { id: historical.id } })).toMatchObject({
      isHistorical: true,
      level: "DISTRICT",
    });
    // A historical unit gets no standard bodies.
    expect(await db.organization.count({ where: { unitId: historical.id } })).toBe(0);
  });

  it("creates a commune with the bodies of the 2025 structure, the organizations under the Front", async () => {
    const unit = await createUnitRecord({ actor: admin, input: commune("XA0", "Một", world.units.province.id) });
    const bodies = await db.organization.findMany({
      where: { unitId: unit.id },
      select: { kind: true, parentId: true, submitsReports: true },
    });
    const front = bodies.find((body) => body.kind === "MTTQ");
    expect(bodies.find((body) => body.kind === "WOMEN_UNION")?.parentId).toBe(await idOf("MTTQ", unit.id));
    expect(front?.parentId).toBeNull();
    expect(bodies.find((body) => body.kind === "PEOPLES_COMMITTEE")?.submitsReports).toBe(false);
    const [committee] = await db.unitCommittee.findMany({ where: { unitId: unit.id } });
    expect(committee).toMatchObject({ name: "Đảng ủy xã Một", unitName: "Xã Một", superiorBodyName: "ĐẢNG BỘ TỈNH THỬ NGHIỆM" });
  });

  async function idOf(kind: "MTTQ", unitId: string) {
    return (await db.organization.findFirstOrThrow({ where: { unitId, kind }, select: { id: true } })).id;
  }

  describe("a merger", () => {
    let oldMeetingId: string;
    let successorSecretary: Actor;

    it("ends the predecessors, links the successor and keeps the old meeting's names", async () => {
      const a = await createUnitRecord({ actor: admin, input: commune("XAA", "An Hòa", world.units.province.id) });
      const b = await createUnitRecord({ actor: admin, input: commune("XAB", "Bình Lợi", world.units.province.id) });
      const meeting = await createMeeting(db, {
        unitId: a.id,
        period: { id: world.period.id, year: 2020, type: "QUARTER", index: 1 },
        title: "Giao ban Quý I/2020 xã An Hòa",
        startsAt: new Date("2020-03-24T07:00:00Z"),
        createdById: world.ids.admin,
        status: "PUBLISHED",
      });
      oldMeetingId = meeting.id;
      const merged = await mergeUnits({
        actor: admin,
        input: {
          predecessorIds: [a.id, b.id],
          effectiveOn: "2025-07-01",
          code: "XAM",
          name: "Xã Hòa Lợi",
          kindWord: "xã",
          committeeName: "Đảng ủy xã Hòa Lợi",
          numberSuffix: "ĐU",
          placeName: "Hòa Lợi",
          note: "Nghị quyết sắp xếp đơn vị hành chính cấp xã",
        },
      });
      const ended = await db.unit.findMany({ where: { id: { in: [a.id, b.id] } }, select: { validTo: true } });
      expect(ended.map((unit) => unit.validTo?.toISOString().slice(0, 10))).toEqual(["2025-06-30", "2025-06-30"]);
      const links = await db.unitSuccession.findMany({
        where: { successorId: merged.id },
        select: { predecessorId: true, kind: true },
      });
      expect(links).toHaveLength(2);
      expect(links.every((link) => link.kind === "MERGER")).toBe(true);

      const user = await createUser(db, {
        username: "thuky.hoaloi",
        fullName: "Trần Thị Lợi",
        role: "SECRETARIAT",
        unitId: merged.id,
        password: WORLD_PASSWORD,
      });
      successorSecretary = { ...actorOf(user, merged), inheritedUnitPaths: await inheritedUnitPaths(db, merged.path) };
      expect(successorSecretary.inheritedUnitPaths).toEqual([a.path, b.path].sort());
      // The session check reads the same walk inside its one statement.
      expect((await readSessionState(db, user.id))?.inheritedUnitPaths).toEqual(successorSecretary.inheritedUnitPaths);

      const seen = await getMeeting({ actor: successorSecretary, meetingId: oldMeetingId });
      expect(seen.meeting.unit.name).toBe("Xã An Hòa");
      expect(seen.meeting.unit.committeeName).toBe("Đảng ủy xã An Hòa");
      // In scope, read-only.
      expect(seen.permissions).toMatchObject({ edit: false, amend: false, nextStep: null });
      const listed = await listMeetings({ actor: successorSecretary, input: {} });
      expect(listed.rows.map((row: { id: string }) => row.id)).toContain(oldMeetingId);
      // The list can be filtered by the historical unit, named with its end.
      const options = await listMeetingListFilters(successorSecretary);
      expect(options.filterUnits.map((unit) => unit.label)).toEqual(
        expect.arrayContaining(["Xã Hòa Lợi", "Xã An Hòa (đến 30/06/2025)", "Xã Bình Lợi (đến 30/06/2025)"]),
      );
      const filtered = await listMeetings({ actor: successorSecretary, input: { unitId: a.id } });
      expect(filtered.rows.map((row: { id: string }) => row.id)).toEqual([oldMeetingId]);
    });

    it("refuses a new meeting of an ended unit with a clear Vietnamese message", async () => {
      const ended = await db.unit.findUniqueOrThrow({ where: { code: "XAA" }, select: { id: true } });
      const error = await expectAppError(
        scheduleMeeting({
          actor: world.actors.secretariat,
          input: {
            unitId: ended.id,
            periodId: world.period.id,
            kind: "BRIEFING",
            title: "Giao ban quý",
            startsAt: "2025-09-10T08:00",
          },
        }),
        "INVALID_STATE",
      );
      expect(error.message).toBe(orgTree.rules.unitEnded("Xã An Hòa", "30/06/2025"));
      expect(error.message).toContain("đã kết thúc hoạt động");
      // A back-dated one too: an ended unit takes nothing new.
      await expectAppError(
        scheduleMeeting({
          actor: world.actors.secretariat,
          input: {
            unitId: ended.id,
            periodId: world.period.id,
            kind: "BRIEFING",
            title: "Giao ban quý",
            startsAt: "2020-03-10T08:00",
          },
        }),
        "INVALID_STATE",
      );
    });

    it("refuses writes to the ended unit's records, even to the province that still holds them", async () => {
      const seen = await getMeeting({ actor: world.actors.secretariat, meetingId: oldMeetingId });
      expect(seen.permissions.amend).toBe(false);
      await expectAppError(
        updateMeetingDetails({
          actor: successorSecretary,
          input: { meetingId: oldMeetingId, version: seen.meeting.version, place: "Hội trường", amendmentReason: "Sửa" },
        }),
        "FORBIDDEN",
      );
      // The policy: read granted through inheritance, write never.
      const record = { unitPath: (await db.unit.findUniqueOrThrow({ where: { code: "XAA" } })).path };
      expect(can(successorSecretary, "read:meeting", record)).toBe(true);
      expect(can(successorSecretary, "update:meeting", record)).toBe(false);
      expect(can({ ...successorSecretary, inheritedUnitPaths: [] }, "read:meeting", record)).toBe(false);
      expect(can(world.actors.secretariat, "update:meeting", { ...record, unitEnded: true })).toBe(false);
      expect(can(world.actors.secretariat, "read:meeting", { ...record, unitEnded: true })).toBe(true);
    });

    it("a secretary of another unit does not inherit it", async () => {
      const other = world.actors.districtSecretariat;
      await expectAppError(
        getMeeting({
          actor: { ...other, inheritedUnitPaths: await inheritedUnitPaths(db, other.unitPath) },
          meetingId: oldMeetingId,
        }),
        "NOT_FOUND",
      );
    });
  });

  it("renames a unit from a day on: documents before keep the old names", async () => {
    const unit = await createUnitRecord({ actor: admin, input: commune("XAR", "Cũ", world.units.province.id) });
    await renameUnit({
      actor: admin,
      input: {
        unitId: unit.id,
        effectiveOn: "2025-07-01",
        name: "Phường Mới",
        kindWord: "phường",
        committeeName: "Đảng ủy phường Mới",
        numberSuffix: "ĐU",
        placeName: "Mới",
      },
    });
    expect((await getUnitNamesOn(db, unit.id, new Date("2021-05-01")))?.unitName).toBe("Xã Cũ");
    expect((await getIssuerOn(db, unit.id, new Date("2021-05-01"))).committeeName).toBe("Đảng ủy xã Cũ");
    expect((await getIssuerOn(db, unit.id, new Date("2025-08-01"))).committeeName).toBe("Đảng ủy phường Mới");
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("Phường Mới");
    expect(await db.unitCommittee.count({ where: { unitId: unit.id } })).toBe(2);
  });

  it("splits a unit one to many", async () => {
    const unit = await createUnitRecord({ actor: admin, input: commune("XAS", "Chia", world.units.province.id) });
    const parts = await splitUnit({
      actor: admin,
      input: {
        unitId: unit.id,
        effectiveOn: "2025-07-01",
        successors: "XAS1 | Xã Chia Một | Đảng ủy xã Chia Một\nXAS2 | Xã Chia Hai | Đảng ủy xã Chia Hai",
        kindWord: "xã",
        numberSuffix: "ĐU",
        placeName: "Chia",
      },
    });
    expect(parts).toHaveLength(2);
    expect(await db.unitSuccession.count({ where: { predecessorId: unit.id, kind: "SPLIT" } })).toBe(2);
    await expectAppError(endUnit({ actor: admin, input: { unitId: unit.id, validTo: "2025-08-01" } }), "INVALID_STATE");
  });

  it("renaming a body changes no stored snapshot", async () => {
    const unit = await createUnitRecord({ actor: admin, input: commune("XAN", "Đổi Tên", world.units.province.id) });
    const front = await db.organization.findFirstOrThrow({ where: { unitId: unit.id, kind: "MTTQ" } });
    const meeting = await createMeeting(db, {
      unitId: unit.id,
      period: { id: world.period.id, year: 2020, type: "QUARTER", index: 1 },
      title: "Giao ban",
      startsAt: new Date("2020-03-24T07:00:00Z"),
      createdById: world.ids.admin,
      chair: { name: "Nguyễn Văn A", position: "Bí thư Đảng ủy xã" },
      attendees: [{ fullName: "Lê Thị B", position: "Chủ tịch Ủy ban MTTQ Việt Nam xã", organizationId: front.id }],
    });
    const before = await db.attendance.findMany({ where: { meetingId: meeting.id }, orderBy: { sortOrder: "asc" } });
    expect(before.find((row) => row.organizationId === front.id)).toMatchObject({
      organizationShortName: "UBMTTQ",
      organizationName: front.name,
    });
    await renameOrganization({
      actor: admin,
      input: {
        organizationId: front.id,
        name: "Ủy ban MTTQ Việt Nam xã Đổi Tên Mới",
        shortName: "MTTQ mới",
        effectiveOn: "2025-07-01",
      },
    });
    const after = await db.attendance.findMany({ where: { meetingId: meeting.id }, orderBy: { sortOrder: "asc" } });
    expect(after).toEqual(before);
    const page = await getMeeting({ actor: admin, meetingId: meeting.id });
    expect(page.meeting.attendances.map((row) => row.organization?.shortName)).toContain("UBMTTQ");
  });

  it("keeps a staff directory: one person holding two posts, bodies of every kind", async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { code: "XAM" } });
    const office = await createOrganization({
      actor: admin,
      input: {
        unitId: world.units.province.id,
        kind: "NATIONAL_ASSEMBLY_DELEGATION_OFFICE",
        name: "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        shortName: "VP Đoàn ĐBQH",
      },
    });
    const council = await db.organization.findFirstOrThrow({ where: { unitId: unit.id, kind: "PEOPLES_COUNCIL" } });
    const person = await createPersonRecord({
      actor: admin,
      input: { unitId: unit.id, fullName: "Đỗ Văn Hai", title: "Bí thư Đảng ủy xã", isPartyPost: true, startDate: "2025-07-01" },
    });
    await addPosition({
      actor: admin,
      input: { personId: person.id, title: "Chủ tịch HĐND xã", organizationId: council.id, startDate: "2025-07-01" },
    });
    const posts = await db.position.findMany({ where: { personId: person.id, endDate: null } });
    expect(posts.map((post) => post.title).sort()).toEqual(["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]);
    expect(posts.find((post) => post.title.startsWith("Bí thư"))?.isPartyPost).toBe(true);
    // A body of the province may hold a commune person's post; a sibling province's may not.
    await addPosition({
      actor: admin,
      input: { personId: person.id, title: "Đại biểu", organizationId: office.id, startDate: "2025-07-01" },
    });
    await expectAppError(
      addPosition({
        actor: admin,
        input: { personId: person.id, title: "X", organizationId: world.organizations.sibling.MTTQ.id, startDate: "2025-07-01" },
      }),
      "INVALID_INPUT",
    );
    // Pickers: every post held on the meeting's day, joined; none held before the term.
    const onDay = await listDirectory(unit.path, new Date("2025-08-01T03:00:00Z"));
    expect(onDay.find((row) => row.id === person.id)?.position).toBe("Bí thư Đảng ủy xã, Chủ tịch HĐND xã, Đại biểu");
    expect(onDay.find((row) => row.id === person.id)?.posts).toHaveLength(3);
    const bodies = await listBodiesOn(unit.id, new Date("2025-08-01T03:00:00Z"));
    expect(bodies.map((body) => body.kind)).toEqual(
      expect.arrayContaining(["PEOPLES_COMMITTEE", "PEOPLES_COUNCIL", "MTTQ", "WOMEN_UNION"]),
    );
    expect(bodies.find((body) => body.kind === "PEOPLES_COMMITTEE")?.submitsReports).toBe(false);
    // The merged commune's bodies did not exist before it.
    expect(await listBodiesOn(unit.id, new Date("2024-08-01T03:00:00Z"))).toEqual([]);
  });
});
