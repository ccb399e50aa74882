import { describe, expect, it } from "vitest";
import { splitSqlStatements, stripComments } from "@/server/db/split-sql";

describe("splitSqlStatements", () => {
  it("splits on semicolons and drops empty and comment-only statements", () => {
    expect(splitSqlStatements("SELECT 1;\n\nSELECT 2 ;;\n-- the end;\n")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("keeps a statement without a final semicolon", () => {
    expect(splitSqlStatements("SELECT 1; SELECT 2")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("does not split inside strings, quoted identifiers or comments", () => {
    const script = [
      `INSERT INTO t VALUES ('a;b', 'it''s; fine');`,
      `CREATE INDEX "odd;name" ON t (a); -- trailing; comment`,
      `/* block; /* nested; */ still comment; */ SELECT 1;`,
      `SELECT E'back\\'slash; quote';`,
    ].join("\n");
    expect(splitSqlStatements(script)).toEqual([
      `INSERT INTO t VALUES ('a;b', 'it''s; fine')`,
      `CREATE INDEX "odd;name" ON t (a)`,
      `-- trailing; comment\n/* block; /* nested; */ still comment; */ SELECT 1`,
      `SELECT E'back\\'slash; quote'`,
    ]);
  });

  it("does not split inside dollar-quoted bodies, tagged or not", () => {
    const fn = `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN PERFORM 1; RETURN 2; END $body$`;
    const doBlock = `DO $$ BEGIN RAISE NOTICE 'x;y'; END $$`;
    expect(splitSqlStatements(`${fn};\n${doBlock};\nSELECT 3`)).toEqual([fn, doBlock, "SELECT 3"]);
  });

  it("reads $1 and identifiers containing $ as plain text", () => {
    expect(splitSqlStatements("PREPARE p AS SELECT $1; SELECT a$b FROM t")).toEqual([
      "PREPARE p AS SELECT $1",
      "SELECT a$b FROM t",
    ]);
  });
});

describe("stripComments", () => {
  it("removes line and block comments but not comment-like text in strings", () => {
    expect(stripComments("-- lead\nCREATE /* x */ INDEX i ON t ((a || '--not'))").trim()).toBe(
      "CREATE   INDEX i ON t ((a || '--not'))",
    );
  });
});
