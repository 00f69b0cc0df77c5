import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../config.js";
import type { Logger } from "../logger.js";
import type { Database } from "./database.js";

export const MIGRATIONS_DIR = path.join(ROOT_DIR, "cypher");

export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` at a line end ends one; `//` lines are comments. */
export function parseStatements(text: string): string[] {
  const body = text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n");
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^V\d{4}__[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const m = /^V(\d{4})__([\w-]+)\.cypher$/.exec(file)!;
      return {
        version: Number(m[1]),
        name: m[2]!,
        file,
        checksum: crypto.createHash("sha256").update(text).digest("hex").slice(0, 16),
        statements: parseStatements(text),
      };
    });
}

/**
 * Applies each numbered migration once and records it as a (:Migration) node. Schema
 * statements cannot share a transaction with writes in Neo4j, so each runs on its own;
 * they are written with IF NOT EXISTS, so a run interrupted half-way is simply resumed.
 */
export async function migrate(db: Database, log: Logger, dir = MIGRATIONS_DIR): Promise<{ applied: string[] }> {
  // A migration is a job: named in the query log, and given the time an index build needs.
  const opts = { operation: "migrate", timeoutMs: 10 * 60_000 };
  const done = new Map(
    (await db.read("MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum", {}, opts)).map((r) => [r.version as number, r.checksum as string]),
  );
  const applied: string[] = [];
  for (const mig of readMigrations(dir)) {
    const prior = done.get(mig.version);
    if (prior !== undefined) {
      if (prior !== mig.checksum) log.warn("migration changed after it was applied; not re-run", { file: mig.file });
      continue;
    }
    for (const stmt of mig.statements) await db.write(stmt, {}, opts);
    await db.write(
      "MERGE (m:Migration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()",
      { version: mig.version, name: mig.name, checksum: mig.checksum },
      opts,
    );
    applied.push(mig.file);
    log.info("migration applied", { file: mig.file });
  }
  await db.write("CALL db.awaitIndexes(60)", {}, opts);
  return { applied };
}
