import type { IncomingMessage, ServerResponse } from "node:http";
import type { Limits } from "../config.js";
import { DatabaseUnavailableError, type Database } from "../db/database.js";
import type { Logger } from "../logger.js";
import { ExportLimitError, ExportService } from "../export/export-service.js";
import { specFromQuery } from "../export/export-url.js";
import { FORMATS, formatByAccept, formatByName } from "../export/formats/index.js";
import { streamSink } from "../export/sinks.js";
import { normaliseSpec, SpecError } from "../export/subgraph.js";
import { sendJson } from "./graphql-handler.js";

/**
 * GET /export/{format}?seed=…&depth=…&types=…&asOf=… (or payerId=…, or all=true): streams
 * the subgraph with the format's content type and a file name. Without a format in the path
 * the Accept header chooses. Headers go out before the first byte, so errors found while
 * streaming end the connection instead of sending a half file as if complete.
 */
export async function handleExport(req: IncomingMessage, res: ServerResponse, deps: { db: Database; limits: Limits; log: Logger; maxEdges: number }): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.replace(/^\/export\/?/, ""));
  } catch {
    sendJson(res, 400, { error: "The format in the path is not valid percent-encoding; use e.g. /export/gexf." });
    return;
  }
  const format = name ? formatByName(name) : formatByAccept(req.headers.accept);
  if (!format) {
    sendJson(res, name ? 404 : 406, {
      error: name ? `Unknown export format '${name}'.` : "Name a format in the path (/export/gexf) or send an Accept header of one.",
      formats: FORMATS.map((f) => ({ path: `/export/${f.name}`, contentType: f.contentType })),
    });
    return;
  }
  let spec;
  try {
    spec = normaliseSpec(specFromQuery(url.searchParams), deps.limits, "query");
  } catch (e) {
    if (e instanceof SpecError) {
      sendJson(res, 400, { error: e.message, argument: e.argumentPath });
      return;
    }
    throw e;
  }
  const service = new ExportService(deps.db, deps.limits, { operation: "export" });
  let prepared;
  try {
    prepared = await service.prepare(spec, { maxEdges: deps.maxEdges });
  } catch (e) {
    if (e instanceof ExportLimitError) {
      sendJson(res, 413, { error: e.message, limit: "maxExportEdges", max: deps.maxEdges });
      return;
    }
    if (e instanceof SpecError) {
      sendJson(res, 400, { error: e.message, argument: `query.${e.argumentPath}` });
      return;
    }
    if (e instanceof DatabaseUnavailableError) {
      sendJson(res, 503, { error: e.message });
      return;
    }
    throw e;
  }
  res.writeHead(200, {
    "content-type": format.contentType,
    "content-disposition": `attachment; filename="${format.fileName}"`,
    "x-export-nodes": String(prepared.manifest.counts.nodes),
    "x-export-edges": String(prepared.manifest.counts.edges),
    "x-data-version": prepared.manifest.dataVersion,
  });
  try {
    await service.write(prepared, format, streamSink(res));
    res.end();
  } catch (e) {
    deps.log.error("export failed while streaming", { format: format.name, error: String((e as Error).message) });
    res.destroy(e as Error);
  }
}
