import { readFileSync } from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { Logger } from "../logger.js";

const TYPES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
  "manifest.json": "application/json; charset=utf-8",
};

// The page loads its own script and style sheet and talks only to this server's /graphql and /export.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset {
  body: Buffer;
  /** Compressed on first request, not at start: every server start (and test server) would pay for it. */
  gzipped?: Buffer;
  type: string;
}

/**
 * Serves the built explorer (dist/explorer, written by `npm run build`) from memory: /explore is
 * the page, /explore/{app.js,app.css} its assets. The page asks for its assets with the build's
 * hash, so they may be cached for good while the page itself is revalidated each time.
 */
export class ExplorerAssets {
  private readonly assets = new Map<string, Asset>();
  readonly hash: string | null;

  constructor(dir: string, log: Logger) {
    let hash: string | null = null;
    try {
      hash = (JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { hash: string }).hash;
      for (const [name, type] of Object.entries(TYPES)) {
        const body = readFileSync(path.join(dir, name));
        this.assets.set(name, { body, type });
      }
    } catch (e) {
      this.assets.clear();
      hash = null;
      log.warn("the explorer is not built; /explore answers 503 until `npm run build` runs", { dir, error: (e as Error).message });
    }
    this.hash = hash;
  }

  handles(pathname: string): boolean {
    return pathname === "/explore" || pathname.startsWith("/explore/");
  }

  serve(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("The explorer is read with GET.\n");
      return;
    }
    if (!this.hash) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "60" }).end("The explorer is not built. Run `npm run build` (npm start does it) and restart the server.\n");
      return;
    }
    const name = pathname === "/explore" || pathname === "/explore/" ? "index.html" : pathname.slice("/explore/".length);
    const asset = this.assets.get(name);
    if (!asset) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`No explorer file ${name}. The page is at /explore.\n`);
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const headers: Record<string, string> = {
      "content-type": asset.type,
      "cache-control": name === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
      etag: `"${this.hash}-${name}"`,
      vary: "accept-encoding",
      "x-content-type-options": "nosniff",
    };
    if (name === "index.html") headers["content-security-policy"] = CSP;
    if (req.headers["if-none-match"] === headers.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = gzip ? (asset.gzipped ??= gzipSync(asset.body)) : asset.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
  }
}
