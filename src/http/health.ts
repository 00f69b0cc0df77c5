import type { Database } from "../db/database.js";
import { IngestRepository, type LoadState } from "../ingest/ingest.repository.js";
import type { SupervisorStatus } from "../neo4j/supervisor.js";

export interface Health {
  /** 200 only when the database answers and no load is running or left incomplete. */
  httpStatus: number;
  body: {
    status: "ok" | "loading" | "incomplete" | "degraded";
    database: "up" | "down";
    graph: Pick<LoadState, "status" | "dataVersion" | "filesDone" | "filesTotal" | "rejectedFiles"> | null;
    /** The embedded Neo4j this process supervises, when it runs one. */
    localNeo4j?: SupervisorStatus;
    /** Whether the Redis of REDIS_URL answers, when one is configured. Down is no failure: the instance serves without the shared cache. */
    redis?: "up" | "down";
  };
}

/**
 * /health's view of the database and of the graph's last load. The check is one read bounded
 * by `timeoutMs` (a driver retrying a dead server would otherwise hold the answer for seconds),
 * and its answer is shared for `cacheMs`, so /health, which the rate limiter does not count,
 * runs at most one query per interval however often it is called. A graph that is loading or
 * was left incomplete is never reported as ok.
 */
export class HealthCheck {
  private last: { at: number; health: Health } | null = null;
  private inFlight: Promise<Health> | null = null;
  private readonly repo: IngestRepository;

  constructor(
    db: Database,
    private readonly watched: { localNeo4j?: () => SupervisorStatus; redisReady?: () => boolean } = {},
    private readonly timeoutMs = 1000,
    private readonly cacheMs = 1000,
  ) {
    this.repo = new IngestRepository(db, { operation: "health" });
  }

  async check(now = Date.now()): Promise<Health> {
    const health = this.last && now - this.last.at < this.cacheMs ? this.last.health : await (this.inFlight ??= this.probe().finally(() => {
      this.inFlight = null;
    }));
    const { localNeo4j, redisReady } = this.watched;
    if (!localNeo4j && !redisReady) return health;
    return { ...health, body: { ...health.body, ...(localNeo4j ? { localNeo4j: localNeo4j() } : {}), ...(redisReady ? { redis: redisReady() ? "up" : "down" } : {}) } };
  }

  private async probe(): Promise<Health> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.timeoutMs);
    });
    const state = await Promise.race([this.repo.loadState(), timeout]).catch(() => "down" as const);
    clearTimeout(timer);
    const health: Health = state === "timeout" || state === "down"
      ? { httpStatus: 503, body: { status: "degraded", database: "down", graph: null } }
      : healthOf(state);
    this.last = { at: Date.now(), health };
    return health;
  }
}

function healthOf(state: LoadState | null): Health {
  // No recorded load: a graph written by other means (a benchmark, an older version).
  if (!state) return { httpStatus: 200, body: { status: "ok", database: "up", graph: null } };
  const graph = { status: state.status, dataVersion: state.dataVersion, filesDone: state.filesDone, filesTotal: state.filesTotal, rejectedFiles: state.rejectedFiles ?? null };
  const status = state.status === "complete" ? "ok" : state.status;
  return { httpStatus: status === "ok" ? 200 : 503, body: { status, database: "up", graph } };
}
