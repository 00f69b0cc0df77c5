import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphQLContext } from "../api/context.js";
import { documentDepth, MAX_NESTING, valueDepth } from "./nesting.js";

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing more than `limit` bytes before buffering them all. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError(`Request body of ${declared} bytes exceeds the limit of ${limit} bytes.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new BodyTooLargeError(`Request body exceeds the limit of ${limit} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Bridges node:http to Apollo Server's executeHTTPGraphQLRequest. */
export async function handleGraphQL(
  apollo: ApolloServer<GraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  opts: { bodyLimit: number; context: (operation?: string) => Promise<GraphQLContext>; exposeStatementCount?: boolean },
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = undefined;
  if (req.method === "POST") {
    let raw: string;
    try {
      raw = await readBody(req, opts.bodyLimit);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, { errors: [{ message: err.message, extensions: { code: "PAYLOAD_TOO_LARGE", limit: "bodyLimitBytes", max: opts.bodyLimit } }] });
        return;
      }
      throw err;
    }
    if ((headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    } else {
      body = raw;
    }
  }
  // The query string as URL.search spells it ("?a=b", or "" when there is none); only GET carries one.
  const rawUrl = req.url ?? "/";
  const q = rawUrl.indexOf("?");
  const search = q >= 0 && q < rawUrl.length - 1 ? rawUrl.slice(q) : "";
  const tooDeep = nestingProblem(body, search);
  if (tooDeep) {
    sendJson(res, 400, { errors: [{ message: tooDeep, extensions: { code: "BAD_REQUEST", limit: "maxNesting", max: MAX_NESTING } }] });
    return;
  }
  const operation = typeof (body as { operationName?: unknown })?.operationName === "string" ? (body as { operationName: string }).operationName : undefined;
  let ctx: GraphQLContext | undefined;
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search, body },
    context: async () => (ctx = await opts.context(operation)),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  // For the benchmark: how many Cypher statements this request ran.
  if (opts.exposeStatementCount && ctx) res.setHeader("x-cypher-statements", String(ctx.counter.statements));
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    // As bytes, encoded once: a string would be joined to the header block, flattened to
    // measure it and copied again to write it (three copies of a 40 KB page).
    const bytes = Buffer.from(result.body.string, "utf8");
    res.setHeader("content-length", bytes.length);
    res.end(bytes);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** What is nested too deep in a request, if anything: its document or its variables. */
function nestingProblem(body: unknown, search: string): string | null {
  const params = new URLSearchParams(search);
  const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const query = typeof fields.query === "string" ? fields.query : params.get("query");
  if (query && documentDepth(query) > MAX_NESTING) return `The GraphQL document is nested more than ${MAX_NESTING} levels deep.`;
  let variables: unknown = fields.variables;
  if (variables === undefined && params.has("variables")) {
    try {
      variables = JSON.parse(params.get("variables")!);
    } catch {
      return null; // Apollo reports malformed variables itself.
    }
  }
  if (valueDepth(variables) > MAX_NESTING || valueDepth(fields.extensions) > MAX_NESTING) return `The variables are nested more than ${MAX_NESTING} levels deep.`;
  if (Array.isArray(body) && valueDepth(body) > MAX_NESTING + 1) return `The request is nested more than ${MAX_NESTING} levels deep.`;
  return null;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
