import "server-only";
import { vi } from "@/messages/vi";
import { databaseAnswers } from "./check-database";
import { migrationsCurrent } from "./check-migrations";
import { storageWritable } from "./check-storage";

export type CheckResult = { status: "ok" } | { status: "failed"; detail: string };

export interface Readiness {
  status: "ok" | "unavailable";
  checks: { database: CheckResult; storage: CheckResult; migrations: CheckResult };
}

const ok: CheckResult = { status: "ok" };
const failed = (detail: string): CheckResult => ({ status: "failed", detail });

/**
 * Whether this process can serve users: the database answers, files can be stored, and the
 * schema is the one the code was written for. Liveness (the process runs) is separate, so
 * an orchestrator restarts a process only when restarting can help.
 */
export async function checkReadiness(options: { storageDir?: string; migrationsDir?: string } = {}): Promise<Readiness> {
  const [database, storage, migrations] = await Promise.all([
    databaseAnswers(),
    storageWritable(options.storageDir),
    migrationsCurrent(options.migrationsDir),
  ]);
  const checks = {
    database: database ? ok : failed(vi.health.databaseDown),
    storage: storage ? ok : failed(vi.health.storageNotWritable),
    migrations: migrations.ok ? ok : failed(migrations.problems.join("\n")),
  };
  const ready = Object.values(checks).every((check) => check.status === "ok");
  return { status: ready ? "ok" : "unavailable", checks };
}
