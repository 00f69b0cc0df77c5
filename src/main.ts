import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { startApp } from "./app.js";
import { migrate } from "./db/migrations.js";
import { connect } from "./neo4j/connect.js";
import { LocalNeo4jError } from "./neo4j/local-neo4j.js";
import { ensureLoaded } from "./ingest/load.js";
import { ensureRollups } from "./funding/rollups.repository.js";
import { DataValidationError } from "./ingest/facts.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const started = Date.now();
  const conn = await connect(config, log);

  let stopping = false;
  // Filled once the HTTP server listens; a signal before that only closes the database.
  const running: { app?: Awaited<ReturnType<typeof startApp>> } = {};
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    await running.app?.stop().catch((e: unknown) => log.warn("apollo stop failed", { error: String(e) }));
    await conn.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  // The server starts even when the database is down (health says 503, operations say
  // SERVICE_UNAVAILABLE); schema and data are prepared as soon as it answers.
  const prepare = async (): Promise<void> => {
    await migrate(conn.db, log);
    // A database from a version without rollups gets them before summaries read them.
    await ensureRollups(conn.db, log);
    if (!config.autoLoad) return;
    try {
      await ensureLoaded(conn.db, config.dataDir, log);
    } catch (err) {
      // Files with errors are not retried every 5 s: /health says "incomplete" until they are fixed and loaded.
      if (!(err instanceof DataValidationError)) throw err;
      log.error("the data folder has errors; the graph is incomplete until they are fixed and `npm run db:load` runs", { errors: err.errors.length });
    }
  };
  try {
    await prepare();
  } catch (err) {
    log.warn("database not ready; the API starts anyway and retries every 5 s", { error: String((err as Error).message) });
    void (async () => {
      while (!stopping) {
        await new Promise((r) => setTimeout(r, 5000).unref());
        try {
          await prepare();
          log.info("database ready");
          return;
        } catch {
          /* still down */
        }
      }
    })();
  }

  const local = conn.local;
  const app = await startApp(config, conn.db, log, local ? { localNeo4j: () => local.status() } : {});
  running.app = app;
  log.info("ready", { url: app.url, startupMs: Date.now() - started });
  process.stdout.write(`\nKnowledge graph API ready at ${app.url}  (health: ${app.url.replace(/\/graphql$/, "/health")})\n\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof LocalNeo4jError) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    process.stderr.write(`\nStart-up failed: ${(err as Error)?.stack ?? String(err)}\n\n`);
  }
  process.exit(1);
});
