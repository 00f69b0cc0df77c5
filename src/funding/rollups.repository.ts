import type { Database, Params, Row } from "../db/database.js";
import type { Logger } from "../logger.js";
import * as q from "./rollups.cypher.js";

/** Moves on when what a rollup row holds changes: a database built by another version is rebuilt at start. */
export const ROLLUP_VERSION = 2;

type Run = (cypher: string, params?: Params) => Promise<Row[]>;

/** What a batch writes, as far as the rollups care (see `touchedFlows`). */
export interface RollupTouch {
  flowIds: string[];
  actors: { id: string; kind: string }[];
  /** The file the batch replaces whole, and every id it keeps (its own and those other files of the load define); absent for API writes, which remove nothing. */
  replaces?: { file: string; ids: string[] };
}

/**
 * Runs `work` inside the caller's transaction with the rollups kept exact: the standing flows
 * it may move are taken out of their rows before, and whatever of them (and of the batch's own
 * flows) stands after is put back. Two statements per transaction, whatever the batch size.
 */
export async function keepRollups<T>(run: Run, touch: RollupTouch, work: () => Promise<T>): Promise<T> {
  const replaces = touch.replaces;
  // A batch of relations or sources alone moves no money: no statement at all.
  if (touch.flowIds.length === 0 && touch.actors.length === 0 && !replaces) return work();
  const [row] = await run(q.touchedFlows(replaces !== undefined), { flowIds: touch.flowIds, actors: touch.actors, file: replaces?.file ?? null, ids: replaces?.ids ?? [] });
  const before = (row?.ids ?? []) as string[];
  if (before.length > 0) await run(q.applyRollups, { ids: before, sign: -1 });
  const out = await work();
  const after = [...new Set([...before, ...touch.flowIds])];
  if (after.length > 0) await run(q.applyRollups, { ids: after, sign: 1 });
  return out;
}

/**
 * Rewrites every rollup row from the flows (after a bulk load that bypassed `keepRollups`, or
 * an upgrade), one grouping at a time in batches. It is not one transaction, so it runs before
 * the server takes writes; the state row is written last, so an interrupted rebuild is redone
 * at the next start.
 */
export async function rebuildRollups(db: Database, timeoutMs = 30 * 60_000): Promise<number> {
  const opts = { operation: "rollups", timeoutMs };
  await db.write(q.forgetRollupState, {}, opts);
  await db.autoCommit(q.clearRollups, {}, opts);
  for (const dim of q.ROLLED_UP) await db.autoCommit(q.rebuildDim(dim), {}, opts);
  const [row] = await db.write(q.markRollupsBuilt, { version: ROLLUP_VERSION }, opts);
  return Number(row?.rows ?? 0);
}

/**
 * Builds the rollups when this database has none of this version: one written by a version
 * without them, or wiped. From then on every write keeps them.
 */
export async function ensureRollups(db: Database, log: Logger): Promise<"built" | "current"> {
  const [state] = await db.read(q.rollupState, {}, { operation: "rollups" });
  if (state?.version === ROLLUP_VERSION) return "current";
  const started = Date.now();
  const rows = await rebuildRollups(db);
  log.info("funding rollups built", { rows, ms: Date.now() - started });
  return "built";
}
