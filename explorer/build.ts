/**
 * Builds the explorer page into dist/explorer: esbuild bundles explorer/src (with Cytoscape.js
 * and d3-sankey) into one minified module, and the page's GraphQL operations become a module of
 * printed documents. `npm run build` runs it; the server serves what it wrote.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { concatAST, parse, print, separateOperations, Source } from "graphql";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const EXPLORER_OUT = path.resolve(HERE, "../dist/explorer");

export interface ExplorerBuild {
  /** File name → bytes, as served under /explore/. */
  files: Map<string, Buffer>;
  /** Digest of the script and style sheet; the page asks for them with it, so caches never serve an old build. */
  hash: string;
}

/** `import { documents } from "explorer:operations"`: one printed document per operation, with only the fragments it uses. */
const operationsPlugin: Plugin = {
  name: "explorer-operations",
  setup(b) {
    b.onResolve({ filter: /^explorer:operations$/ }, () => ({ path: "operations", namespace: "explorer-operations" }));
    b.onLoad({ filter: /.*/, namespace: "explorer-operations" }, async () => {
      const dir = path.join(HERE, "operations");
      const names = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort();
      const docs = await Promise.all(names.map(async (f) => parse(new Source(await readFile(path.join(dir, f), "utf8"), `explorer/operations/${f}`))));
      const byOperation = Object.fromEntries(Object.entries(separateOperations(concatAST(docs))).map(([name, doc]) => [name, print(doc)]));
      return { contents: `export const documents = ${JSON.stringify(byOperation)};`, loader: "js", watchFiles: names.map((f) => path.join(dir, f)) };
    });
  },
};

export async function buildExplorer(): Promise<ExplorerBuild> {
  const result = await build({
    entryPoints: { app: path.join(HERE, "src/main.ts"), "app-style": path.join(HERE, "style.css") },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2022"],
    platform: "browser",
    write: false,
    outdir: "out",
    legalComments: "none",
    logLevel: "silent",
    plugins: [operationsPlugin],
  });
  const out = new Map<string, Buffer>();
  for (const f of result.outputFiles) {
    const name = path.basename(f.path) === "app-style.css" ? "app.css" : path.basename(f.path);
    out.set(name, Buffer.from(f.contents));
  }
  const hash = createHash("sha256").update(out.get("app.js")!).update(out.get("app.css")!).digest("hex").slice(0, 16);
  const html = (await readFile(path.join(HERE, "index.html"), "utf8")).replaceAll("%HASH%", hash);
  out.set("index.html", Buffer.from(html));
  out.set("manifest.json", Buffer.from(JSON.stringify({ hash, files: Object.fromEntries([...out].map(([n, b]) => [n, { bytes: b.length, gzipBytes: gzipSync(b).length }])) }, null, 2) + "\n"));
  return { files: out, hash };
}

export async function writeExplorer(outDir = EXPLORER_OUT): Promise<ExplorerBuild> {
  const built = await buildExplorer();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, bytes] of built.files) await writeFile(path.join(outDir, name), bytes);
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await writeExplorer();
  const gz = [...built.files].filter(([n]) => n !== "manifest.json").reduce((s, [, b]) => s + gzipSync(b).length, 0);
  process.stdout.write(`explorer: built ${path.relative(process.cwd(), EXPLORER_OUT)} (${built.hash}), ${(gz / 1024).toFixed(1)} kB gzipped\n`);
}
