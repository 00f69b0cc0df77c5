import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseApiKeys, type ApiKeyEntry } from "./auth/api-keys.js";

/**
 * Repository root, so relative defaults work whatever the working directory: the nearest
 * folder above this module with a package.json (src/ when run from source, dist/src/ when
 * compiled).
 */
/** How GraphQL operations are executed: compiled by graphql-jit, or interpreted by graphql-js. */
export type ExecutorKind = "jit" | "graphql-js";

export const ROOT_DIR = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: run the server from its repository.`);
  }
}

export interface Neo4jTarget {
  /** Bolt/Neo4j URI; undefined means "start the embedded local Neo4j". */
  uri?: string;
  username: string;
  password: string;
  database: string;
}

export interface LocalNeo4jConfig {
  home: string;
  host: string;
  boltPort: number;
  /** JVM heap ("512m", "2g"); undefined: sized from the store and the machine at start (neo4j/memory.ts). */
  heap?: string;
  /** Page cache in MB; undefined: sized likewise. */
  pageCacheMb?: number;
}

export interface Limits {
  maxPageSize: number;
  defaultPageSize: number;
  maxHops: number;
  maxDepth: number;
  maxNeighbourhoodNodes: number;
  maxPaths: number;
  bodyLimitBytes: number;
  queryTimeoutMs: number;
  maxExportEdges: number;
  /** Largest export `exportSubgraph` returns inline in a GraphQL response. */
  maxInlineExportEdges: number;
}

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  logLevel: "debug" | "info" | "warn" | "error";
  neo4j: Neo4jTarget;
  local: LocalNeo4jConfig;
  dataDir: string;
  /** Where `npm run build` wrote the explorer page (served at /explore). */
  explorerDir: string;
  /** Load the curated data at start when the database holds no actors. */
  autoLoad: boolean;
  limits: Limits;
  /** API keys (hashed) with their roles; without a key the API is read-only. */
  apiKeys: ApiKeyEntry[];
  /** Requests per minute per client (API key, else IP address). */
  rateLimitPerMinute: number;
  /** Seconds an anonymous read may be answered from the response cache; 0 turns it off. */
  responseCacheSeconds: number;
  /** Proxies in front of the server whose X-Forwarded-For entries name the caller (0: none, use the socket's address). */
  trustProxyHops: number;
  /** Redis shared by several instances (response cache, rate limit, write counter); undefined keeps them in-process. */
  redisUrl?: string;
  introspection: boolean;
  /** Adds an x-cypher-statements header to GraphQL responses (benchmarking). */
  exposeStatementCount: boolean;
  landingPage: "sandbox" | "production" | "off";
  /** Who runs operations: graphql-jit's compiled functions, or graphql-js itself. */
  executor: ExecutorKind;
  /** Runs of the same document before graphql-jit compiles it. */
  jitCompileAfter: number;
  /** GraphQL Armor limits on every operation. */
  armor: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function str(env: Env, key: string, def: string): string {
  const v = env[key];
  return v === undefined || v.trim() === "" ? def : v.trim();
}

function int(env: Env, key: string, def: number, min: number, max: number, problems: string[]): number {
  const raw = str(env, key, String(def));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max}, got '${raw}'`);
    return def;
  }
  return n;
}

function oneOf<T extends string>(env: Env, key: string, def: T, allowed: readonly T[], problems: string[]): T {
  const raw = str(env, key, def);
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${key} must be one of ${allowed.join(", ")}, got '${raw}'`);
    return def;
  }
  return raw as T;
}

function bool(env: Env, key: string, def: boolean, problems: string[]): boolean {
  const raw = str(env, key, def ? "true" : "false").toLowerCase();
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  problems.push(`${key} must be true or false, got '${raw}'`);
  return def;
}

/**
 * Reads and validates the whole configuration at once, so a bad deployment fails at start
 * with every problem listed instead of the first one found at run time.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, "NODE_ENV", "development", ["development", "production", "test"] as const, problems);
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    problems.push(`NEO4J_URI must look like bolt://host:7687, neo4j://host or neo4j+s://host, got '${uri}'`);
  }
  const config: Config = {
    env: nodeEnv,
    host: str(env, "HOST", "0.0.0.0"),
    port: int(env, "PORT", 4000, 0, 65535, problems),
    logLevel: oneOf(env, "LOG_LEVEL", "info", ["debug", "info", "warn", "error"] as const, problems),
    neo4j: {
      uri,
      username: str(env, "NEO4J_USERNAME", "neo4j"),
      password: str(env, "NEO4J_PASSWORD", "neo4j"),
      database: str(env, "NEO4J_DATABASE", "neo4j"),
    },
    local: {
      home: path.resolve(ROOT_DIR, str(env, "NEO4J_LOCAL_HOME", ".neo4j-local/home")),
      host: "127.0.0.1",
      boltPort: int(env, "NEO4J_LOCAL_BOLT_PORT", 7687, 1, 65535, problems),
      heap: env.NEO4J_LOCAL_HEAP?.trim() || undefined,
      pageCacheMb: env.NEO4J_LOCAL_PAGECACHE_MB?.trim() ? int(env, "NEO4J_LOCAL_PAGECACHE_MB", 256, 8, 1_048_576, problems) : undefined,
    },
    dataDir: path.resolve(ROOT_DIR, str(env, "DATA_DIR", "data")),
    explorerDir: path.resolve(ROOT_DIR, str(env, "EXPLORER_DIR", "dist/explorer")),
    autoLoad: bool(env, "AUTO_LOAD", true, problems),
    limits: {
      maxPageSize: int(env, "MAX_PAGE_SIZE", 100, 1, 10000, problems),
      defaultPageSize: int(env, "DEFAULT_PAGE_SIZE", 20, 1, 10000, problems),
      maxHops: int(env, "MAX_HOPS", 6, 1, 12, problems),
      maxDepth: int(env, "MAX_DEPTH", 3, 1, 6, problems),
      maxNeighbourhoodNodes: int(env, "MAX_NEIGHBOURHOOD_NODES", 2000, 1, 100000, problems),
      maxPaths: int(env, "MAX_PATHS", 20, 1, 100, problems),
      bodyLimitBytes: int(env, "BODY_LIMIT_BYTES", 1_048_576, 1024, 100 * 1_048_576, problems),
      queryTimeoutMs: int(env, "QUERY_TIMEOUT_MS", 15_000, 100, 600_000, problems),
      maxExportEdges: int(env, "MAX_EXPORT_EDGES", 2_000_000, 1, 100_000_000, problems),
      maxInlineExportEdges: int(env, "MAX_INLINE_EXPORT_EDGES", 5000, 1, 100_000, problems),
    },
    apiKeys: parseApiKeys(env.API_KEYS, problems),
    rateLimitPerMinute: int(env, "RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000, problems),
    responseCacheSeconds: int(env, "RESPONSE_CACHE_SECONDS", 60, 0, 86_400, problems),
    redisUrl: env.REDIS_URL?.trim() || undefined,
    trustProxyHops: int(env, "TRUST_PROXY_HOPS", 0, 0, 10, problems),
    // Apollo's production guidance: no introspection (and so no schema hints) unless asked for.
    introspection: bool(env, "INTROSPECTION", nodeEnv !== "production", problems),
    exposeStatementCount: bool(env, "EXPOSE_STATEMENT_COUNT", false, problems),
    landingPage: oneOf(env, "LANDING_PAGE", nodeEnv === "production" ? "production" : "sandbox", ["sandbox", "production", "off"] as const, problems),
    executor: oneOf(env, "EXECUTOR", "jit", ["jit", "graphql-js"] as const, problems),
    jitCompileAfter: int(env, "JIT_COMPILE_AFTER", 2, 1, 1_000_000, problems),
    armor: {
      maxDepth: int(env, "MAX_QUERY_DEPTH", 15, 1, 100, problems),
      maxAliases: int(env, "MAX_ALIASES", 15, 0, 1000, problems),
      maxDirectives: int(env, "MAX_DIRECTIVES", 20, 0, 1000, problems),
      maxTokens: int(env, "MAX_TOKENS", 4000, 100, 100_000, problems),
      // Structural cost only (armor ignores page sizes); traversals are also charged by their real work (graph-work.ts).
      maxCost: int(env, "MAX_QUERY_COST", 60_000, 100, 10_000_000, problems),
    },
  };
  if (config.redisUrl && !/^rediss?:\/\/[^\s]+$/.test(config.redisUrl)) problems.push(`REDIS_URL must look like redis://host:6379 or rediss://user:password@host:6380/0, got '${config.redisUrl}'`);
  if (config.local.heap !== undefined && !/^\d+[mg]$/i.test(config.local.heap)) problems.push(`NEO4J_LOCAL_HEAP must look like 512m or 2g, got '${config.local.heap}'`);
  if (config.limits.defaultPageSize > config.limits.maxPageSize) {
    problems.push(`DEFAULT_PAGE_SIZE (${config.limits.defaultPageSize}) must not exceed MAX_PAGE_SIZE (${config.limits.maxPageSize})`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  }
  return config;
}
