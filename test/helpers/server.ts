import { inject } from "vitest";
import { hashKey } from "../../src/auth/api-keys.js";
import { loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { startApp, type App } from "../../src/app.js";
import { silentLogger } from "../../src/logger.js";

/** The server as clients meet it: real HTTP on a free loopback port, over the test database. */
export interface TestServer {
  app: App;
  db: Database;
  /** http://127.0.0.1:PORT */
  base: string;
  stop(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1", ...env });
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger);
  const app = await startApp(config, db, silentLogger);
  return {
    app,
    db,
    base: `http://127.0.0.1:${app.port}`,
    stop: async () => {
      await app.stop();
      await db.close();
    },
  };
}

/** API_KEYS for keys named by role: `{ editor: "kg_…" }` gives the user `editor-user` that role. */
export const apiKeysFor = (keys: Record<string, string>) => Object.entries(keys).map(([role, key]) => `${role}-user:${role}:${hashKey(key)}`).join(",");
