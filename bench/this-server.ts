// This server, as a child process of the benchmark so its CPU and memory are its own.
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { startApp } from "../src/app.js";
import { createLogger } from "../src/logger.js";

// The third argument is the response cache's maxAge in seconds: 0 measures the work itself.
const [uri, port, cacheSeconds] = process.argv.slice(2);
const config = loadConfig({ ...process.env, NODE_ENV: "production", NEO4J_URI: uri, PORT: port, HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "1000000", EXPOSE_STATEMENT_COUNT: "true", MAX_QUERY_COST: "1000000", RESPONSE_CACHE_SECONDS: cacheSeconds ?? "0" });
const log = createLogger("error");
const db = new Database({ ...config.neo4j, uri: uri! }, log, { timeoutMs: 120_000 });
const app = await startApp(config, db, log);
process.stdout.write(`THIS_READY ${app.port}\n`);
