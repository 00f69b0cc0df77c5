/**
 * The explorer's first meaningful paint and asset weight. A local Neo4j holds the curated graph;
 * the server runs in this process with the response cache off; Debian's Chromium opens the
 * Kommunene group's neighbourhood (300 of its nodes) in a fresh browser context each time, so the
 * page's assets are fetched and compiled anew, and the page's own performance mark, set once the
 * drawing's first frame is on the canvas, gives the time from navigation.
 *
 *   npm run bench:explorer [-- --runs 9]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeExplorer } from "../explorer/build.js";
import { startApp } from "../src/app.js";
import { loadConfig, ROOT_DIR } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { loadAll } from "../src/ingest/load.js";
import { silentLogger } from "../src/logger.js";
import { freePort, startLocalNeo4j } from "../src/neo4j/local-neo4j.js";
import { launchChromium } from "../tools/chromium.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
const runs = Math.max(3, Number(values.runs));
const say = (s: string) => process.stderr.write(`bench:explorer: ${s}\n`);
const URL_PATH = "/explore?actor=no:group:kommunene&depth=1&limit=300";

async function main(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-explorer-"));
  const assets = path.join(home, "explorer");
  const built = await writeExplorer(assets);
  const manifest = JSON.parse(built.files.get("manifest.json")!.toString()) as { files: Record<string, { bytes: number; gzipBytes: number }> };
  const config = loadConfig({ NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", RESPONSE_CACHE_SECONDS: "0", EXPLORER_DIR: assets, RATE_LIMIT_PER_MINUTE: "100000" });
  const neo4j = await startLocalNeo4j({ ...config.local, home: path.join(home, "neo4j"), boltPort: await freePort() }, silentLogger);
  const db = new Database({ ...config.neo4j, uri: neo4j.uri }, silentLogger);
  const browser = await launchChromium();
  try {
    await migrate(db, silentLogger);
    await loadAll(db, config.dataDir, silentLogger);
    const app = await startApp(config, db, silentLogger);
    const base = `http://127.0.0.1:${app.port}`;
    const paint = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}${URL_PATH}`);
      await page.waitForSelector('#drawing[data-view="no:group:kommunene|1|any|300"]');
      const result = await page.evaluate(() => ({ ms: performance.getEntriesByName("explorer:first-drawing")[0]!.startTime, nodes: Number(document.getElementById("drawing")!.dataset.nodes) }));
      await context.close();
      return result;
    };
    say("warming up (2 loads)");
    await paint();
    await paint();
    const times: number[] = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await paint();
      times.push(r.ms);
      nodes = r.nodes;
      say(`run ${i + 1}/${runs}: ${r.ms.toFixed(0)} ms`);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    const rows = Object.entries(manifest.files).map(([name, f]) => `| ${name} | ${(f.bytes / 1024).toFixed(1)} | ${(f.gzipBytes / 1024).toFixed(1)} |`);
    const gz = Object.values(manifest.files).reduce((s, f) => s + f.gzipBytes, 0);
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:explorer\` on this ${os.cpus().length}-core machine: ${URL_PATH} (${nodes} nodes drawn), ${runs} loads, each in a fresh browser context (assets fetched and compiled anew), server warm, response cache off.`,
      "",
      "| first meaningful paint | min | p50 | max | target |",
      "|---|---|---|---|---|",
      `| navigation → first frame of the drawing | ${q(0).toFixed(0)} ms | ${q(0.5).toFixed(0)} ms | ${q(1).toFixed(0)} ms | < 1000 ms |`,
      "",
      "| asset | kB | kB gzipped |",
      "|---|---|---|",
      ...rows,
      `| **all** | | **${(gz / 1024).toFixed(1)}** (target < 500) |`,
    ].join("\n");
    process.stdout.write(`${table}\n`);
    const file = path.join(ROOT_DIR, "bench/results.md");
    const text = fs.readFileSync(file, "utf8");
    const begin = "<!-- explorer:begin -->";
    const end = "<!-- explorer:end -->";
    const section = `${begin}\n${table}\n${end}`;
    fs.writeFileSync(file, text.includes(begin) ? text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), section) : `${text.trimEnd()}\n\n## Explorer\n\n${section}\n`);
    say("bench/results.md updated");
    await app.stop();
  } finally {
    await browser.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:explorer failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
