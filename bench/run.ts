// npm run bench -- [--scale small|medium|large] [--duration 5] [--rounds 5] [--connections 8] [--warmup 2]
//                   [--only <name part>[,<name part>…]] [--no-load]   (with BENCH_NEO4J_URI: reuse a loaded graph)
// Loads a deterministic synthetic graph into its own Neo4j, then measures this server against
// the floor (hand-written Cypher behind node:http) and the peer (@neo4j/graphql 7) in
// interleaved rounds, with this server's response cache measured beside them, and writes
// bench/results.md.
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ROOT_DIR } from "../src/config.js";
import { Database, type PlanNode } from "../src/db/database.js";
import { freePort } from "../src/neo4j/local-neo4j.js";
import { measureExtraction, writeExtractionSection } from "./extraction.js";
import { writeSection } from "./results-file.js";
import { operations } from "./operations.js";
import { SCALES } from "./synthetic.js";
import { canonical, child, compileServers, measure as measureOnce, median, NODE_FLAGS, quantile, rssMb, settle, type Sample } from "./harness.js";
import { openBenchDatabase } from "./bench-database.js";
import { hashKey } from "../src/auth/api-keys.js";
import { startRedisServer, type RedisServer } from "../tools/redis-server.js";
import { measureWriteCost } from "./write-cost.js";

const { values } = parseArgs({ options: { scale: { type: "string", default: "medium" }, duration: { type: "string", default: "5" }, rounds: { type: "string", default: "5" }, connections: { type: "string", default: "8" }, warmup: { type: "string", default: "2" }, only: { type: "string" }, "no-load": { type: "boolean", default: false } } });
const scale = SCALES[values.scale!];
if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const say = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/**
 * One instance against two behind one Redis (REDIS_URL: shared cache, limiter and write
 * counter), with the response cache off and on, on the lookups. The two share this machine's
 * cores with each other and with Neo4j, so this measures what Redis costs and what a second
 * process buys here, not what a second machine would.
 */
async function measureReplicas(uri: string, ops: ReturnType<typeof operations>, db: Database): Promise<string[]> {
  const picked = ops.filter((o) => ["actor by id", "search"].includes(o.name));
  if (picked.length === 0) return [];
  let redis: RedisServer;
  try {
    redis = await startRedisServer();
  } catch (e) {
    return [`Two instances behind Redis: not measured (${(e as Error).message}).`];
  }
  const started: ChildProcess[] = [];
  try {
    const start = async (cache: string, redisUrl?: string) => {
      if (redisUrl) process.env.REDIS_URL = redisUrl;
      else delete process.env.REDIS_URL;
      const c = await child(["dist/bench/this-server.js", uri, String(await freePort()), cache], "THIS_READY");
      started.push(c.proc);
      return `http://127.0.0.1:${c.port}/graphql`;
    };
    const layouts = [
      { name: "one instance, cache off", urls: [await start("0")] },
      { name: "two instances + Redis, cache off", urls: [await start("0", redis.url), await start("0", redis.url)] },
      { name: "one instance, in-process cache", urls: [await start("600")] },
      { name: "two instances + Redis, shared cache", urls: [await start("600", redis.url), await start("600", redis.url)] },
    ];
    delete process.env.REDIS_URL;
    const lines = ["| operation | layout | p50 ms | req/s | errors |", "|---|---|---|---|---|"];
    for (const o of picked) {
      const body = JSON.stringify({ query: o.graphql });
      for (const l of layouts) {
        await measureSpread(l.urls, body, warmup || 1);
        await settle(db, 5000);
        const r = await measureSpread(l.urls, body);
        await settle(db, duration * 1000);
        lines.push(`| ${o.name} | ${l.name} | ${r.p50.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors} |`);
      }
    }
    say("replicas measured");
    return lines;
  } finally {
    for (const p of started) p.kill("SIGTERM");
    await redis.remove();
  }
}

/** Writer key of the benchmark's servers: writes are measured through the API, as clients make them. */
const WRITER_KEY = "kg_bench_writer_key_00000001";

/** The same load spread over several instances of a server (connections split evenly), as a round-robin balancer spreads it. */
async function measureSpread(urls: string[], body: string, seconds = duration): Promise<{ p50: number; rps: number; errors: number }> {
  const times: number[] = [];
  const results = await Promise.all(urls.map((url) => new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections: Math.max(1, Math.round(connections / urls.length)), duration: seconds }, (err, result) => (err ? reject(err) : resolve(result)));
    run.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  })));
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), rps: results.reduce((s, r) => s + r.requests.average, 0), errors: results.reduce((s, r) => s + r.errors + r.non2xx + r.timeouts, 0) };
}

const measure = (url: string, body: string | undefined, pid: number, seconds = duration) => measureOnce(url, body, pid, { connections, seconds });
let rollupBuild = { ms: NaN, rows: 0 };

async function main(): Promise<void> {
  const bench = await openBenchDatabase(scale!, { uri: process.env.BENCH_NEO4J_URI, reuse: values["no-load"], say });
  const { db, uri, memory, loadMs } = bench;
  rollupBuild = bench.rollups;
  const procs: ChildProcess[] = [];
  try {
    const ids = { ministry: "bench:ministry:0", municipality: "bench:municipality:0", governor: "bench:county_governor:0" };
    // --only measures a subset while tuning; a full run (and results.md) measures them all.
    const only = values.only?.split(",").map((s) => s.trim()).filter(Boolean);
    const ops = operations(ids).filter((o) => !only || only.some((part) => o.name.includes(part)));
    if (ops.length === 0) throw new Error(`--only ${values.only} matches no operation`);
    compileServers(say);
    process.env.API_KEYS = `bench-writer:editor:${hashKey(WRITER_KEY)}`;
    const me = await child(["dist/bench/this-server.js", uri, String(await freePort()), "0"], "THIS_READY");
    procs.push(me.proc);
    const floor = await child(["dist/bench/floor-server.js", uri, ids.ministry, ids.municipality, ids.governor, String(await freePort())], "FLOOR_READY");
    procs.push(floor.proc);
    const peer = await child(["dist/bench/peer-server.js", uri, String(await freePort())], "PEER_READY");
    procs.push(peer.proc);
    const cached = await child(["dist/bench/this-server.js", uri, String(await freePort()), "600"], "THIS_READY");
    procs.push(cached.proc);
    const gql = (port: number, query: (i: number) => string) => ({ url: () => `http://127.0.0.1:${port}/graphql`, body: (i: number) => JSON.stringify({ query: query(i) }) });
    const targets = [
      { name: "this server", ...gql(me.port, (i) => ops[i]!.graphql), pid: me.proc.pid!, shape: (_i: number, d: unknown) => d },
      { name: "floor", url: (i: number) => `http://127.0.0.1:${floor.port}/op/${encodeURIComponent(ops[i]!.name)}`, body: () => "{}", pid: floor.proc.pid!, shape: (_i: number, d: unknown) => d },
      { name: "@neo4j/graphql", ...gql(peer.port, (i) => ops[i]!.peer.graphql), pid: peer.proc.pid!, shape: (i: number, d: unknown) => ops[i]!.peer.shape(d as Record<string, unknown>) },
      { name: "this server, response cache", ...gql(cached.port, (i) => ops[i]!.graphql), pid: cached.proc.pid!, shape: (_i: number, d: unknown) => d },
    ];
    // The peer checks the database's version on its first request; keep that out of the counts.
    await fetch(targets[2]!.url(0), { method: "POST", headers: { "content-type": "application/json" }, body: targets[2]!.body(0) });

    // Pre-flight: every target returns the same data for every operation.
    const statements: number[][] = ops.map(() => []);
    for (let i = 0; i < ops.length; i++) {
      const answers = [];
      for (const [t, target] of targets.entries()) {
        const res = await fetch(target.url(i), { method: "POST", headers: { "content-type": "application/json" }, body: target.body(i) });
        statements[i]![t] = Number(res.headers.get("x-cypher-statements") ?? NaN);
        const json = (await res.json()) as { data: unknown; errors?: unknown };
        if (json.errors || !json.data) throw new Error(`${target.name} failed ${ops[i]!.name}: ${JSON.stringify(json.errors ?? json)}`);
        const data = target.shape(i, json.data);
        answers.push(canonical(ops[i]!.compare ? ops[i]!.compare!(data) : data));
      }
      if (new Set(answers).size !== 1) throw new Error(`pre-flight: targets disagree on '${ops[i]!.name}':\n${answers.map((a, t) => `${targets[t]!.name}: ${a.slice(0, 400)}`).join("\n")}`);
      say(`pre-flight ok: ${ops[i]!.name}`);
    }

    // Warm-up, not counted: every target runs every operation once under load first, so JIT
    // compilation (V8's, graphql-jit's, Neo4j's) and cold caches do not land in round 1.
    if (warmup > 0) {
      for (let i = 0; i < ops.length; i++) {
        for (const target of targets) {
          await measure(target.url(i), target.body(i), target.pid, warmup);
          await settle(db, warmup * 1000);
        }
      }
      say(`warm-up done (${warmup} s per operation and target)`);
    }

    const samples: Sample[][][] = ops.map(() => targets.map(() => []));
    const rss: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < ops.length; i++) {
        // Interleave: rotate which target goes first, so drift hits all alike.
        const order = targets.map((_t, k) => (k + r + i) % targets.length);
        for (const t of order) {
          const target = targets[t]!;
          const sample = await measure(target.url(i), target.body(i), target.pid);
          sample.leftBehind = await settle(db, duration * 1000);
          samples[i]![t]!.push(sample);
          if (t === 0) rss.push(rssMb(target.pid));
        }
      }
      say(`round ${r + 1}/${rounds} done`);
    }

    // Medians over the rounds that answered at all; a target that answered in no round has none.
    const m = (s: Sample[], k: keyof Sample) => {
      const xs = s.map((x) => x[k]).filter((x) => Number.isFinite(x));
      return xs.length ? median(xs) : NaN;
    };
    const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : "n/a");
    const tables = (): string[] => {
      const out: string[] = [];
      for (let i = 0; i < ops.length; i++) {
        const [a, b, c, d] = samples[i]!.map((x) => x!);
        const ms = (s: Sample[], k: "p50" | "p99") => (Number.isFinite(m(s, k)) ? m(s, k).toFixed(1) : "no answer");
        out.push(`| ${ops[i]!.name} | ${ms(a!, "p50")} | ${ms(b!, "p50")} | ${ms(c!, "p50")} | ${ratio(m(a!, "p50"), m(b!, "p50"))} | ${ratio(m(a!, "p50"), m(c!, "p50"))} | ${ms(d!, "p50")} | ${ms(a!, "p99")} | ${ms(b!, "p99")} | ${ms(c!, "p99")} | ${ms(d!, "p99")} |`);
      }
      out.push(
        "",
        "| operation | req/s (this, floor, peer, cached) | statements/request (this, floor, peer) | CPU ms/request (this, floor, peer, cached) | errors | rounds without an answer (this, floor, peer, cached) | statements terminated after their round (this, floor, peer, cached) |",
        "|---|---|---|---|---|---|---|",
      );
      for (let i = 0; i < ops.length; i++) {
        const all = samples[i]!.map((x) => x!);
        const each = (k: keyof Sample, digits: number) => all.map((x) => m(x, k).toFixed(digits)).join(", ");
        const per = (f: (x: Sample) => number) => all.map((x) => x.reduce((y, z) => y + f(z), 0)).join(", ");
        out.push(`| ${ops[i]!.name} | ${each("rps", 0)} | ${statements[i]!.slice(0, 3).join(", ")} | ${each("cpuMsPerReq", 2)} | ${all.reduce((s, x) => s + x.reduce((y, z) => y + z.errors, 0), 0)} | ${per((z) => (z.answered === 0 ? 1 : 0))} | ${per((z) => z.leftBehind)} |`);
      }
      return out;
    };
    /** Each round's this/floor and this/peer p50, measured within seconds of each other: how much the machine's noise moves a ratio. */
    const spread = (): string[] => {
      const range = (i: number, t: number) => {
        const r = samples[i]![0]!.map((s, k) => s.p50 / samples[i]![t]![k]!.p50).filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
        return r.length ? `${r[0]!.toFixed(2)}–${r[r.length - 1]!.toFixed(2)}` : "n/a";
      };
      return [
        "| operation | this/floor by round (min–max) | this/peer by round (min–max) |",
        "|---|---|---|",
        ...ops.map((o, i) => `| ${o.name} | ${range(i, 1)} | ${range(i, 2)} |`),
      ];
    };
    /** Where the issue's two latency targets stand, operation by operation. */
    const targetsMet = (): string[] => {
      const p50 = (i: number, t: number) => m(samples[i]![t]!, "p50");
      const list = (names: string[]) => (names.length ? names.join("; ") : "none");
      // No answer from this server misses both; no answer from the floor or peer while this one answered meets them.
      const answered = (i: number, t: number) => Number.isFinite(p50(i, t));
      const overFloor = ops.filter((_o, i) => !answered(i, 0) || (answered(i, 1) && p50(i, 0) > 1.3 * p50(i, 1))).map((o) => o.name);
      const behindPeer = ops.filter((_o, i) => !answered(i, 0) || (answered(i, 2) && p50(i, 0) >= p50(i, 2))).map((o) => o.name);
      const silent = ops.flatMap((o, i) => targets.filter((_t, t) => !answered(i, t)).map((t) => `${o.name} (${t.name})`));
      return [
        `Target p50 ≤ 1.3 × floor: met by ${ops.length - overFloor.length} of ${ops.length}; not met: ${list(overFloor)}.`,
        `Target p50 below the peer's: met by ${ops.length - behindPeer.length} of ${ops.length}; not met: ${list(behindPeer)}.`,
        `Answered in no round of ${duration} s: ${list(silent)}.`,
      ];
    };
    if (values.only) {
      // A tuning run: the latency tables only; results.md is written by full runs.
      process.stdout.write([...tables(), "", ...spread(), "", ...targetsMet()].join("\n") + "\n");
      return;
    }

    // Export of ~50k edges (funding flows of six years), this server vs floor-equivalent streaming.
    const exportTimes: number[] = [];
    let exportEdges = 0;
    for (let k = 0; k < 3; k++) {
      const t0 = Date.now();
      const res = await fetch(`http://127.0.0.1:${me.port}/export/csv-edges?yearFrom=2008&yearTo=2013`);
      const text = await res.text();
      exportTimes.push(Date.now() - t0);
      exportEdges = text.split("\n").length - 2;
    }
    // 200k+ edges: the whole synthetic graph, while sampling this server's memory.
    let peak = rssMb(me.proc.pid!);
    const base = peak;
    const timer = setInterval(() => (peak = Math.max(peak, rssMb(me.proc.pid!))), 100);
    const t0 = Date.now();
    const big = await fetch(`http://127.0.0.1:${me.port}/export/csv-edges?all=true`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of big.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines += 1;
    }
    clearInterval(timer);
    const bigMs = Date.now() - t0;

    // PROFILE: lookups must seek an index, not scan a label.
    const plans: string[] = [];
    for (const [what, cypher, params] of [
      ["actor by id", "MATCH (a:Actor {id: $id}) RETURN a.name", { id: ids.ministry }],
      ["flows of a recipient", "MATCH (f:FundingFlow) WHERE f.recipientId = $id RETURN count(f)", { id: ids.municipality }],
      ["relations of a subject", "MATCH (r:Relation) WHERE r.subjectId = $id RETURN count(r)", { id: ids.governor }],
    ] as const) {
      const ops: string[] = [];
      const walk = (p: PlanNode) => {
        ops.push(p.operatorType.split("@")[0]!);
        p.children.forEach(walk);
      };
      walk(await db.plan(cypher, params, "PROFILE"));
      plans.push(`| ${what} | ${ops.join(" ← ")} | ${ops.some((o) => /Scan/.test(o) && !/IndexScan/.test(o)) ? "label scan" : "index seek"} |`);
    }

    const replicas = await measureReplicas(uri!, ops, db);
    const writes = await measureWriteCost(db, me.port, WRITER_KEY, 100);
    const cpus = os.cpus();
    const lines_: string[] = [
      `Run: \`npm run bench -- --scale ${scale!.name} --duration ${duration} --rounds ${rounds} --connections ${connections} --warmup ${warmup}\` on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Neo4j 5.26.30 Community (embedded, local).`,
      `Data: ${scale!.actors} actors, ${scale!.flows} funding flows, ${scale!.relations} relations (synthetic, deterministic); loaded in ${(loadMs / 1000).toFixed(1)} s in batches of 10 000.`,
      memory
        ? `Store: ${memory.storeMb} MB on disk. Neo4j restarted after the load and sized as \`npm start\` sizes it from the store and the machine (${memory.machineMb} MB): heap ${memory.heap}, page cache ${memory.pageCacheMb} MB, then warmed with one pass over every node. Between measurements the bench waits until the database runs nothing (statements still running after their round's length are terminated and counted).`
        : "Database: BENCH_NEO4J_URI (sizes and store not measured here).",
      "",
      "Targets in one run on the same database and data: **this** server (GraphQL, DataLoader, response cache off); the **floor**, the best hand-written Cypher per operation through neo4j-driver behind plain node:http; the **peer**, `@neo4j/graphql` 7 serving an equivalent schema (generated queries for actors and funding, `@cypher` fields for summaries, paths, changes, a source's records, neighbourhoods and search: the floor's Cypher, except that summaries, paths and changes hold the plain statement an @neo4j/graphql user would write (a group-by, SHORTEST 1, one sort of every change in the range), while the floor runs the fastest forms known, this server's own); and this server with its **response cache** on. A pre-flight check proved all four return the same data for every operation. Every server runs with NODE_ENV=production and `node " + NODE_FLAGS.join(" ") + "`; all three compiled to JavaScript, as `npm start` runs this one. After a warm-up pass that is not counted, rounds interleave the targets; figures are medians over rounds, and the ratios are of those medians. Latency in ms at " + connections + " concurrent connections, from each response's exact time; CPU is the server process's CPU time per request.",
      "",
      "| operation | this p50 | floor p50 | peer p50 | this/floor | this/peer | cached p50 | this p99 | floor p99 | peer p99 | cached p99 |",
      "|---|---|---|---|---|---|---|---|---|---|---|",
      ...tables(),
      "",
      ...spread(),
      "",
      ...targetsMet(),
    ];
    lines_.push(
      "",
      `Memory of this server under the sustained load: RSS from ${Math.min(...rss).toFixed(0)} to ${Math.max(...rss).toFixed(0)} MB across ${rss.length} samples (one per operation and round).`,
      "",
      `Export of ${exportEdges} edges (CSV, funding flows 2008–2013) from this server: median ${median(exportTimes)} ms over 3 runs.`,
      `Streaming export of the whole synthetic graph: ${lines - 1} edges, ${(bytes / 2 ** 20).toFixed(0)} MB in ${(bigMs / 1000).toFixed(1)} s; server RSS ${base.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during.`,
      "",
      `Funding rollups: built for the whole load in ${(rollupBuild.ms / 1000).toFixed(1)} s (${rollupBuild.rows} rows; ${((rollupBuild.ms / loadMs) * 100).toFixed(1)}% of the load). Per write: ${writes.n} addFundingFlow mutations through this server took ${writes.apiWrite.toFixed(1)} ms p50. The same write's transaction, run ${writes.n} times by the write path's repository with each statement timed where it runs, took ${writes.transaction.toFixed(1)} ms p50, of which the rollups' two statements took ${writes.rollups.toFixed(1)} ms p50: ${((writes.rollups / writes.apiWrite) * 100).toFixed(0)}% of a write through the API (target under 20%), ${((writes.rollups / writes.transaction) * 100).toFixed(0)}% of its transaction.`,
      "",
      `Several instances (${duration} s per layout at ${connections} connections in all, split evenly; one round):`,
      "",
      ...replicas,
      "",
      "PROFILE of the lookups:",
      "",
      "| lookup | operators (leaf last) | verdict |",
      "|---|---|---|",
      ...plans,
    );
    const results = path.join(ROOT_DIR, "bench", "results.md");
    writeSection(results, `scale:${scale!.name}`, `## ${scale!.name[0]!.toUpperCase()}${scale!.name.slice(1)} scale (${scale!.flows.toLocaleString("en").replace(/,/g, " ")} flows)`, lines_);
    const extraction = measureExtraction(ROOT_DIR);
    writeExtractionSection(results, extraction);
    process.stdout.write([...lines_, "", ...extraction].join("\n") + "\n");
  } finally {
    for (const p of procs) p.kill("SIGTERM");
    await bench.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
