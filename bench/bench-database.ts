import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { silentLogger } from "../src/logger.js";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-neo4j.js";
import { machineMemoryBytes, planMemory, storeBytes, type MemoryPlan } from "../src/neo4j/memory.js";
import { loadSynthetic } from "./load-synthetic.js";
import type { Scale } from "./synthetic.js";

export interface BenchDatabase {
  db: Database;
  uri: string;
  /** How the embedded Neo4j was sized for the loaded store; undefined for a database given by URI. */
  memory: MemoryPlan | undefined;
  loadMs: number;
  rollups: { ms: number; rows: number };
  close(): Promise<void>;
}

/**
 * A Neo4j holding the synthetic graph of `scale`. Without `uri` the bench owns an embedded one:
 * loaded, then restarted and sized from its store and the machine as `npm start` sizes it, and
 * warmed with one pass over every node, as a server that has run a while is. With `uri` and
 * `reuse`, the graph already there is measured as it is.
 */
export async function openBenchDatabase(scale: Scale, opts: { uri?: string; reuse?: boolean; say: (s: string) => void }): Promise<BenchDatabase> {
  const { say } = opts;
  const config = loadConfig({});
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-"));
  let neo4j: LocalNeo4j | undefined;
  let uri = opts.uri;
  if (!uri) {
    neo4j = await startLocalNeo4j({ ...config.local, home, boltPort: await freePort(), heap: "3g", pageCacheMb: 2048 }, silentLogger);
    uri = neo4j.uri;
  }
  let db = new Database({ ...config.neo4j, uri }, silentLogger, { timeoutMs: 300_000 });
  const close = async () => {
    await db.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await migrate(db, silentLogger);
    let loadMs = NaN;
    let rollups = { ms: NaN, rows: 0 };
    if (opts.reuse && opts.uri) {
      say(`reusing the graph already at ${uri}`);
    } else {
      say(`loading the ${scale.name} synthetic graph: ${scale.actors} actors, ${scale.flows} funding flows, ${scale.relations} relations`);
      ({ ms: loadMs, rollups } = await loadSynthetic(db, scale, say));
      say(`loaded in ${(loadMs / 1000).toFixed(1)} s`);
    }
    let memory: MemoryPlan | undefined;
    if (neo4j) {
      await db.close();
      await neo4j.stop();
      memory = planMemory({ storeBytes: storeBytes(home), machineBytes: machineMemoryBytes() });
      say(`restarting Neo4j sized for its ${memory.storeMb} MB store: heap ${memory.heap}, page cache ${memory.pageCacheMb} MB`);
      neo4j = await startLocalNeo4j({ ...config.local, home, boltPort: await freePort(), heap: memory.heap, pageCacheMb: memory.pageCacheMb }, silentLogger);
      uri = neo4j.uri;
      db = new Database({ ...config.neo4j, uri }, silentLogger, { timeoutMs: 300_000 });
      await db.autoCommit("MATCH (n) RETURN count(n.id) AS n", {}, { timeoutMs: 600_000 });
    }
    return { db, uri, memory, loadMs, rollups, close };
  } catch (e) {
    await close();
    throw e;
  }
}
