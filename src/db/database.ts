import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord } from "neo4j-driver";
import type { Neo4jTarget } from "../config.js";
import type { Logger } from "../logger.js";
import { toPlain } from "./values.js";
import { paramsFor, statementOf } from "./statement.js";

/** Raised when the database cannot be reached; the API maps it to SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The graph database is not reachable right now; try again shortly.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/** Raised when a statement exceeds the server-side transaction timeout. */
export class QueryTimeoutError extends Error {
  constructor(cause: unknown) {
    super("The query took longer than the server allows and was stopped; narrow it (fewer hops, a smaller depth or page).", { cause });
    this.name = "QueryTimeoutError";
  }
}

/** Raised when the database stopped a statement on request (TERMINATE TRANSACTIONS, an operator's or a benchmark's). */
export class QueryTerminatedError extends Error {
  constructor(cause: unknown) {
    super("The database stopped this query before it finished (it was terminated there); try again.", { cause });
    this.name = "QueryTerminatedError";
  }
}

export type Row = Record<string, unknown>;

/** One operator of a statement's plan, with the operators it reads from. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
  /** PROFILE only: the operator's reads of the store. */
  dbHits?: number;
}
export type Params = Record<string, unknown>;

/** Counts statements so tests and the benchmark can prove batching works. */
export interface StatementCounter {
  statements: number;
}

export interface QueryOptions {
  /** Names the GraphQL operation in Neo4j's query log. */
  operation?: string;
  counter?: StatementCounter;
  timeoutMs?: number;
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT and integer properties refuse; every
 * whole number and BigInt becomes a Neo4j integer here, once, for every statement.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === "bigint") return neo4j.int(value.toString());
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

/**
 * The driver's notification filter: none. Neo4j sends its notifications (such as "property key
 * not in the database", which any optional property the data does not use yet raises) with
 * every result, and the driver parses each into objects nobody reads here: on a source's page of
 * records, nine of them cost a quarter of the driver's CPU per statement. Plans and profiles are
 * unaffected. The benchmark's floor and peer use it too, so it compares what sits above the driver.
 */
export const NOTIFICATIONS_OFF = { minimumSeverityLevel: "OFF" } as const;

/**
 * Runs `start` (a driver call that only begins the work) with V8's stack capture off. The
 * driver formats a stack trace for every result it creates, to put on an error the statement
 * may raise later; formatting it cost a tenth of this server's CPU on a small read. Ours are
 * mapped and named by this door, so the driver's copy is not needed. The limit is put back
 * before anything else can run, since `start` is synchronous.
 */
function runWithoutStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The statement as sent (see statement.ts) and its parameters as Neo4j values. */
function prepared(cypher: string, params: Params): [string, Params] {
  const s = statementOf(cypher);
  return [s.text, toParams(paramsFor(s, params)) as Params];
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Retries of transient errors, for reads and (through the driver) writes alike: for 5 s by default, a web request's patience. */
const RETRY = { maxMs: 5_000, firstDelayMs: 200, maxDelayMs: 1_000 };

export function mapError(err: unknown): unknown {
  const code = (err as { code?: string }).code ?? "";
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused)/i.test(String((err as Error).message))) {
    return new DatabaseUnavailableError(err);
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code.endsWith("TransactionTimedOutClientConfiguration")) {
    return new QueryTimeoutError(err);
  }
  if (code.endsWith("Transaction.Terminated") || code.endsWith("Transaction.TransactionTerminated")) return new QueryTerminatedError(err);
  return err;
}

/**
 * The single door to Neo4j. Every statement is retried on transient errors (reads here,
 * writes by the driver's managed transactions), always names its database, carries
 * metadata, and returns plain values. Nothing else in the code base touches the driver.
 */
export class Database {
  private readonly driver: Driver;
  readonly database: string;
  private readonly defaultTimeoutMs: number;
  private readonly retryMs: number;

  /** `timeoutMs`: a statement's server-side limit; `retryMs`: how long transient errors are retried. */
  constructor(target: Neo4jTarget & { uri: string }, private readonly log: Logger, opts: { timeoutMs?: number; retryMs?: number } = {}) {
    this.database = target.database;
    this.defaultTimeoutMs = opts.timeoutMs ?? 15_000;
    this.retryMs = opts.retryMs ?? RETRY.maxMs;
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      useBigInt: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: this.retryMs,
      notificationFilter: NOTIFICATIONS_OFF,
      logging: { level: "warn", logger: (level, message) => log.warn("neo4j-driver", { level, message }) },
    });
  }

  /**
   * Runs one read statement and returns its rows. A read is one statement, so it runs as an
   * auto-commit transaction: RUN and PULL in one write to Neo4j. A managed transaction
   * (executeQuery, executeRead) sends BEGIN and COMMIT as writes and waits for them too;
   * measured side by side on a small search under load that costs a third of the
   * throughput and doubles the driver's CPU per read. The one thing given up, the driver's
   * retry of transient errors, is done here, as the driver does it: reads change nothing, so
   * running one again is always safe.
   */
  async read(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    if (opts.counter) opts.counter.statements += 1;
    const [text, values] = prepared(cypher, params);
    const config = this.transactionConfig(opts);
    const deadline = Date.now() + this.retryMs;
    for (let delay = RETRY.firstDelayMs; ; delay = Math.min(2 * delay, RETRY.maxDelayMs)) {
      // A fresh session holds no bookmarks: a read does not wait on writes made elsewhere.
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        return rows(await runWithoutStack(() => session.run(text, values, config)));
      } catch (err) {
        const wait = delay * (0.8 + 0.4 * Math.random());
        if (!neo4j.isRetryableError(err) || Date.now() + wait > deadline) throw this.mapped(err);
        this.log.debug("retrying a read after a transient error", { error: String((err as Error).message), waitMs: Math.round(wait) });
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs one write statement in a write transaction and returns its rows. */
  async write(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    return this.runWrite((tx) => tx.run(...prepared(cypher, params)), opts).then(rows);
  }

  /**
   * Runs several statements in one write transaction: all or nothing. `work` receives a
   * function that runs a statement inside the transaction.
   */
  async writeTransaction<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>, opts: QueryOptions = {}): Promise<T> {
    return this.runWrite((tx) => work(async (cypher, params = {}) => {
      if (opts.counter) opts.counter.statements += 1;
      return rows(await tx.run(...prepared(cypher, params)));
    }), { ...opts, counter: undefined });
  }

  /**
   * Runs one write statement as an auto-commit transaction, for the statements that manage
   * their own transactions (CALL … IN TRANSACTIONS) and so cannot run inside a managed one.
   * Not retried: such a statement may have committed part of its work.
   */
  async autoCommit(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    if (opts.counter) opts.counter.statements += 1;
    return rows(await this.runOnce("WRITE", cypher, params, opts));
  }

  /**
   * Streams the rows of one read statement without holding them all: the driver pulls
   * records in batches as the consumer iterates. For exports of any size.
   */
  async *stream(cypher: string, params: Params = {}, opts: QueryOptions = {}): AsyncGenerator<Row> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
    if (opts.counter) opts.counter.statements += 1;
    try {
      const result = session.run(...prepared(cypher, params), {
        timeout: opts.timeoutMs ?? 10 * this.defaultTimeoutMs,
        metadata: { app: "samhandling-kg", operation: opts.operation ?? "export" },
      });
      for await (const record of result) yield row(record);
    } catch (err) {
      throw mapError(err);
    } finally {
      await session.close();
    }
  }

  /**
   * The plan of one statement, for the tests and the benchmark that hold lookups to index
   * seeks: EXPLAIN plans it without running it, PROFILE runs it and counts rows.
   */
  async plan(cypher: string, params: Params = {}, how: "EXPLAIN" | "PROFILE" = "EXPLAIN"): Promise<PlanNode> {
    const result = await this.runOnce("READ", `${how} ${cypher}`, params, { operation: "plan" });
    return (how === "EXPLAIN" ? result.summary.plan : result.summary.profile) as unknown as PlanNode;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** One statement in an auto-commit transaction of its own session, not retried. */
  private async runOnce(mode: "READ" | "WRITE", cypher: string, params: Params, opts: QueryOptions): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    try {
      return await session.run(...prepared(cypher, params), this.transactionConfig(opts));
    } catch (err) {
      throw this.mapped(err);
    } finally {
      await session.close();
    }
  }

  private transactionConfig(opts: QueryOptions) {
    return { timeout: opts.timeoutMs ?? this.defaultTimeoutMs, metadata: { app: "samhandling-kg", operation: opts.operation ?? "internal" } };
  }

  private mapped(err: unknown): unknown {
    const mapped = mapError(err);
    if (mapped instanceof DatabaseUnavailableError) this.log.warn("database unavailable", { error: String((err as Error).message) });
    return mapped;
  }

  /** Writes run in managed transactions: retried by the driver, and a batch commits whole or not at all. */
  private async runWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: QueryOptions): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const config = this.transactionConfig(opts);
    if (opts.counter) opts.counter.statements += 1;
    try {
      return await session.executeWrite(work, config);
    } catch (err) {
      throw this.mapped(err);
    } finally {
      await session.close();
    }
  }
}

function rows(result: Pick<QueryResult, "records">): Row[] {
  return result.records.map(row);
}

/**
 * A record as a plain row. Record.toObject walks the fields through a generator and an
 * entry array per field; reading them by index is the same object without that garbage.
 */
function row(record: Neo4jRecord): Row {
  const out: Row = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) out[keys[i] as string] = toPlain(record.get(i));
  return out;
}
