"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { draftNews } from "@/server/news/draft-news";
import { setNewsPublished } from "@/server/news/publish-news";
import { setNewsCover } from "@/server/news/set-news-cover";
import { updateNews } from "@/server/news/update-news";
import { vi } from "@/messages/vi";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function revalidateNews(meetingId: string) {
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath(`/meetings/${meetingId}/news`);
  revalidatePath("/news", "layout");
}

export async function draftNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const meetingId = field(formData, "meetingId");
  try {
    await draftNews({ actor: await actorOrThrow(), meetingId });
  } catch (error) {
    return errorToFormState(error, formValues(formData));
  }
  revalidateNews(meetingId);
  redirect(`/meetings/${meetingId}/news`);
}

export async function saveNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const saved = await updateNews({
      actor: await actorOrThrow(),
      input: {
        newsId: field(formData, "newsId"),
        version: field(formData, "version"),
        title: field(formData, "title"),
        summary: field(formData, "summary"),
        bodyHtml: field(formData, "bodyHtml"),
      },
    });
    revalidateNews(field(formData, "meetingId"));
    // The stored (sanitized) body replaces what was typed, so the editor shows what the public will see.
    return { status: "success", message: vi.news.saved, values: { ...values, bodyHtml: saved.bodyHtml } };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function publishNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const published = field(formData, "published") === "true";
  try {
    await setNewsPublished({ actor: await actorOrThrow(), newsId: field(formData, "newsId"), published });
    revalidateNews(field(formData, "meetingId"));
    return { status: "success", message: published ? vi.news.published : vi.news.unpublished };
  } catch (error) {
    return errorToFormState(error, formValues(formData));
  }
}

export async function uploadCoverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const file = formData.get("cover");
    if (!(file instanceof File) || file.size === 0) {
      return { status: "error", message: vi.news.coverRequired, fieldErrors: { cover: vi.news.coverRequired } };
    }
    await setNewsCover({
      actor: await actorOrThrow(),
      newsId: field(formData, "newsId"),
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    revalidateNews(field(formData, "meetingId"));
    return { status: "success", message: vi.news.coverSaved };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
