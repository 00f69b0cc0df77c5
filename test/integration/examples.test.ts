import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { ROOT_DIR } from "../../src/config.js";
import { loadTypeDefs } from "../../src/graphql/schema.js";
import { createHarness, type Harness } from "../helpers/harness.js";

const dir = path.join(ROOT_DIR, "examples");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort();

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("examples/", () => {
  it("when listed, then every root query field has at least one ready example", () => {
    const used = new Set<string>();
    for (const f of files) {
      const doc = parse(fs.readFileSync(path.join(dir, f), "utf8"));
      for (const def of doc.definitions) {
        if (def.kind === "OperationDefinition") {
          for (const sel of (def as OperationDefinitionNode).selectionSet.selections) if (sel.kind === "Field") used.add(sel.name.value);
        }
      }
    }
    const schema = buildSchema(loadTypeDefs());
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const f of Object.keys(type.getFields())) expect(used, `no example uses ${type.name}.${f}`).toContain(f);
    }
  });

  for (const f of files) {
    it(`when ${f} runs against the real graph, then it returns data and no errors`, async () => {
      // As an admin, so the write examples and the audit log run too.
      const { data, errors } = await h.run(fs.readFileSync(path.join(dir, f), "utf8"), {}, { name: "examples", role: "admin" });
      expect(errors).toBeUndefined();
      for (const payload of Object.values(data ?? {})) {
        if (payload && typeof payload === "object" && "userErrors" in payload) expect((payload as { userErrors: unknown[] }).userErrors).toEqual([]);
      }
      expect(data).not.toBeNull();
      for (const value of Object.values(data!)) expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
    });
  }
});
