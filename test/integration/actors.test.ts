import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("actor(id)", () => {
  it("when the id exists, then returns the actor with its kind-specific type", async () => {
    const { data, errors } = await h.run(`{ actor(id: "no:ministry:hod") { __typename id kind name aliases country officialId { scheme value } validity { validFrom validFromPrecision } } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor).toEqual({
      __typename: "Organisation",
      id: "no:ministry:hod",
      kind: "MINISTRY",
      name: "Helse- og omsorgsdepartementet",
      aliases: expect.arrayContaining(["HOD"]),
      country: "NO",
      officialId: { scheme: "orgnr", value: "983887406" },
      validity: { validFrom: "2004-10-01", validFromPrecision: "DAY" },
    });
  });

  it("when the id is unknown, then returns null without an error", async () => {
    const { data, errors } = await h.run(`{ actor(id: "no:kommune:9999") { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor).toBeNull();
  });

  it("when the actor is a municipality, then it carries its number", async () => {
    const { data } = await h.run(`{ actor(id: "no:kommune:1102") { __typename ... on Municipality { number name } } }`);
    expect(data!.actor).toEqual({ __typename: "Municipality", number: "1102", name: "Sandnes" });
  });
});

describe("actors(filter, first, after)", () => {
  it("when filtering Norwegian municipalities as of 2011-06-30, then totalCount is 430", async () => {
    const { data, errors } = await h.run(`{ actors(filter: { kinds: [MUNICIPALITY], country: NO, asOf: "2011-06-30" }, first: 3) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`);
    expect(errors).toBeUndefined();
    const c = data!.actors as { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    expect(c.totalCount).toBe(430);
    expect(c.edges).toHaveLength(3);
    expect(c.pageInfo.hasNextPage).toBe(true);
  });

  it("when paging with endCursor, then the next page continues in name order without overlap", async () => {
    const q = `query($after: String) { actors(filter: { kinds: [MINISTRY] }, first: 4, after: $after) { edges { node { id name } } pageInfo { endCursor hasNextPage hasPreviousPage } } }`;
    const p1 = (await h.run(q)).data!.actors as { edges: { node: { id: string; name: string } }[]; pageInfo: { endCursor: string; hasPreviousPage: boolean } };
    const p2 = (await h.run(q, { after: p1.pageInfo.endCursor })).data!.actors as typeof p1;
    const all = (await h.run(`{ actors(filter: { kinds: [MINISTRY] }, first: 100) { edges { node { id name } } } }`)).data!.actors as typeof p1;
    expect([...p1.edges, ...p2.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 8).map((e) => e.node.id));
    expect(p1.pageInfo.hasPreviousPage).toBe(false);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
  });

  it("when nameContains ignores case and diacritics, then Strøm-Erichsen is found as 'strom-erichsen'", async () => {
    const { data } = await h.run(`{ actors(filter: { nameContains: "strom-erichsen" }) { edges { node { id } } } }`);
    expect((data!.actors as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).toEqual(["no:person:anne-grete-strom-erichsen"]);
  });

  it("when the cursor is malformed, then the error is BAD_USER_INPUT naming 'after'", async () => {
    const { errors } = await h.run(`{ actors(after: "not-a-cursor!") { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "after" });
  });

  it("when first exceeds the page size limit, then the error names the limit", async () => {
    const { errors } = await h.run(`{ actors(first: 101) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "first", limit: "maxPageSize", max: 100 });
  });

  it("when asOf is not a calendar date, then the error is BAD_USER_INPUT", async () => {
    const { errors } = await h.run(`{ actors(filter: { asOf: "2011-02-30" }) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
