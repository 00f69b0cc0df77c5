// What every benchmark shares: its servers started as `npm start` starts this one, a load of
// concurrent clients with each response's exact time, and a database left idle between measurements.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import autocannon from "autocannon";
import { ROOT_DIR } from "../src/config.js";
import type { Database } from "../src/db/database.js";

export function cpuTicks(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (100/s)
}
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

/**
 * Node's flags for every target alike: those `npm start` runs the server with (README,
 * "Quick start"), read from package.json so the benchmark cannot drift from the deployment.
 */
export const NODE_FLAGS = startFlags(JSON.parse(fs.readFileSync(path.join(ROOT_DIR, "package.json"), "utf8")).scripts.start as string);

/** The flags between `node` and the script in a start command such as `node --flag dist/src/main.js`. */
function startFlags(start: string): string[] {
  const words = start.trim().split(/\s+/);
  if (words[0] !== "node" || !words.at(-1)!.endsWith(".js")) throw new Error(`package.json's start script is not "node [flags] <script>.js": ${start}`);
  return words.slice(1, -1);
}

/** Compiles the benchmark's servers to JavaScript, so every target runs as `npm start` runs this one. */
export function compileServers(say: (s: string) => void): void {
  say("compiling the servers (tsconfig.bench.json)");
  execFileSync(process.execPath, [path.join(ROOT_DIR, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.bench.json"], { cwd: ROOT_DIR, stdio: "inherit" });
}

export async function child(args: string[], readyPrefix: string): Promise<{ proc: ChildProcess; port: number }> {
  // Every server runs as deployed (NODE_ENV=production), which also turns off graphql-js's development checks.
  const proc = spawn(process.execPath, [...NODE_FLAGS, ...args], { cwd: ROOT_DIR, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout! }).on("line", (l) => l.startsWith(readyPrefix) && resolve(Number(l.split(" ")[1])));
    proc.once("exit", (c) => reject(new Error(`${args[0]} exited ${c}`)));
  });
  return { proc, port };
}

export interface Sample { p50: number; p99: number; rps: number; cpuMsPerReq: number; errors: number; answered: number; leftBehind: number }

/** The q-quantile of sorted values (nearest rank). */
export const quantile = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN);

/** `connections` concurrent clients for `seconds` against one target, with the target process's CPU time. */
export async function measure(url: string, body: string | undefined, pid: number, load: { connections: number; seconds: number }): Promise<Sample> {
  const { connections, seconds } = load;
  const before = cpuTicks(pid);
  // autocannon's own percentiles come from a histogram of whole milliseconds, too coarse for
  // answers of a few ms (3 against 4 is a ratio of 1.33); each response's exact time is kept here.
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, method: body ? "POST" : "GET", headers: { "content-type": "application/json" }, body, connections, duration: seconds }, (err, result) => (err ? reject(err) : resolve(result)));
    run.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
  const cpu = (cpuTicks(pid) - before) * 10;
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), rps: r.requests.average, cpuMsPerReq: r.requests.total ? cpu / r.requests.total : 0, errors: r.errors + r.non2xx + r.timeouts, answered: times.length, leftBehind: 0 };
}

/**
 * Waits until the database runs nothing but this check, so no round inherits the work of the
 * one before: a client that stops at the end of its round leaves its last statements running
 * on the server. Statements still running after `graceMs` are terminated. Returns how many were.
 */
export async function settle(db: Database, graceMs: number): Promise<number> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const rows = await db.autoCommit("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids", {}, { operation: "bench" });
    const ids = (rows[0]?.ids ?? []) as string[];
    if (ids.length === 0) return 0;
    if (Date.now() > deadline) {
      await db.autoCommit("TERMINATE TRANSACTIONS $ids", { ids }, { operation: "bench" }).catch(() => undefined);
      return ids.length;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** JSON with keys sorted, so two equal answers compare equal whatever their key order. */
export const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
