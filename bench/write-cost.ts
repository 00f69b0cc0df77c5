// What the funding rollups add to a write, measured where they run: inside the write's own
// transaction, beside the statements of the write itself.
import crypto from "node:crypto";
import type { Database, Params, Row } from "../src/db/database.js";
import { emptyBatch } from "../src/ingest/facts.js";
import { WriteRepository } from "../src/writes/write.repository.js";
import * as rollups from "../src/funding/rollups.cypher.js";

const PAYER = "bench:ministry:0";
const RECIPIENT = "bench:municipality:0";
const SOURCE = "bench:source:0";
// A write's quote is checked against its source's stored text; the synthetic sources have none.
const QUOTE = "Synthetic evidence for the write benchmark";
const ROLLUP_STATEMENTS = new Set([rollups.touchedFlows(false), rollups.applyRollups]);

export interface WriteCost {
  n: number;
  /** p50 of an addFundingFlow mutation through the server, from request to answer. */
  apiWrite: number;
  /** p50 of the same write's transaction run by this process, from BEGIN to COMMIT. */
  transaction: number;
  /** p50 of the time the rollups' statements took inside that transaction. */
  rollups: number;
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * `n` addFundingFlow mutations through the server at `port` (as clients make them), then `n`
 * writes of the same shape through the write path's own repository in this process, with
 * every statement of the transaction timed as it runs. The rollups' share is what their
 * statements take of a write; the larger commit their rows cause is left in the write's time.
 */
export async function measureWriteCost(db: Database, port: number, writerKey: string, n: number): Promise<WriteCost> {
  await db.write(`MATCH (s:Source {id: $id}) SET s.text = $text`, { id: SOURCE, text: `${QUOTE}.` });
  const tag = crypto.randomUUID().slice(0, 8);
  const apiWrites: number[] = [];
  for (let i = 0; i < n; i++) {
    const query = `mutation { addFundingFlow(input: { id: "flow:bench:write-${tag}-${i}", payerId: "${PAYER}", recipientId: "${RECIPIENT}", amount: "${1000 + i}", currency: "NOK", flowType: GRANT, status: ALLOCATED, fiscalYear: 2012,
      evidence: [{ sourceId: "${SOURCE}", quote: "${QUOTE}" }] }) { userErrors { message } } }`;
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${writerKey}` }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: { addFundingFlow: { userErrors: unknown[] } }; errors?: unknown };
    apiWrites.push(performance.now() - t0);
    if (body.errors || body.data?.addFundingFlow.userErrors.length) throw new Error(`write benchmark: ${JSON.stringify(body)}`);
  }

  // The database door with its transactions' statements timed; everything else passes through.
  let inRollups = 0;
  const timed = new Proxy(db, {
    get(target, key) {
      if (key !== "writeTransaction") return Reflect.get(target, key);
      return <T>(work: (run: (c: string, p?: Params) => Promise<Row[]>) => Promise<T>, opts?: object) =>
        target.writeTransaction((run) => work(async (cypher, params) => {
          const t0 = performance.now();
          try {
            return await run(cypher, params);
          } finally {
            if (ROLLUP_STATEMENTS.has(cypher)) inRollups += performance.now() - t0;
          }
        }), opts);
    },
  });
  const repo = new WriteRepository(timed);
  const transactions: number[] = [];
  const rollupTimes: number[] = [];
  for (let i = 0; i < n; i++) {
    const batch = emptyBatch("api:bench-writer");
    const loc = { file: "api:bench-writer", line: 0, record: "input" };
    batch.funding.push({
      loc, id: `flow:bench:write-${tag}-tx-${i}`, payerId: PAYER, recipientId: RECIPIENT, amount: BigInt(1000 + i), currency: "NOK", flowType: "GRANT", status: "ALLOCATED", fiscalYear: 2012,
      date: null, datePrecision: null, purpose: null, programmeId: null, partOfId: null, passesOnId: null, note: null, evidence: [{ sourceId: SOURCE, quote: QUOTE, locator: null }],
    });
    inRollups = 0;
    const t0 = performance.now();
    await repo.writeBatch(batch, (run) => repo.audit(run, { auditId: `audit:${crypto.randomUUID()}`, principal: { name: "bench-writer", role: "editor" }, operation: "addFundingFlow", recordIds: [batch.funding[0]!.id], key: null, hash: tag }));
    transactions.push(performance.now() - t0);
    rollupTimes.push(inRollups);
  }
  return { n, apiWrite: p50(apiWrites), transaction: p50(transactions), rollups: p50(rollupTimes) };
}
