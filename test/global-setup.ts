import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { loadAll, wipeDatabase } from "../src/ingest/load.js";
import { silentLogger } from "../src/logger.js";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-neo4j.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jLocalHome: string;
    neo4jLocalPort: number;
  }
}

/**
 * Starts one real Neo4j for the whole run (a fresh temporary store on a free port), or uses
 * the one at NEO4J_URI, and loads the knowledge graph into it. If neither works the run
 * fails here with the reason; no test is silently skipped.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  let home = "";
  let port = 0;
  if (!uri) {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-test-neo4j-"));
    port = await freePort();
    const started = Date.now();
    local = await startLocalNeo4j({ ...config.local, home, boltPort: port, heap: "768m", pageCacheMb: 128 }, silentLogger);
    uri = local.uri;
    process.stderr.write(`[global-setup] local Neo4j on ${uri} in ${Date.now() - started} ms (store ${home})\n`);
  }
  const db = new Database({ ...config.neo4j, uri }, silentLogger);
  try {
    await migrate(db, silentLogger);
    await wipeDatabase(db);
    const t = Date.now();
    await loadAll(db, config.dataDir, silentLogger);
    process.stderr.write(`[global-setup] knowledge graph loaded in ${Date.now() - t} ms\n`);
  } finally {
    await db.close();
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jLocalHome", home);
  project.provide("neo4jLocalPort", port);

  return async () => {
    await local?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
}
