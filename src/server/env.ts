import "server-only";
import { z } from "zod";

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true");

/** Every variable the server reads, checked once; a wrong value stops the start. */
export const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải bắt đầu bằng postgresql://")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PGLITE_DATA_DIR: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET cần ít nhất 32 ký tự").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  DEMO_PASSWORD: z.string().min(8).default("giaoban-demo"),
  SEED_DEMO: booleanString.optional(),
  STORAGE_DIR: z.string().default("./storage"),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** How often the server runs the notification job itself (embedded database only). */
  NOTIFY_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(10),
});

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${details}`);
  }
  cached = parsed.data;
  return cached;
}
