import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { draftNews } from "@/server/news/draft-news";
import { updateNews } from "@/server/news/update-news";
import { createMeeting } from "../../prisma/factories/meetings";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("news slugs chosen at the same moment", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));

  const concludedMeeting = (title: string) =>
    createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title,
      createdById: world.ids.secretariat,
    });

  it("gives every item its own slug instead of refusing all but one", async () => {
    // Same-titled meetings: their drafts take the slug from the title at once.
    const meetings = [];
    for (let i = 0; i < 4; i += 1) meetings.push(await concludedMeeting("Hội nghị giao ban quý"));
    const drafts = await Promise.all(
      meetings.map((meeting) => draftNews({ actor: world.actors.secretariat, meetingId: meeting.id })),
    );
    const slugOf = async (id: string) => (await db.newsItem.findUniqueOrThrow({ where: { id } })).slug;
    expect(new Set(await Promise.all(drafts.map((draft) => slugOf(draft.id)))).size).toBe(4);

    // Then all four renamed to one title at once.
    const saved = await Promise.all(
      drafts.map((draft) =>
        updateNews({
          actor: world.actors.secretariat,
          input: { newsId: draft.id, version: 1, title: "Cùng một tiêu đề", summary: "", bodyHtml: "" },
        }),
      ),
    );
    expect(saved.map((item) => item.slug).sort()).toEqual([
      "cung-mot-tieu-de",
      "cung-mot-tieu-de-2",
      "cung-mot-tieu-de-3",
      "cung-mot-tieu-de-4",
    ]);
  });
});
