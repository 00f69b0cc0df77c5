import type { Database } from "../src/db/database.js";
import { rebuildRollups } from "../src/funding/rollups.repository.js";
import * as q from "./load.cypher.js";
import { actors, flows, relations, type Scale } from "./synthetic.js";

/**
 * Replaces whatever graph the database holds with the deterministic synthetic one of `scale`,
 * in batches of 10 000, and builds the funding rollups whole at the end, as an upgrade does.
 */
export async function loadSynthetic(db: Database, scale: Scale, say: (s: string) => void): Promise<{ ms: number; rollups: { ms: number; rows: number } }> {
  const t0 = Date.now();
  await db.autoCommit(q.wipeRelationships, {}, { timeoutMs: 30 * 60_000 });
  await db.autoCommit(q.wipeNodes, {}, { timeoutMs: 30 * 60_000 });
  await db.write(q.createSources, { rows: Array.from({ length: 100 }, (_, i) => ({ id: `bench:source:${i}`, title: `Synthetic source ${i}` })) });
  const all = actors(scale);
  for (let i = 0; i < all.length; i += 10_000) await db.write(q.createActors, { rows: all.slice(i, i + 10_000) }, { timeoutMs: 300_000 });
  say(`loaded ${all.length} actors`);
  const batch = async <T>(gen: Iterable<T>, stmt: string, what: string, total: number) => {
    let rows: T[] = [];
    let n = 0;
    for (const row of gen) {
      rows.push(row);
      if (rows.length === 10_000) {
        await db.write(stmt, { rows }, { timeoutMs: 300_000 });
        n += rows.length;
        rows = [];
        if (n % 50_000 === 0) say(`loaded ${n}/${total} ${what}`);
      }
    }
    if (rows.length) await db.write(stmt, { rows }, { timeoutMs: 300_000 });
  };
  await batch(flows(scale, all), q.createFlows, "funding flows", scale.flows);
  await batch(relations(scale, all), q.createRelations, "relations", scale.relations);
  await db.write("CALL db.awaitIndexes(300)");
  // The bulk load bypasses the write path, so its last step builds the rollups whole, as an upgrade does.
  const r0 = Date.now();
  const rows = await rebuildRollups(db);
  const rollups = { ms: Date.now() - r0, rows };
  say(`funding rollups built: ${rows} rows in ${(rollups.ms / 1000).toFixed(1)} s`);
  return { ms: Date.now() - t0, rollups };
}
