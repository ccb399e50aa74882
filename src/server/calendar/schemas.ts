import { z } from "zod";
import { ZRecordRef } from "@/lib/schema-fields";

export const ZCreateCalendarTokenSchema = z.object({});
export const ZRevokeCalendarTokenSchema = z.object({ tokenId: ZRecordRef });
