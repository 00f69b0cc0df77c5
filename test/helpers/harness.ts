import { inject } from "vitest";
import type { ApolloServer } from "@apollo/server";
import { loadConfig, type Config } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { createApollo } from "../../src/app.js";
import { createContext, type GraphQLContext } from "../../src/api/context.js";
import { silentLogger } from "../../src/logger.js";
import type { Principal } from "../../src/auth/api-keys.js";

export interface Harness {
  config: Config;
  db: Database;
  apollo: ApolloServer<GraphQLContext>;
  /** Runs an operation in-process and returns data, errors and the Cypher statement count. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal | null): Promise<{ data: T | null; errors: { message: string; extensions?: Record<string, unknown> }[] | undefined; statements: number }>;
  close(): Promise<void>;
}

/** The server in-process against the run's real Neo4j (see global-setup.ts). */
export async function createHarness(env: Record<string, string> = {}): Promise<Harness> {
  // Operations are compiled on first use, so every test runs on the executor production uses
  // for hot operations; EXECUTOR=graphql-js in env runs them on the reference executor.
  const config = loadConfig({ ...process.env, NODE_ENV: "test", NEO4J_URI: inject("neo4jUri"), JIT_COMPILE_AFTER: "1", ...env });
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger, { timeoutMs: config.limits.queryTimeoutMs });
  const apollo = createApollo(config, silentLogger);
  await apollo.start();
  return {
    config,
    db,
    apollo,
    async run(query, variables, principal) {
      const contextValue = createContext({ db, limits: config.limits, log: silentLogger, dataDir: config.dataDir, principal: principal ?? null });
      const res = await apollo.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== "single") throw new Error("incremental delivery is not used here");
      const { data, errors } = res.body.singleResult;
      return { data: (data ?? null) as never, errors: errors as never, statements: contextValue.counter.statements };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
