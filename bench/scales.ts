// npm run bench:scales -- [--duration 5] [--rounds 5] [--connections 1,8] [--warmup 1] [--only <name part>,…]
//                          [--no-load]   (with BENCH_MEDIUM_URI and BENCH_LARGE_URI: reuse loaded graphs)
// The lookups at medium and at large scale, side by side: two Neo4j, one per scale, each with
// this server and the floor in front, measured in interleaved rounds of one run. Two separate
// runs of `npm run bench` differ by the machine's drift as much as by the data; here only the
// data differs. Writes the "scales" section of bench/results.md.
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT_DIR } from "../src/config.js";
import type { PlanNode } from "../src/db/database.js";
import { freePort } from "../src/neo4j/local-neo4j.js";
import { openBenchDatabase, type BenchDatabase } from "./bench-database.js";
import { canonical, child, compileServers, measure, median, settle, type Sample } from "./harness.js";
import { operations } from "./operations.js";
import { writeSection } from "./results-file.js";
import { SCALES } from "./synthetic.js";

const { values } = parseArgs({ options: { duration: { type: "string", default: "5" }, rounds: { type: "string", default: "5" }, connections: { type: "string", default: "1,8" }, warmup: { type: "string", default: "1" }, only: { type: "string" }, "no-load": { type: "boolean", default: false } } });
const duration = Number(values.duration);
const rounds = Number(values.rounds);
// One client shows a lookup's own latency; eight on two cores show it under contention.
const connectionCounts = values.connections!.split(",").map(Number);
if (connectionCounts.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`--connections must be positive integers separated by commas, not ${values.connections}`);
const warmup = Number(values.warmup);
const say = (s: string) => process.stderr.write(`[bench:scales] ${s}\n`);

/** The lookups whose cost an index keeps flat as the data grows (issue 21's target: large p50 ≤ 1.2 × medium p50). */
const LOOKUPS = ["actor by id", "paths municipality → ministry", "search"];
const TARGET = 1.2;
const ids = { ministry: "bench:ministry:0", municipality: "bench:municipality:0", governor: "bench:county_governor:0" };

interface Target { name: string; scale: "medium" | "large"; kind: "this" | "floor"; url: (i: number) => string; body: (i: number) => string; pid: number; db: BenchDatabase }

const dbHits = (p: PlanNode): number => (p.dbHits ?? 0) + p.children.reduce((n, c) => n + dbHits(c), 0);

/** Warm-up, then interleaved rounds of every lookup on the four targets at `connections` clients. */
async function measureAll(ops: string[], targets: Target[], connections: number): Promise<{ table: string[]; missed: string[]; errors: number; leftBehind: number }> {
  const load = (seconds: number) => ({ connections, seconds });
  if (warmup > 0) {
    for (let i = 0; i < ops.length; i++) {
      for (const t of targets) {
        await measure(t.url(i), t.body(i), t.pid, load(warmup));
        await settle(t.db.db, warmup * 1000);
      }
    }
    say(`warm-up at ${connections} connections done`);
  }
  const samples: Sample[][][] = ops.map(() => targets.map(() => []));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < ops.length; i++) {
      // Rotate which target goes first, so the machine's drift hits all four alike.
      for (const k of targets.map((_t, k) => (k + r + i) % targets.length)) {
        const t = targets[k]!;
        const sample = await measure(t.url(i), t.body(i), t.pid, load(duration));
        sample.leftBehind = await settle(t.db.db, duration * 1000);
        samples[i]![k]!.push(sample);
      }
    }
    say(`round ${r + 1}/${rounds} at ${connections} connections done`);
  }
  const at = (kind: Target["kind"], scale: Target["scale"]) => targets.findIndex((t) => t.kind === kind && t.scale === scale);
  const p50 = (i: number, k: number) => median(samples[i]![k]!.map((s) => s.p50).filter(Number.isFinite));
  const growth = (i: number, kind: Target["kind"]) => p50(i, at(kind, "large")) / p50(i, at(kind, "medium"));
  // Each round's large/medium ratio, from measurements seconds apart: how much noise moves it.
  const byRound = (i: number, kind: Target["kind"]) => {
    const ratios = samples[i]![at(kind, "large")]!.map((s, r) => s.p50 / samples[i]![at(kind, "medium")]![r]!.p50).filter(Number.isFinite).sort((a, b) => a - b);
    return ratios.length ? `${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}` : "n/a";
  };
  return {
    table: [
      "| lookup | this, medium | this, large | this, large/medium | floor, medium | floor, large | floor, large/medium | this, large/medium by round | floor, large/medium by round |",
      "|---|---|---|---|---|---|---|---|---|",
      ...ops.map((o, i) => `| ${o} | ${p50(i, at("this", "medium")).toFixed(1)} | ${p50(i, at("this", "large")).toFixed(1)} | ${growth(i, "this").toFixed(2)} | ${p50(i, at("floor", "medium")).toFixed(1)} | ${p50(i, at("floor", "large")).toFixed(1)} | ${growth(i, "floor").toFixed(2)} | ${byRound(i, "this")} | ${byRound(i, "floor")} |`),
    ],
    missed: ops.filter((_o, i) => !(growth(i, "this") <= TARGET)),
    errors: samples.flat(2).reduce((n, s) => n + s.errors, 0),
    leftBehind: samples.flat(2).reduce((n, s) => n + s.leftBehind, 0),
  };
}

async function main(): Promise<void> {
  const only = values.only?.split(",").map((s) => s.trim()).filter(Boolean);
  const ops = operations(ids).filter((o) => LOOKUPS.includes(o.name) && (!only || only.some((part) => o.name.includes(part))));
  if (ops.length === 0) throw new Error(`--only ${values.only} matches none of: ${LOOKUPS.join(", ")}`);
  const reuse = values["no-load"];
  const dbs: BenchDatabase[] = [];
  const procs: ChildProcess[] = [];
  try {
    const medium = await openBenchDatabase(SCALES.medium!, { uri: process.env.BENCH_MEDIUM_URI, reuse, say });
    dbs.push(medium);
    const large = await openBenchDatabase(SCALES.large!, { uri: process.env.BENCH_LARGE_URI, reuse, say });
    dbs.push(large);

    compileServers(say);
    const targets: Target[] = [];
    for (const [scale, bench] of [["medium", medium], ["large", large]] as const) {
      const me = await child(["dist/bench/this-server.js", bench.uri, String(await freePort()), "0"], "THIS_READY");
      const floor = await child(["dist/bench/floor-server.js", bench.uri, ids.ministry, ids.municipality, ids.governor, String(await freePort())], "FLOOR_READY");
      procs.push(me.proc, floor.proc);
      targets.push(
        { name: `this, ${scale}`, scale, kind: "this", url: () => `http://127.0.0.1:${me.port}/graphql`, body: (i) => JSON.stringify({ query: ops[i]!.graphql }), pid: me.proc.pid!, db: bench },
        { name: `floor, ${scale}`, scale, kind: "floor", url: (i) => `http://127.0.0.1:${floor.port}/op/${encodeURIComponent(ops[i]!.name)}`, body: () => "{}", pid: floor.proc.pid!, db: bench },
      );
    }

    // Pre-flight: at each scale, this server and the floor return the same data.
    for (let i = 0; i < ops.length; i++) {
      for (const scale of ["medium", "large"]) {
        const answers: string[] = [];
        for (const t of targets.filter((x) => x.scale === scale)) {
          const res = await fetch(t.url(i), { method: "POST", headers: { "content-type": "application/json" }, body: t.body(i) });
          const json = (await res.json()) as { data: unknown; errors?: unknown };
          if (json.errors || !json.data) throw new Error(`${t.name} failed ${ops[i]!.name}: ${JSON.stringify(json.errors ?? json)}`);
          answers.push(canonical(json.data));
        }
        if (new Set(answers).size !== 1) throw new Error(`pre-flight: this server and the floor disagree on '${ops[i]!.name}' at ${scale} scale:\n${answers.join("\n")}`);
      }
      say(`pre-flight ok: ${ops[i]!.name}`);
    }

    // The work behind each answer: the floor's statement under PROFILE at each scale. An index
    // lookup reads the same at both; a path search reads what the path's neighbourhood holds.
    const extents: string[] = [];
    const work: string[] = ["| lookup | floor's db hits, medium | floor's db hits, large | answer, medium | answer, large |", "|---|---|---|---|---|"];
    for (const o of ops) {
      const cells: string[] = [];
      const answers: string[] = [];
      for (const bench of [medium, large]) {
        cells.push(String(dbHits(await bench.db.plan(o.floor.cypher, o.floor.params, "PROFILE"))));
        answers.push(canonical((await bench.db.read(o.floor.cypher, o.floor.params)).slice(0, 3)).slice(0, 80));
      }
      work.push(`| ${o.name} | ${cells.join(" | ")} | \`${answers[0]}\` | \`${answers[1]}\` |`);
      if (o.extent) {
        const n = async (b: BenchDatabase) => String((await b.db.read(o.extent!.cypher, o.extent!.params))[0]?.n);
        extents.push(`${o.name}: ${o.extent.what}, ${await n(medium)} at medium and ${await n(large)} at large.`);
      }
    }
    const sized = (b: BenchDatabase) => (b.memory ? `${b.memory.storeMb} MB store, loaded in ${(b.loadMs / 1000).toFixed(0)} s, restarted with heap ${b.memory.heap} and page cache ${b.memory.pageCacheMb} MB as \`npm start\` sizes it, and warmed` : "given by URI, as it was");
    const lines = [
      `Run: \`npm run bench:scales -- --duration ${duration} --rounds ${rounds} --connections ${connectionCounts.join(",")} --warmup ${warmup}\` on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
      `Two Neo4j side by side, one per scale: medium (${SCALES.medium!.flows} flows; ${sized(medium)}) and large (${SCALES.large!.flows} flows; ${sized(large)}). Each has this server (response cache off) and the floor in front. Rounds interleave the four targets, rotating which goes first; figures are medians over rounds of the p50, in ms.`,
    ];
    const missed = new Set<string>();
    for (const connections of connectionCounts) {
      const t = await measureAll(ops.map((o) => o.name), targets, connections);
      lines.push("", `At ${connections} concurrent connection${connections === 1 ? "" : "s"} (errors: ${t.errors}; statements left running after their round: ${t.leftBehind}):`, "", ...t.table);
      t.missed.forEach((m) => missed.add(`${m} at ${connections}`));
    }
    lines.push("", "The work behind the answers (the floor's statement under `PROFILE`; a full-text query's reads inside Lucene are not db hits):", "", ...work, "", ...extents);
    lines.push("", `Target large p50 ≤ ${TARGET} × medium p50 for this server: ${missed.size ? `not met by ${[...missed].join("; ")}` : "met by every lookup at every connection count"}.`);
    if (!only) writeSection(path.join(ROOT_DIR, "bench", "results.md"), "scales", "## The lookups at medium and large scale, side by side (issue 21)", lines);
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    for (const p of procs) p.kill("SIGTERM");
    for (const d of dbs) await d.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:scales failed: ${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
