import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../../src/auth/api-keys.js";
import { createHarness, type Harness } from "../helpers/harness.js";

const editor: Principal = { name: "review-editor", role: "editor" };
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const TK = fs.readFileSync("test/fixtures/dev-documents/no_tk_2022_sykehusene-2-5-milliarder-ekstra.txt", "utf8");
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  source { id text } result { auditId recordIds } userErrors { message path }
  candidates { id status kind quote start end line confidence rule year fundingStatus amount { value currency } payer { id name } recipient { id name actor { name } } } } }`;
const ACCEPT = `mutation($id: ID!, $edits: CandidateEdits) { acceptCandidate(id: $id, edits: $edits) {
  candidate { id status decidedBy fundingFlow { id amount { value } status fiscalYear payer { id } recipient { id } evidence { quote source { id } } } }
  result { auditId replayed recordIds } userErrors { message path } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectCandidate(id: $id, reason: $reason) { candidate { id status reason } result { replayed } userErrors { message path } } }`;
const HELSE_VEST_TOTAL = `{ fundingFlows(filter: { recipientId: "no:rhf:helse-vest" }) { totals { value currency } } }`;
const statements = async (q: string) => (await h.run(q, {}, editor)).statements;

type Cand = { id: string; quote: string; start: number; end: number; recipient: { id: string | null } | null; amount: { value: string } };

describe("the review queue", () => {
  let candidates: Cand[] = [];
  let text = "";

  it("when an editor ingests a document, then its source is stored with its text and every fact comes back as a candidate with verbatim offsets", async () => {
    const res = await h.run<{ ingestDocument: { source: { id: string; text: string }; candidates: Cand[]; userErrors: unknown[] } }>(INGEST, { input: { sourceId: "doc:test-tk-2022-sykehusene", text: TK, published: "2022-11-15" } }, editor);
    expect(res.errors).toBeUndefined();
    const out = res.data!.ingestDocument;
    expect(out.userErrors).toEqual([]);
    text = out.source.text;
    candidates = out.candidates.filter((c) => (c as unknown as { kind: string }).kind === "FUNDING");
    expect(out.candidates.filter((c) => (c as unknown as { kind: string }).kind === "RELATION").map((c) => c.quote)).toEqual([expect.stringContaining("Ingvild Kjerkol")]);
    expect(candidates.map((c) => [c.amount.value, c.recipient?.id])).toEqual([
      ["1350000000", "no:rhf:helse-sor-ost"], ["477000000", "no:rhf:helse-vest"], ["358000000", "no:rhf:helse-midt-norge"], ["317000000", "no:rhf:helse-nord"],
    ]);
    for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("when candidates wait for review, then the queue shows them to editors only and no list or total counts them", async () => {
    const anon = await h.run(`{ candidates(sourceId: "doc:test-tk-2022-sykehusene") { id } }`);
    expect(anon.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const listed = await h.run<{ candidates: { id: string; status: string }[] }>(`{ candidates(sourceId: "doc:test-tk-2022-sykehusene", status: CANDIDATE) { id status } }`, {}, editor);
    expect(listed.data!.candidates).toHaveLength(candidates.length + 1);
    expect(listed.data!.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(candidates.map((c) => c.id)));
    const before = await h.run<{ fundingFlows: { totals: unknown[] } }>(HELSE_VEST_TOTAL);
    expect(before.data!.fundingFlows.totals).toEqual([]);
  });

  it("when an editor accepts a candidate with an edit, then it is an ordinary flow with its evidence and an audit entry, in totals and paths, and accepting again changes nothing", async () => {
    const vest = candidates[1]!;
    const res = await h.run<{ acceptCandidate: { candidate: { status: string; decidedBy: string; fundingFlow: Record<string, unknown> }; result: { auditId: string; replayed: boolean; recordIds: string[] }; userErrors: unknown[] } }>(ACCEPT, { id: vest.id, edits: { status: "PROPOSED", fiscalYear: 2022 } }, editor);
    expect(res.data!.acceptCandidate.userErrors).toEqual([]);
    const acc = res.data!.acceptCandidate;
    expect(acc.candidate).toMatchObject({ status: "ACCEPTED", decidedBy: "review-editor", fundingFlow: { amount: { value: "477000000" }, status: "PROPOSED", fiscalYear: 2022, recipient: { id: "no:rhf:helse-vest" }, evidence: [{ quote: vest.quote, source: { id: "doc:test-tk-2022-sykehusene" } }] } });
    const flowId = acc.result.recordIds[0]!;
    const payerId = (acc.candidate.fundingFlow.payer as { id: string }).id;
    const totals = await h.run<{ fundingFlows: { totals: unknown[] } }>(HELSE_VEST_TOTAL);
    expect(totals.data!.fundingFlows.totals).toEqual([{ value: "477000000", currency: "NOK" }]);
    const paths = await h.run<{ paths: { hops: { fundingFlow: { id: string } | null }[] }[] }>(`query($from: ID!) { paths(fromId: $from, toId: "no:rhf:helse-vest", maxHops: 1, first: 5) { hops { fundingFlow { id } } } }`, { from: payerId });
    expect(paths.errors).toBeUndefined();
    expect(paths.data!.paths.flatMap((p) => p.hops.map((x) => x.fundingFlow?.id))).toContain(flowId);
    const audit = await h.run<{ auditLog: { operation: string; recordIds: string[] }[] }>(`{ auditLog(first: 5) { operation recordIds } }`, {}, { name: "admin", role: "admin" });
    expect(audit.data!.auditLog).toContainEqual({ operation: "acceptCandidate", recordIds: [flowId] });
    const again = await h.run<{ acceptCandidate: { result: { replayed: boolean; recordIds: string[] } } }>(ACCEPT, { id: vest.id }, editor);
    expect(again.data!.acceptCandidate.result).toMatchObject({ replayed: true, recordIds: [flowId] });
    const still = await h.run<{ fundingFlows: { totals: unknown[] } }>(HELSE_VEST_TOTAL);
    expect(still.data!.fundingFlows.totals).toEqual([{ value: "477000000", currency: "NOK" }]);
  });

  it("when an editor rejects a candidate, then it keeps the reason and can no longer be accepted", async () => {
    const nord = candidates[3]!;
    const res = await h.run<{ rejectCandidate: { candidate: { status: string; reason: string }; userErrors: unknown[] } }>(REJECT, { id: nord.id, reason: "duplicate of the budget proposition" }, editor);
    expect(res.data!.rejectCandidate).toMatchObject({ candidate: { status: "REJECTED", reason: "duplicate of the budget proposition" }, userErrors: [] });
    const late = await h.run<{ acceptCandidate: { userErrors: { path: string[] }[]; result: unknown } }>(ACCEPT, { id: nord.id }, editor);
    expect(late.data!.acceptCandidate.result).toBeNull();
    expect(late.data!.acceptCandidate.userErrors[0]!.path).toEqual(["id"]);
    const nordTotals = await h.run<{ fundingFlows: { totals: unknown[] } }>(`{ fundingFlows(filter: { recipientId: "no:rhf:helse-nord" }) { totals { value } } }`);
    expect(nordTotals.data!.fundingFlows.totals).toEqual([]);
  });

  it("when the input is empty, binary, HTML without text, or reuses a source id, then a clear error names the field and nothing is written", async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ sourceId: "doc:test-empty", text: "   " }, ["input", "text"]],
      [{ sourceId: "doc:test-binary", text: "PK\u0000\u0003" }, ["input", "text"]],
      [{ sourceId: "doc:test-html", html: "<html><body><nav><a href='/'>Hjem</a></nav></body></html>" }, ["input", "html"]],
      [{ sourceId: "doc:test-both", text: "Sauda får sju millionar kroner.", html: "<p>x</p>" }, ["input", "html"]],
      [{ sourceId: "doc:test-tk-2022-sykehusene", text: TK }, ["input", "sourceId"]],
    ];
    for (const [input, path] of cases) {
      const res = await h.run<{ ingestDocument: { userErrors: { message: string; path: string[] }[]; source: unknown; candidates: unknown[] } }>(INGEST, { input }, editor);
      expect(res.data!.ingestDocument.userErrors[0]!.path).toEqual(path);
      expect(res.data!.ingestDocument.candidates).toEqual([]);
    }
    const sources = await h.run<{ source: unknown }>(`{ source(id: "doc:test-empty") { id } }`);
    expect(sources.data!.source).toBeNull();
    expect(await statements(`{ candidates(sourceId: "doc:test-binary") { id } }`)).toBe(1);
  });
});
