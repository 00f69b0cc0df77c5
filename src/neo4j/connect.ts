import type { Config } from "../config.js";
import { Database } from "../db/database.js";
import type { Logger } from "../logger.js";
import { runningLocalNeo4j } from "./local-neo4j.js";
import { LocalNeo4jSupervisor } from "./supervisor.js";

export interface Connection {
  db: Database;
  local?: LocalNeo4jSupervisor;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** Uses NEO4J_URI when set, else the local Neo4j npm start runs, else starts (and supervises) the embedded one. */
export async function connect(config: Config, log: Logger): Promise<Connection> {
  let local: LocalNeo4jSupervisor | undefined;
  let uri = config.neo4j.uri;
  const running = uri ? null : await runningLocalNeo4j(config.local);
  if (running) {
    uri = running.uri;
    process.stderr.write(`Using the local Neo4j that process ${running.pid} (npm start) runs at ${uri}.\n`);
  } else if (!uri) {
    local = await LocalNeo4jSupervisor.start(config.local, log);
    uri = local.uri;
  } else {
    log.info("using external Neo4j", { uri, database: config.neo4j.database });
  }
  const db = new Database({ ...config.neo4j, uri }, log, { timeoutMs: config.limits.queryTimeoutMs });
  return {
    db,
    local,
    close: async () => {
      await db.close().catch(() => undefined);
      await local?.stop();
    },
  };
}
