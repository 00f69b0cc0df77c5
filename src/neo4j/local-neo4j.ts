import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { ROOT_DIR, type LocalNeo4jConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { machineMemoryBytes, planMemory, storeBytes } from "./memory.js";

const RUN_SCRIPT = path.join(ROOT_DIR, "tools", "neo4j-local", "run.sh");

export class LocalNeo4jError extends Error {}

export interface LocalNeo4j {
  uri: string;
  startupMs: number;
  pid: number;
  /** Stops the JVM gracefully (SIGTERM, then SIGKILL after `graceMs`). Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Kills the JVM without letting it shut down, as a crash would (fault-injection tests). */
  kill(): Promise<void>;
  /** Settles with the exit code when the JVM exits, asked to or not. */
  exited: Promise<number | null>;
}

/** Fails fast with a readable message instead of a netty bind error deep in the JVM log. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", () =>
      reject(new LocalNeo4jError(
        `Port ${host}:${port} is already in use, so the local Neo4j cannot start. ` +
          `Stop whatever holds it (another 'npm start'?) or set NEO4J_LOCAL_BOLT_PORT to a free port, ` +
          `or set NEO4J_URI to use a Neo4j you already run.`,
      )),
    );
    srv.listen(port, host, () => srv.close(() => resolve()));
  });
}

/** Asks the OS for a free loopback port (tests run their own Neo4j beside a developer's). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the embedded Neo4j 5.26 Community (tools/neo4j-local) and resolves once Bolt accepts
 * connections. The JVM watches its stdin: if this process dies, even by SIGKILL, the pipe
 * closes and the JVM shuts down, so no orphaned database keeps the store lock or the port.
 */
/** Where a process that started the local Neo4j says so, while it runs. */
export const runningFile = (home: string) => path.join(home, "running.json");

/**
 * The local Neo4j another process started and still runs (npm start), if any: its marker
 * names a live process and the port answers.
 */
export async function runningLocalNeo4j(cfg: LocalNeo4jConfig): Promise<{ uri: string; pid: number } | null> {
  let marker: { uri?: string; pid?: number };
  try {
    marker = JSON.parse(fs.readFileSync(runningFile(cfg.home), "utf8")) as typeof marker;
  } catch {
    return null;
  }
  if (!marker.uri || !marker.pid || marker.pid === process.pid) return null;
  try {
    process.kill(marker.pid, 0);
  } catch {
    return null;
  }
  const portInUse = await assertPortFree(cfg.host, cfg.boltPort).then(() => false, () => true);
  return portInUse ? { uri: marker.uri, pid: marker.pid } : null;
}

export async function startLocalNeo4j(cfg: LocalNeo4jConfig, log: Logger): Promise<LocalNeo4j> {
  await assertPortFree(cfg.host, cfg.boltPort);
  fs.mkdirSync(cfg.home, { recursive: true });
  const started = Date.now();
  const memory = planMemory({ storeBytes: storeBytes(cfg.home), machineBytes: machineMemoryBytes(), heap: cfg.heap, pageCacheMb: cfg.pageCacheMb });
  log.info("starting local Neo4j 5.26 Community", { home: cfg.home, port: cfg.boltPort });
  log.info("local Neo4j memory", { ...memory });

  const child: ChildProcess = spawn("bash", [RUN_SCRIPT], {
    env: {
      ...process.env,
      NEO4J_LOCAL_HOME: cfg.home,
      NEO4J_LOCAL_HOST: cfg.host,
      NEO4J_LOCAL_BOLT_PORT: String(cfg.boltPort),
      NEO4J_LOCAL_HEAP: memory.heap,
      NEO4J_LOCAL_PAGECACHE_MB: String(memory.pageCacheMb),
      NEO4J_LOCAL_EXIT_ON_STDIN_EOF: "1",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });

  let exited = false;
  const exitPromise = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = true;
      resolve(code ?? (signal ? 128 : null));
    }),
  );

  const errors: string[] = [];
  let downloads = 0;
  readline.createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.startsWith("NEO4J_LOCAL_ERROR")) {
      errors.push(line.slice("NEO4J_LOCAL_ERROR ".length));
    } else if (line.startsWith("neo4j-local:")) {
      log.info(line.slice("neo4j-local: ".length));
    } else if (/Downloaded from/.test(line)) {
      // Maven prints one line per artifact; a count every 25 keeps the first start readable.
      downloads += 1;
      if (downloads % 25 === 0) log.info("resolving Neo4j jars", { artifactsDownloaded: downloads });
    } else if (/\[ERROR\]|Exception|Error:/.test(line)) {
      errors.push(line.trim());
    } else {
      log.debug("neo4j-local", { line });
    }
  });

  const ready = new Promise<{ uri: string; startupMs: number }>((resolve) => {
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /^NEO4J_LOCAL_READY (\S+) startup_ms=(\d+)/.exec(line);
      if (m) resolve({ uri: m[1]!, startupMs: Number(m[2]) });
      else log.debug("neo4j-local", { line });
    });
  });

  const outcome = await Promise.race([
    ready,
    exitPromise.then((code) => {
      throw new LocalNeo4jError(
        `The local Neo4j failed to start (exit code ${code}): ${errors.join("; ") || "no reason printed"}. ` +
          `Check that JDK 17 ('java -version') and Maven ('mvn -v') are installed and that Maven Central is reachable, ` +
          `or set NEO4J_URI to a running Neo4j.`,
      );
    }),
  ]);

  const stop = async (graceMs = 30_000) => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => {
      if (!exited) child.kill("SIGKILL");
    }, graceMs);
    await exitPromise;
    clearTimeout(timer);
  };
  const kill = async () => {
    if (exited) return;
    child.kill("SIGKILL");
    await exitPromise;
  };

  const totalMs = Date.now() - started;
  log.info("local Neo4j ready", { uri: outcome.uri, neo4jStartupMs: outcome.startupMs, totalMs });
  // So that the CLIs (export, db:load) use this database instead of starting a second one.
  const marker = runningFile(cfg.home);
  fs.writeFileSync(marker, JSON.stringify({ uri: outcome.uri, pid: process.pid, startedAt: new Date().toISOString() }));
  void exitPromise.then(() => fs.rmSync(marker, { force: true }));
  return { uri: outcome.uri, startupMs: totalMs, pid: child.pid!, stop, kill, exited: exitPromise };
}
