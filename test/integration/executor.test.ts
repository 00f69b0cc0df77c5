import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../src/config.js";
import { createHarness, type Harness } from "../helpers/harness.js";

// graphql-jit runs hot operations in production; graphql-js is the reference. Both answer
// every read below from the same graph, and must answer alike: data, errors, codes, paths.
const examples = fs
  .readdirSync(path.join(ROOT_DIR, "examples"))
  .filter((f) => f.endsWith(".graphql") && !/^writes-[0-9]/.test(f))
  .sort()
  .map((f) => ({ name: `examples/${f}`, query: fs.readFileSync(path.join(ROOT_DIR, "examples", f), "utf8"), variables: {} }));

const cases: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  ...examples,
  { name: "abstract type with fragments per kind", query: `{ actors(first: 30) { edges { cursor node { __typename id ... on Municipality { number } ... on HealthTrust { id } } } pageInfo { hasNextPage endCursor } } }` },
  { name: "aliases and @skip/@include from variables", query: `query($no: Boolean!, $yes: Boolean!) { a: actor(id: "no:ministry:hod") { id name @skip(if: $yes) kind @include(if: $yes) } b: actor(id: "no:ministry:hod") { name @include(if: $no) } }`, variables: { no: false, yes: true } },
  { name: "an unknown id is null without an error", query: `{ actor(id: "no:nothing:here") { id name } }` },
  { name: "a malformed cursor is BAD_USER_INPUT at its path", query: `{ actors(after: "%%%") { totalCount } }` },
  { name: "a page above the limit names the limit", query: `{ actors(first: 101) { totalCount } }` },
  { name: "a variable of the wrong type is refused before anything runs", query: `query($n: Int) { actors(first: $n) { totalCount } }`, variables: { n: "ten" } },
  { name: "a missing required variable is refused", query: `query($id: ID!) { actor(id: $id) { id } }`, variables: {} },
  { name: "a bad scalar in a variable is BAD_USER_INPUT", query: `query($d: Date) { actors(filter: { asOf: $d }, first: 1) { totalCount } }`, variables: { d: "2011-02-30" } },
  { name: "introspection", query: `{ __schema { queryType { name } } __type(name: "Actor") { kind possibleTypes { name } } }` },
  { name: "money as a string beyond 2^53", query: `{ fundingFlows(first: 5) { edges { node { id amount { value currency } year payer { __typename name } } } } }` },
];

let js: Harness;
let jit: Harness;
beforeAll(async () => {
  [js, jit] = await Promise.all([createHarness({ EXECUTOR: "graphql-js" }), createHarness({ EXECUTOR: "jit" })]);
});
afterAll(async () => {
  await Promise.all([js.close(), jit.close()]);
});

/** What a client sees, minus what differs by moment (an export's generatedAt, also inside its content). */
const instant = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
const seen = (r: { data: unknown; errors: unknown }) => JSON.parse(JSON.stringify({ data: r.data, errors: r.errors }, (_k, v) => (typeof v === "string" ? v.replace(instant, "<instant>") : v)));

describe("graphql-jit against graphql-js", () => {
  it("when the operations are listed, then they include answers with data and answers with errors", () => {
    expect(cases.length).toBeGreaterThan(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    it(`when ${c.name} runs on both, then the answers are identical`, async () => {
      const admin = { name: "executor-test", role: "admin" as const };
      const reference = await js.run(c.query, c.variables, admin);
      // Twice on jit: the first run compiles, the second reuses the compiled plan.
      const first = await jit.run(c.query, c.variables, admin);
      const second = await jit.run(c.query, c.variables, admin);
      expect(seen(first)).toEqual(seen(reference));
      expect(seen(second)).toEqual(seen(reference));
      expect(first.statements).toBe(reference.statements);
    });
  }

  it("when a case expects an error, then both executors report it (not a vacuous match)", async () => {
    const r = await jit.run(`{ actors(after: "%%%") { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const v = await jit.run(`query($n: Int) { actors(first: $n) { totalCount } }`, { n: "ten" });
    expect(v.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "ten"/);
    expect(v.data).toBeNull();
  });
});
