import { z } from "zod";
import { ZRecordRef } from "@/lib/schema-fields";

/** "Mark read": one notification by id, or every one when the form names none (""). */
export const ZMarkReadSchema = z.object({ notificationId: z.string().optional() });

export const ZOpenNotificationSchema = z.object({ notificationId: ZRecordRef });

/** Running the notification job takes no input. */
export const ZRunJobSchema = z.object({});
