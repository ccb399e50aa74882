import "server-only";
import { message } from "@/messages/message-ref";
import type { Actor } from "@/server/auth/actor";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { dayToDate } from "@/server/units/unit-rules";
import { managedUnit } from "@/server/units/unit-write";
import { orgTree } from "@/messages/vi/org-tree";

/** The ancestors' paths of a unit, itself included (a commune's staff may hold posts in provincial bodies). */
function ancestorPaths(path: string): string[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
}

/** Inserts one post of a person, checking its body belongs to the person's unit or one above it. */
export async function insertPosition(
  tx: Tx,
  actor: Actor,
  person: { id: string; unitId: string },
  post: {
    title: string;
    organizationId: string | null;
    isPartyPost: boolean;
    isLeader: boolean;
    startDate: string;
    endDate: string | null;
  },
) {
  const unit = await managedUnit(tx, actor, person.unitId);
  if (post.organizationId) {
    const organization = await tx.organization.findUnique({
      where: { id: post.organizationId },
      select: { unit: { select: { path: true } } },
    });
    if (!organization || !ancestorPaths(unit.path).includes(organization.unit.path))
      throw new AppError("INVALID_INPUT", message("orgTree.rules.badOrganization"), {
        organizationId: orgTree.rules.badOrganization,
      });
  }
  if (post.endDate && post.endDate < post.startDate)
    throw new AppError("INVALID_INPUT", message("orgTree.rules.endBeforeStart"), { endDate: orgTree.rules.endBeforeStart });
  return tx.position.create({
    data: {
      personId: person.id,
      title: post.title,
      organizationId: post.organizationId,
      isPartyPost: post.isPartyPost,
      isLeader: post.isLeader,
      startDate: dayToDate(post.startDate),
      endDate: post.endDate ? dayToDate(post.endDate) : null,
    },
    select: { id: true },
  });
}
