import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT_DIR, loadConfig } from "../../src/config.js";
import { silentLogger, type Logger } from "../../src/logger.js";
import { freePort, LocalNeo4jError, startLocalNeo4j } from "../../src/neo4j/local-neo4j.js";
import { LocalNeo4jSupervisor } from "../../src/neo4j/supervisor.js";
import { Database } from "../../src/db/database.js";
import { startApp } from "../../src/app.js";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("local Neo4j", () => {
  it("when the Bolt port is taken, then start fails at once with a message that says what to do", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, "127.0.0.1", () => r()));
    try {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-busy-"));
      const err = await startLocalNeo4j({ ...loadConfig({}).local, home, boltPort: port }, silentLogger).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect((err as Error).message).toContain(`${port} is already in use`);
      expect((err as Error).message).toContain("NEO4J_LOCAL_BOLT_PORT");
    } finally {
      blocker.close();
    }
  });

  it("when the Node process that started it is killed with SIGKILL, then the JVM exits and frees the port", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-orphan-"));
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "test/fixtures/start-local-neo4j.ts"), home, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    // node itself, not the tsx wrapper, so SIGKILL hits the process that holds the JVM's stdin.
    const jvmPid = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).on("line", (l) => {
        const m = /^JVM_PID (\d+)/.exec(l);
        if (m) resolve(Number(m[1]));
      });
      child.once("exit", (c) => reject(new Error(`fixture exited ${c}`)));
    });
    expect(alive(jvmPid)).toBe(true);
    child.kill("SIGKILL");
    // The JVM notices its parent is gone and exits; nothing else signals that, so its pid is
    // watched (the test's own timeout is the only bound).
    while (alive(jvmPid)) await new Promise((r) => setTimeout(r, 250));
    // The port is free again: a new server can bind it.
    await new Promise<void>((resolve, reject) => {
      const s = net.createServer().once("error", reject).listen(port, "127.0.0.1", () => s.close(() => resolve()));
    });
    fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it("when npm start runs the local Neo4j, then a CLI uses that database instead of starting a second one, and says so in one line", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-shared-"));
    const port = await freePort();
    const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "test/fixtures/start-local-neo4j.ts"), home, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        readline.createInterface({ input: server.stdout! }).on("line", (l) => (l.startsWith("JVM_PID ") ? resolve() : undefined));
        server.once("exit", (c) => reject(new Error(`fixture exited ${c}`)));
      });
      const env: Record<string, string | undefined> = { ...process.env, NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_BOLT_PORT: String(port), AUTO_LOAD: "false" };
      delete env.NEO4J_URI;
      const cli = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "src/cli/export.ts"), "--format", "gexf", "--all", "--out", path.join(home, "all.gexf")], { env, cwd: ROOT_DIR })
        .then((r) => ({ code: 0, stderr: r.stderr }), (e: { code: number; stderr: string }) => e);
      expect(cli.stderr).toContain(`Using the local Neo4j that process ${server.pid} (npm start) runs at bolt://127.0.0.1:${port}.`);
      expect(cli.stderr).not.toMatch(/already in use/);
      expect(cli.code).toBe(0);
    } finally {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);

  it("when its JVM is killed with SIGKILL, then the exit is logged with its code, the database restarts unaided, and /health reports it", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-supervised-"));
    const port = await freePort();
    const logged: string[] = [];
    const infos: { msg: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = { debug: () => undefined, info: (msg, fields) => void infos.push({ msg, fields }), warn: () => undefined, error: (msg) => void logged.push(msg), child: () => log };
    // The heap as NEO4J_LOCAL_HEAP would give it; the page cache left to be sized.
    const supervisor = await LocalNeo4jSupervisor.start({ ...loadConfig({}).local, home, boltPort: port, heap: "512m", pageCacheMb: undefined }, log);
    const memory = infos.find((i) => i.msg === "local Neo4j memory")?.fields;
    expect(memory).toMatchObject({ heap: "512m", heapFrom: "NEO4J_LOCAL_HEAP", pageCacheFrom: "sized", storeMb: 0 });
    expect(memory!.pageCacheMb).toBeGreaterThanOrEqual(128);
    const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: supervisor.uri, PORT: "0", HOST: "127.0.0.1", AUTO_LOAD: "false" });
    const db = new Database({ ...config.neo4j, uri: supervisor.uri }, silentLogger);
    const app = await startApp(config, db, silentLogger, { localNeo4j: () => supervisor.status() });
    try {
      expect(await db.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
      const firstPid = supervisor.pid;
      const exited = once(supervisor, "exit");
      const ready = once(supervisor, "ready");
      process.kill(firstPid, "SIGKILL");
      const [code] = await exited;
      expect(code).not.toBe(0);
      expect(logged).toContain("the local Neo4j exited unexpectedly; restarting it");
      await ready;
      expect(supervisor.pid).not.toBe(firstPid);
      expect(await db.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
      const health = (await (await fetch(`${app.url.replace(/\/graphql$/, "")}/health`)).json()) as { localNeo4j: { state: string; restarts: number; lastExit: { code: number } } };
      expect(health.localNeo4j).toMatchObject({ state: "up", restarts: 1, lastExit: { code } });
    } finally {
      await app.stop();
      await db.close();
      await supervisor.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
