import "server-only";

/**
 * Splits a SQL script into its statements, for migrations that must run outside a
 * transaction: PostgreSQL runs a multi-statement query string as one implicit transaction,
 * where `CREATE INDEX CONCURRENTLY` is refused. Semicolons inside quotes, quoted
 * identifiers, dollar-quoted bodies and comments do not split. Statements that are only
 * comments are dropped. (SQL-standard `BEGIN ATOMIC … END` bodies are not supported.)
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const statement = script.slice(start, end).trim();
    if (stripComments(statement).trim()) statements.push(statement);
  };
  while (i < script.length) {
    const char = script[i];
    const next = script[i + 1];
    if (char === ";") {
      push(i);
      start = i + 1;
      i += 1;
    } else if (char === "-" && next === "-") {
      i = endOfLineComment(script, i);
    } else if (char === "/" && next === "*") {
      i = endOfBlockComment(script, i);
    } else if (char === "'") {
      i = endOfQuoted(script, i, "'", isEscapeString(script, i));
    } else if (char === '"') {
      i = endOfQuoted(script, i, '"', false);
    } else if (char === "$") {
      i = endOfDollarQuoted(script, i);
    } else {
      i += 1;
    }
  }
  push(script.length);
  return statements;
}

/** A statement without its leading and embedded comments (for inspecting its keywords). */
export function stripComments(statement: string): string {
  let out = "";
  let i = 0;
  while (i < statement.length) {
    const char = statement[i];
    const next = statement[i + 1];
    let end: number;
    if (char === "-" && next === "-") {
      i = endOfLineComment(statement, i);
      out += " ";
      continue;
    }
    if (char === "/" && next === "*") {
      i = endOfBlockComment(statement, i);
      out += " ";
      continue;
    }
    if (char === "'") end = endOfQuoted(statement, i, "'", isEscapeString(statement, i));
    else if (char === '"') end = endOfQuoted(statement, i, '"', false);
    else if (char === "$") end = endOfDollarQuoted(statement, i);
    else end = i + 1;
    out += statement.slice(i, end);
    i = end;
  }
  return out;
}

function endOfLineComment(sql: string, from: number): number {
  const newline = sql.indexOf("\n", from);
  return newline === -1 ? sql.length : newline + 1;
}

/** PostgreSQL block comments nest. */
function endOfBlockComment(sql: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < sql.length) {
    if (sql[i] === "/" && sql[i + 1] === "*") {
      depth += 1;
      i += 2;
    } else if (sql[i] === "*" && sql[i + 1] === "/") {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

/** `E'…'` strings take backslash escapes; others only the doubled quote. */
function isEscapeString(sql: string, quote: number): boolean {
  return /[eE]/.test(sql[quote - 1] ?? "") && !/[\w$]/.test(sql[quote - 2] ?? "");
}

function endOfQuoted(sql: string, from: number, quote: string, backslashEscapes: boolean): number {
  let i = from + 1;
  while (i < sql.length) {
    if (backslashEscapes && sql[i] === "\\") {
      i += 2;
    } else if (sql[i] === quote) {
      if (sql[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

/** `$$…$$` or `$tag$…$tag$`; a `$` that opens no tag (a parameter like `$1`) is plain text. */
function endOfDollarQuoted(sql: string, from: number): number {
  if (/[\w$]/.test(sql[from - 1] ?? "")) return from + 1;
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(from))?.[0];
  if (!tag) return from + 1;
  const close = sql.indexOf(tag, from + tag.length);
  return close === -1 ? sql.length : close + tag.length;
}
