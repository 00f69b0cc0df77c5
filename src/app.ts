import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, type ValidationRule } from "graphql";
import { AuthError, authenticate, type Principal } from "./auth/api-keys.js";
import { HealthCheck } from "./http/health.js";
import { ConcurrencyGate } from "./graphql/graph-work.js";
import type { SupervisorStatus } from "./neo4j/supervisor.js";
import { addressOf, clientOf, RateLimiter } from "./http/rate-limit.js";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { Logger } from "./logger.js";
import { createContext, type GraphQLContext } from "./api/context.js";
import { createFormatError } from "./graphql/format-error.js";
import { buildResolvers } from "./api/resolvers.js";
import { loadTypeDefs } from "./graphql/schema.js";
import { LocalGeneration, responseCachePlugins, type Generation } from "./graphql/response-cache.js";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { RedisConnection } from "./redis/connection.js";
import { SharedGeneration } from "./redis/shared-generation.js";
import { SharedResponseCache } from "./redis/shared-cache.js";
import { createExecutor } from "./graphql/executor.js";
import { localGateway } from "./graphql/local-gateway.js";
import { handleGraphQL, sendJson } from "./http/graphql-handler.js";
import { handleExport } from "./http/export-handler.js";
import { ExplorerAssets } from "./http/explorer.js";

export interface App {
  url: string;
  port: number;
  apollo: ApolloServer<GraphQLContext>;
  httpServer: http.Server;
  /** Drains HTTP, stops Apollo and leaves Redis; the caller owns the database and closes it after. */
  stop(): Promise<void>;
}

/** What several instances share through Redis; absent, each instance keeps its own. */
export interface SharedState {
  generation: Generation;
  cache: KeyValueCache<string>;
}

/** Builds the Apollo server (no HTTP); tests execute operations against it directly. */
export function createApollo(config: Config, log: Logger, httpServer?: http.Server, shared?: SharedState): ApolloServer<GraphQLContext> {
  // Depth, aliases, directives, tokens and cost are checked before anything runs.
  const armor = new ApolloArmor({
    maxDepth: { n: config.armor.maxDepth },
    maxAliases: { n: config.armor.maxAliases },
    maxDirectives: { n: config.armor.maxDirectives },
    // Armor's token plugin re-parses in a hook and turns syntax errors into 500s; graphql-js
    // counts tokens itself while parsing (parseOptions below), which keeps errors as 400s.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.armor.maxCost },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const landing =
    config.landingPage === "sandbox"
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
      : config.landingPage === "production"
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageDisabled();
  // What Apollo builds from typeDefs and resolvers, built here so the executor can compile against it.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() as never });
  return new ApolloServer<GraphQLContext>({
    gateway: localGateway(
      schema,
      createExecutor(schema, config.executor, {
        compileAfter: config.jitCompileAfter,
        onCompile: (operationName, compiled) => log.debug(compiled ? "operation compiled" : "operation left to graphql-js", { operationName }),
      }),
    ),
    formatError: createFormatError(log, { exposeStack: config.env === "development", hideSuggestions: !config.introspection }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Compact, not Apollo's two-space indent: a page of 50 actors with their flows is half the
    // bytes, and every client and Sandbox formats JSON itself.
    stringifyResult: (result) => JSON.stringify(result),
    parseOptions: { maxTokens: config.armor.maxTokens },
    validationRules: [...(armor.validationRules ?? []), noSubscriptions],
    // Armor ships CommonJS typings of Apollo's plugin type; the runtime objects are the same.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      ...responseCachePlugins(config.responseCacheSeconds, shared?.generation ?? new LocalGeneration(), shared?.cache),
      landing,
      // This schema is no federation subgraph; Apollo's implicit inline-trace plugin would still
      // be called on every request only to find that out.
      ApolloServerPluginInlineTraceDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/**
 * Who is calling, worked out once per request: the principal of a valid key, null for none, or
 * the reason a bad key is refused. The rate limiter counts a bad key by address; GraphQL refuses it.
 */
function callerOf(req: IncomingMessage, config: Config): { principal: Principal | null; refused: AuthError | null } {
  try {
    return { principal: authenticate(req.headers.authorization, config.apiKeys), refused: null };
  } catch (e) {
    if (e instanceof AuthError) return { principal: null, refused: e };
    throw e;
  }
}

/** The schema has no subscriptions: asking for one is the client's mistake, said as such (a 400), not an internal error. */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "subscription") context.reportError(new GraphQLError("This API offers queries and mutations only; subscriptions are not supported.", { nodes: [node] }));
  },
});

/** Starts the HTTP server: /graphql (Apollo, Sandbox in development), /explore, /export and /health. */
export async function startApp(config: Config, db: Database, log: Logger, opts: { localNeo4j?: () => SupervisorStatus } = {}): Promise<App> {
  const httpServer = http.createServer();
  const redis = config.redisUrl ? await RedisConnection.open(config.redisUrl, log) : undefined;
  const shared = redis ? { generation: new SharedGeneration(redis), cache: new SharedResponseCache(redis, log) } : undefined;
  const apollo = createApollo(config, log, httpServer, shared);
  await apollo.start();
  const gate = new ConcurrencyGate();
  const context = async (caller: ReturnType<typeof callerOf>, client: string, operation?: string) => {
    if (caller.refused) throw new GraphQLError(caller.refused.message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
    return createContext({ db, limits: config.limits, log, dataDir: config.dataDir, principal: caller.principal, client, gate }, operation);
  };
  const limiter = new RateLimiter(config.rateLimitPerMinute, redis);
  const health = new HealthCheck(db, { localNeo4j: opts.localNeo4j, redisReady: redis ? () => redis.ready : undefined });
  const explorer = new ExplorerAssets(config.explorerDir, log);

  httpServer.on("request", (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = async () => {
      // The page's files come from memory and are not counted against the rate limit; what it asks of /graphql is.
      if (explorer.handles(path ?? "")) return explorer.serve(req, res, path!);
      const caller = callerOf(req, config);
      const client = clientOf(caller.principal?.name ?? null, addressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], config.trustProxyHops));
      if (path !== "/health") {
        const wait = await limiter.hit(client);
        if (wait > 0) {
          res.setHeader("retry-after", String(wait));
          sendJson(res, 429, { errors: [{ message: `Rate limit of ${config.rateLimitPerMinute} requests per minute exceeded; retry in ${wait} s.`, extensions: { code: "RATE_LIMITED", limit: "rateLimitPerMinute", max: config.rateLimitPerMinute } }] });
          return;
        }
      }
      if (path === "/health" && (req.method === "GET" || req.method === "HEAD")) {
        const { httpStatus, body } = await health.check();
        sendJson(res, httpStatus, body);
      } else if (path === "/graphql") {
        await handleGraphQL(apollo, req, res, { bodyLimit: config.limits.bodyLimitBytes, context: (operation) => context(caller, client, operation), exposeStatementCount: config.exposeStatementCount });
      } else if ((path === "/export" || path?.startsWith("/export/")) && (req.method === "GET" || req.method === "HEAD")) {
        await handleExport(req, res, { db, limits: config.limits, log, maxEdges: config.limits.maxExportEdges });
      } else if (path === "/" && req.method === "GET") {
        res.writeHead(302, { location: "/explore" }).end();
      } else {
        sendJson(res, 404, { error: `No route for ${req.method} ${path}. The API is at /graphql; the explorer at /explore; downloads at /export/{format}; health at /health.` });
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
    stop: async () => {
      await apollo.stop();
      await redis?.close();
    },
  };
}
