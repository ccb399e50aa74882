"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formFile, formText } from "@/server/http/action-input";
import { draftNews } from "@/server/news/draft-news";
import { setNewsPublished } from "@/server/news/publish-news";
import { setNewsCover } from "@/server/news/set-news-cover";
import { updateNews } from "@/server/news/update-news";
import { vi } from "@/messages/vi";

function revalidateNews(meetingId: string) {
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath(`/meetings/${meetingId}/news`);
  revalidatePath("/news", "layout");
}

export async function draftNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const meetingId = formText(formData, "meetingId");
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
        newsId: formText(formData, "newsId"),
        version: formText(formData, "version"),
        title: formText(formData, "title"),
        summary: formText(formData, "summary"),
        bodyHtml: formText(formData, "bodyHtml"),
      },
    });
    revalidateNews(formText(formData, "meetingId"));
    // The stored (sanitized) body replaces what was typed, so the editor shows what the public will see.
    return { status: "success", message: vi.news.saved, values: { ...values, bodyHtml: saved.bodyHtml } };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function publishNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const published = formText(formData, "published") === "true";
  try {
    await setNewsPublished({ actor: await actorOrThrow(), newsId: formText(formData, "newsId"), published });
    revalidateNews(formText(formData, "meetingId"));
    return { status: "success", message: published ? vi.news.published : vi.news.unpublished };
  } catch (error) {
    return errorToFormState(error, formValues(formData));
  }
}

export async function uploadCoverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const file = formFile(formData, "cover");
    if (!file) {
      return { status: "error", message: vi.news.coverRequired, fieldErrors: { cover: vi.news.coverRequired } };
    }
    await setNewsCover({
      actor: await actorOrThrow(),
      newsId: formText(formData, "newsId"),
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    revalidateNews(formText(formData, "meetingId"));
    return { status: "success", message: vi.news.coverSaved };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
