import "server-only";
import type { SqlRunner } from "@/server/db/migrate";

export interface TableInfo {
  name: string;
  /** Stored columns only: generated ones are computed again on restore. */
  columns: string[];
  primaryKey: { name: string; type: string }[];
  /** Foreign keys of the table onto itself (e.g. a unit's parent), child column → parent column. */
  selfReferences: { column: string; referenced: string }[];
}

const BATCH = 2_000;
export const MIGRATIONS_TABLE = "_prisma_migrations";
/**
 * Tables derived from others by triggers (the subtree tallies, docs/decisions/0027): not
 * archived; restoring the rows they count rebuilds them in the same transaction.
 */
export const DERIVED_TABLE_SUFFIX = "Tally";

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The application's tables, each after every table it references (the order rows load in). */
export async function listTables(db: SqlRunner): Promise<TableInfo[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> $1 AND right(c.relname, $3) <> $2`,
    [MIGRATIONS_TABLE, DERIVED_TABLE_SUFFIX, DERIVED_TABLE_SUFFIX.length],
  );
  // Sorted here, not by the database's collation, so PGlite and PostgreSQL list them alike.
  tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const columns = await db.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const keys = await db.query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indisprimary AND n.nspname = current_schema()
     ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const foreignKeys = await db.query<{ table: string; referenced: string; column: string; referencedColumn: string }>(
    `SELECT c.relname AS "table", r.relname AS referenced, a.attname AS "column", ra.attname AS "referencedColumn"
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
     WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  foreignKeys.sort((a, b) => (a.referenced < b.referenced ? -1 : a.referenced > b.referenced ? 1 : 0));

  const infos = new Map<string, TableInfo>(
    tables.map(({ name }) => [
      name,
      {
        name,
        columns: columns.filter((row) => row.table === name).map((row) => row.column),
        primaryKey: keys.filter((row) => row.table === name).map((row) => ({ name: row.column, type: row.type })),
        selfReferences: foreignKeys
          .filter((row) => row.table === name && row.referenced === name)
          .map((row) => ({ column: row.column, referenced: row.referencedColumn })),
      },
    ]),
  );
  const ordered: TableInfo[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`Foreign keys form a cycle: ${[...path, name].join(" → ")}`);
    state.set(name, "visiting");
    for (const key of foreignKeys) {
      if (key.table === name && key.referenced !== name && infos.has(key.referenced)) visit(key.referenced, [...path, name]);
    }
    state.set(name, "done");
    ordered.push(infos.get(name)!);
  };
  for (const name of infos.keys()) visit(name, []);
  return ordered;
}

/**
 * Every row of a table as one line of JSON, rendered by the database itself (so values keep
 * their exact text: decimals, timestamps, JSON) in a fixed column order, read in batches
 * along the primary key. Run inside a transaction that fixed the rendering settings.
 */
export async function forEachRow(db: SqlRunner, table: TableInfo, onRow: (line: string) => void | Promise<void>) {
  const columnList = table.columns.map(quote).join(", ");
  const keyList = table.primaryKey.map((key) => quote(key.name)).join(", ");
  if (!keyList) throw new Error(`Table ${table.name} has no primary key`);
  const keyText = table.primaryKey.map((key, index) => `t.${quote(key.name)}::text AS k${index}`).join(", ");
  const outerOrder = table.primaryKey.map((key) => `t.${quote(key.name)}`).join(", ");
  let after: string[] = [];
  for (;;) {
    const where = after.length
      ? `WHERE (${keyList}) > (${table.primaryKey.map((key, index) => `$${index + 1}::${key.type}`).join(", ")})`
      : "";
    // The key columns are read again as text only to page on; the line holds the stored columns.
    const rows: Record<string, string>[] = await db.query<Record<string, string>>(
      `SELECT row_to_json(t)::text AS line, ${keyText}
       FROM (SELECT ${columnList} FROM ${quote(table.name)} ${where} ORDER BY ${keyList} LIMIT ${BATCH}) t
       ORDER BY ${outerOrder}`,
      after,
    );
    for (const row of rows) await onRow(row.line);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = table.primaryKey.map((_, index) => last[`k${index}`]);
  }
}

/**
 * Runs `fn` on one consistent snapshot of the database, with the settings that decide how
 * values are rendered fixed, so a dump reads the same from PGlite and from PostgreSQL.
 */
export async function inSnapshot<T>(db: SqlRunner, fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined;
  await db.transaction(async (tx) => {
    await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    await tx.exec(
      "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 1",
    );
    result = { value: await fn(tx) };
  });
  return result!.value;
}

/** Names of the applied migrations, oldest first (none on a database never migrated). */
export async function appliedMigrations(db: SqlRunner): Promise<string[]> {
  const [{ present }] = await db.query<{ present: boolean }>(
    `SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident($1)) IS NOT NULL AS present`,
    [MIGRATIONS_TABLE],
  );
  if (!present) return [];
  const rows = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${quote(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}
