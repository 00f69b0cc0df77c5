import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { Logger } from "./logger.js";
import { createContext, type GraphQLContext } from "./graphql/context.js";
import { createFormatError } from "./graphql/format-error.js";
import { buildResolvers } from "./graphql/resolvers.js";
import { loadTypeDefs } from "./graphql/schema.js";
import { handleGraphQL, sendJson } from "./http/graphql-handler.js";
import { handleExport } from "./http/export-handler.js";

export interface App {
  url: string;
  port: number;
  apollo: ApolloServer<GraphQLContext>;
  httpServer: http.Server;
  /** Drains HTTP and stops Apollo; the caller owns the database and closes it after. */
  stop(): Promise<void>;
}

/** Builds the Apollo server (no HTTP); tests execute operations against it directly. */
export function createApollo(config: Config, log: Logger, httpServer?: http.Server): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    formatError: createFormatError(log, { exposeStack: config.env === "development" }),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    plugins: httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [],
  });
}

/** Starts the HTTP server: /graphql (Apollo, Sandbox in development) and /health. */
export async function startApp(config: Config, db: Database, log: Logger): Promise<App> {
  const httpServer = http.createServer();
  const apollo = createApollo(config, log, httpServer);
  await apollo.start();
  const context = async (operation?: string) => createContext({ db, limits: config.limits, log }, operation);

  httpServer.on("request", (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = async () => {
      if (path === "/health" && (req.method === "GET" || req.method === "HEAD")) {
        const up = await db.ping();
        sendJson(res, up ? 200 : 503, { status: up ? "ok" : "degraded", database: up ? "up" : "down" });
      } else if (path === "/graphql") {
        await handleGraphQL(apollo, req, res, { bodyLimit: config.limits.bodyLimitBytes, context });
      } else if ((path === "/export" || path?.startsWith("/export/")) && (req.method === "GET" || req.method === "HEAD")) {
        await handleExport(req, res, { db, limits: config.limits, log, maxEdges: config.limits.maxExportEdges });
      } else if (path === "/" && req.method === "GET") {
        res.writeHead(302, { location: "/graphql" }).end();
      } else {
        sendJson(res, 404, { error: `No route for ${req.method} ${path}. The API is at /graphql; downloads at /export/{format}; health at /health.` });
      }
    };
    route().catch((err: unknown) => {
      log.error("request failed", { path, error: String((err as Error)?.stack ?? err) });
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    apollo,
    httpServer,
    stop: () => apollo.stop(),
  };
}
