"use server";

import { formAction } from "@/server/http/server-action";
import { fieldRefusal } from "@/server/http/server-action";
import { draftNews } from "@/server/news/draft-news";
import { setNewsPublished } from "@/server/news/publish-news";
import { ZDraftNewsSchema, ZNewsCoverSchema, ZPublishNewsSchema, ZUpdateNewsFormSchema } from "@/server/news/schemas";
import { setNewsCover } from "@/server/news/set-news-cover";
import { updateNews } from "@/server/news/update-news";
import { vi } from "@/messages/vi";
import { message } from "@/messages/message-ref";

/** A news change shows on the meeting, its news page and the public news. */
const newsPages = ({ meetingId }: { meetingId: string }) =>
  [`/meetings/${meetingId}`, `/meetings/${meetingId}/news`, ["/news", "layout"]] as const;

export const draftNewsAction = formAction({
  schema: ZDraftNewsSchema,
  run: ({ actor, data }) => draftNews({ actor, meetingId: data.meetingId }),
  revalidate: newsPages,
  redirectTo: ({ meetingId }) => `/meetings/${meetingId}/news`,
  done: () => vi.news.saved,
});

export const saveNewsAction = formAction({
  schema: ZUpdateNewsFormSchema,
  run: ({ actor, input }) => updateNews({ actor, input }),
  revalidate: newsPages,
  // The stored (sanitized) body replaces what was typed, so the editor shows what the public will see.
  done: (saved) => ({ message: vi.news.saved, values: { bodyHtml: saved.bodyHtml } }),
  keepValues: true,
});

export const publishNewsAction = formAction({
  schema: ZPublishNewsSchema,
  run: ({ actor, data }) => setNewsPublished({ actor, newsId: data.newsId, published: data.published }),
  revalidate: newsPages,
  done: (_result, data) => (data.published ? vi.news.published : vi.news.unpublished),
});

export const uploadCoverAction = formAction({
  schema: ZNewsCoverSchema,
  run: async ({ actor, data, file }) => {
    const cover = await file("cover");
    if (!cover) throw fieldRefusal("cover", message("news.coverRequired"));
    await setNewsCover({ actor, newsId: data.newsId, file: cover });
  },
  revalidate: newsPages,
  done: () => vi.news.coverSaved,
});
