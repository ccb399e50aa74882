import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { discardFormDraft, getFormDraft, saveFormDraft } from "@/server/drafts/form-drafts";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { meetingScope } from "./meeting-write";
import { ZMinutesDraftSchema, ZSaveDraftSchema, type TMinutesDraft, type TSaveDraftInput } from "./schemas";

export function minutesDraftKey(meetingId: string): string {
  return `meeting:${meetingId}:minutes`;
}

async function assertMayDraft(actor: Actor, meetingId: string) {
  if (!can(actor, "update:meeting") && !can(actor, "amend:meeting")) throw new AppError("FORBIDDEN");
  const db = await getDb();
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      status: true,
      unit: { select: { path: true } },
      invitations: { select: { organizationId: true } },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const scope = meetingScope({
    unitPath: meeting.unit.path,
    status: meeting.status,
    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
  });
  assertCan(actor, meeting.status === "PUBLISHED" ? "amend:meeting" : "update:meeting", scope);
}

/** Autosave: the user's unsaved minutes, kept per user and meeting until the minutes are saved. */
export async function saveMinutesDraft({ actor, input }: { actor: Actor; input: TSaveDraftInput }) {
  const data = parseInput(ZSaveDraftSchema, input);
  await assertMayDraft(actor, data.meetingId);
  const row = await saveFormDraft({
    actor,
    key: minutesDraftKey(data.meetingId),
    data: data.data,
    baseVersion: data.baseVersion,
  });
  return { savedAt: row.updatedAt };
}

/** The draft to offer back, if the user left one. */
export async function getMinutesDraft({ actor, meetingId }: { actor: Actor; meetingId: string }): Promise<{
  data: TMinutesDraft;
  baseVersion: number | null;
  updatedAt: Date;
} | null> {
  const draft = await getFormDraft({ actor, key: minutesDraftKey(meetingId) });
  if (!draft) return null;
  const parsed = ZMinutesDraftSchema.safeParse(draft.data);
  return parsed.success ? { data: parsed.data, baseVersion: draft.baseVersion, updatedAt: draft.updatedAt } : null;
}

export async function discardMinutesDraft({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  await discardFormDraft({ actor, key: minutesDraftKey(meetingId) });
}
