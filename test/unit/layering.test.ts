import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../src/config.js";

// Imports run one way: wiring → domains → shared helpers → database → foundation. A module may
// import its own layer or any layer below it, never one above. Among the domains, imports
// must not form a cycle (funding builds on actors, so actors may not reach back into funding).
// ARCHITECTURE.md explains the layers; this test is what holds them.

const SRC = path.join(ROOT_DIR, "src");

const LAYERS: { name: string; rank: number; paths: string[] }[] = [
  { name: "wiring", rank: 4, paths: ["main.ts", "app.ts", "api/", "http/", "cli/"] },
  { name: "domain", rank: 3, paths: ["actors/", "evidence/", "funding/", "relations/", "graph/", "export/", "writes/", "review/", "ingest/", "extract/"] },
  // The schema's generated types name the domains' storage models (codegen mappers).
  { name: "contract", rank: 3, paths: ["graphql/generated/"] },
  { name: "helper", rank: 2, paths: ["graphql/", "text/"] },
  { name: "database", rank: 1, paths: ["db/", "neo4j/", "redis/"] },
  { name: "foundation", rank: 0, paths: ["config.ts", "logger.ts", "auth/"] },
];

function layerOf(rel: string) {
  // The longest matching prefix wins: graphql/generated/ before graphql/.
  const hits = LAYERS.flatMap((l) => l.paths.filter((p) => rel === p || (p.endsWith("/") && rel.startsWith(p))).map((p) => ({ l, p })));
  hits.sort((a, b) => b.p.length - a.p.length);
  return hits[0]?.l ?? null;
}

const domainOf = (rel: string) => (layerOf(rel)?.name === "domain" ? rel.split("/")[0]! : null);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

/** Every relative import of a file (static, type-only and dynamic), as paths relative to src/. */
function importsOf(file: string): { target: string; line: number }[] {
  const text = fs.readFileSync(file, "utf8");
  const out: { target: string; line: number }[] = [];
  const re = /(?:from\s+|import\s*\(\s*|import\s+)"(\.{1,2}\/[^"]+)"/g;
  for (const m of text.matchAll(re)) {
    const abs = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts"));
    out.push({ target: path.relative(SRC, abs).split(path.sep).join("/"), line: text.slice(0, m.index).split("\n").length });
  }
  return out;
}

const files = sourceFiles(SRC).map((f) => path.relative(SRC, f).split(path.sep).join("/"));
const edges = files.flatMap((from) => importsOf(path.join(SRC, from)).map((i) => ({ from, to: i.target, line: i.line })));

describe("import layering", () => {
  it("places every source file in a layer", () => {
    expect(files.filter((f) => layerOf(f) === null)).toEqual([]);
  });

  it("has no import from a lower layer to a higher one", () => {
    const upward = edges
      .filter((e) => !e.to.startsWith("..")) // outside src/ (none today) is not layered
      .filter((e) => layerOf(e.from)!.rank < (layerOf(e.to)?.rank ?? -1))
      .map((e) => `src/${e.from}:${e.line} (${layerOf(e.from)!.name}) imports src/${e.to} (${layerOf(e.to)!.name})`);
    expect(upward).toEqual([]);
  });

  it("has no cycle among the domains", () => {
    const deps = new Map<string, Set<string>>();
    for (const e of edges) {
      const a = domainOf(e.from);
      const b = domainOf(e.to);
      if (a && b && a !== b) (deps.get(a) ?? deps.set(a, new Set()).get(a)!).add(b);
    }
    const cycles: string[] = [];
    const walk = (d: string, trail: string[]) => {
      if (trail.includes(d)) {
        cycles.push([...trail.slice(trail.indexOf(d)), d].join(" → "));
        return;
      }
      for (const n of deps.get(d) ?? []) walk(n, [...trail, d]);
    };
    for (const d of deps.keys()) walk(d, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it("notices a violation (the check itself works)", () => {
    expect(layerOf("graphql/pagination.ts")!.rank).toBeLessThan(layerOf("funding/funding.resolvers.ts")!.rank);
    expect(layerOf("graphql/generated/types.ts")!.name).toBe("contract");
    expect(importsOf(path.join(SRC, "api/context.ts")).map((i) => i.target)).toContain("funding/funding.resolvers.ts");
  });
});
