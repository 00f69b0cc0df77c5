import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { describe, expect, it } from "vitest";
import { ROOT_DIR, loadConfig } from "../../src/config.js";
import { Database, DatabaseUnavailableError } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrations.js";
import { emptyBatch } from "../../src/ingest/facts.js";
import { IngestRepository } from "../../src/ingest/ingest.repository.js";
import { silentLogger } from "../../src/logger.js";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-neo4j.js";

/** A logger that counts the reads Database retries, and resolves `retries(n)` once it has seen n of them. */
function retryCounter() {
  let seen = 0;
  const waiting: { n: number; resolve: () => void }[] = [];
  const log = {
    ...silentLogger,
    debug: (msg: string) => {
      if (msg !== "retrying a read after a transient error") return;
      seen += 1;
      for (const w of waiting.filter((w) => w.n <= seen)) w.resolve();
    },
    child: () => log,
  };
  return { log, count: () => seen, retries: (n: number) => new Promise<void>((resolve) => (seen >= n ? resolve() : waiting.push({ n, resolve }))) };
}

const localConfig = (home: string, port: number) => ({ ...loadConfig({}).local, home, boltPort: port, heap: "1g", pageCacheMb: 64 });

describe("database faults", () => {
  it("when the database is down at start, then the compiled server starts, reports 503 and SERVICE_UNAVAILABLE, and works once the database comes up", async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-down-"));
    // The server as `npm start` runs it: compiled by its prestart build, then plain node.
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT_DIR, stdio: "inherit" });
    const server: ChildProcess = spawn(process.execPath, [path.join(ROOT_DIR, "dist/src/main.js")], {
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(httpPort), HOST: "127.0.0.1", LOG_LEVEL: "info", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The server logs "database ready" once the database answers and its migrations and load are done.
    const ready = new Promise<void>((resolve) => {
      readline.createInterface({ input: server.stderr! }).on("line", (l) => l.includes(`"msg":"database ready"`) && resolve());
    });
    let neo4j: LocalNeo4j | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        readline.createInterface({ input: server.stdout! }).on("line", (l) => l.includes("ready at") && resolve());
        server.once("exit", (c) => reject(new Error(`server exited ${c}`)));
      });
      const base = `http://127.0.0.1:${httpPort}`;
      expect((await fetch(`${base}/health`)).status).toBe(503);
      const q = () => fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ actors { totalCount } }" }) }).then((r) => r.json() as Promise<{ data?: { actors: { totalCount: number } }; errors?: { extensions: { code: string } }[] }>);
      const down = await q();
      expect(down.errors?.[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");

      neo4j = await startLocalNeo4j(localConfig(home, boltPort), silentLogger);
      // Migrations and the initial load run in the background once the database answers.
      await ready;
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await q()).data!.actors.totalCount).toBeGreaterThan(900);
    } finally {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      await neo4j?.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  it("when a read starts while Neo4j is down, then it is retried until Neo4j is back, and given up after the retry window", async () => {
    const port = await freePort();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-retry-"));
    const target = { ...loadConfig({}).neo4j, uri: `bolt://127.0.0.1:${port}` };
    const briefLog = retryCounter();
    const patientLog = retryCounter();
    const patient = new Database(target, patientLog.log, { retryMs: 120_000 });
    const brief = new Database(target, briefLog.log, { retryMs: 1_000 });
    let neo4j: LocalNeo4j | undefined;
    try {
      // The brief one retries, then gives up when its window closes.
      await expect(brief.read("RETURN 1 AS one")).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(briefLog.count()).toBeGreaterThan(0);

      let settled = false;
      const read = patient.read("RETURN 42 AS answer").finally(() => (settled = true));
      // Three retries while the database is down, and the read is still waiting, not failed.
      await patientLog.retries(3);
      expect(settled, "the read gave up while the database was down").toBe(false);
      neo4j = await startLocalNeo4j(localConfig(home, port), silentLogger);
      expect(await read).toEqual([{ answer: 42 }]);
    } finally {
      await patient.close();
      await brief.close();
      await neo4j?.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  it("when Neo4j is killed during a batch import, then nothing of the batch is there after restart and the retry writes it all", async () => {
    const port = await freePort();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-kill-"));
    let neo4j = await startLocalNeo4j(localConfig(home, port), silentLogger);
    const target = { ...loadConfig({}).neo4j, uri: neo4j.uri };
    let db = new Database(target, silentLogger, { timeoutMs: 120_000 });
    try {
      await migrate(db, silentLogger);
      const batch = emptyBatch("test/kill.yaml");
      const loc = { file: "test/kill.yaml", line: 1, record: "r" };
      batch.sources.push({ loc, id: "doc:test:kill", kind: "DOCUMENT", title: "t", publisher: null, published: null, publishedPrecision: null, publishedDerivation: null, language: null, url: null, licence: null, file: null, note: null });
      for (let i = 0; i < 20_000; i++) {
        batch.actors.push({ loc, id: `test:kill:${i}`, kind: "ORGANISATION", name: `Org ${i}`, aliases: [], country: "NO", officialIdScheme: null, officialId: null, number: null, description: null, validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null, validityNote: null, evidence: [{ sourceId: "doc:test:kill", quote: `quote ${i}`, locator: null }] });
      }
      // The transaction has written the whole batch when its last step runs; it is held there,
      // uncommitted, until Neo4j is killed, and its next statement then fails.
      let inTransaction!: () => void;
      const written = new Promise<void>((resolve) => (inTransaction = resolve));
      let killed!: () => void;
      const gone = new Promise<void>((resolve) => (killed = resolve));
      const attempt = new IngestRepository(db).writeBatch(batch, async (run) => {
        inTransaction();
        await gone;
        await run("RETURN 1");
      });
      await written;
      await neo4j.kill();
      killed();
      await expect(attempt).rejects.toBeDefined();
      await db.close();

      neo4j = await startLocalNeo4j(localConfig(home, port), silentLogger);
      db = new Database({ ...target, uri: neo4j.uri }, silentLogger, { timeoutMs: 120_000 });
      const count = async () => (await db.read("MATCH (a:Actor) WHERE a.id STARTS WITH 'test:kill:' RETURN count(a) AS n"))[0]!.n;
      expect(await count()).toBe(0);
      expect((await db.read("MATCH (s:Source {id: 'doc:test:kill'}) RETURN count(s) AS n"))[0]!.n).toBe(0);

      const summary = await new IngestRepository(db).writeBatch(batch);
      expect(summary.actors.created).toBe(20_000);
      expect(await count()).toBe(20_000);
    } finally {
      await db.close();
      await neo4j.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
