import { describe, expect, it } from "vitest";
import { buildSchema, isObjectType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { loadTypeDefs } from "../../src/graphql/schema.js";
import { selectedFields } from "../../src/graphql/selection.js";
import { covers, fromTuple, mapProjection, projector, tupleProjection } from "../../src/db/projection.js";
import { actorProjection } from "../../src/actors/actor.projection.js";
import { flowProjection } from "../../src/funding/funding.projection.js";
import { actorFromTuple, toActorModel } from "../../src/actors/actor.model.js";

/** The resolve info graphql-js would give the operation's first root field. */
function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe("selected fields", () => {
  it("when a selection uses fragments, inline fragments and aliases, then the field names below the path are all found", () => {
    const info = infoOf(`{
      actors { totalCount edges { cursor node { id ...Names ... on Municipality { number } other: validity { note } } } }
    }
    fragment Names on Actor { name ... on Organisation { description } }`);
    expect([...selectedFields(info, ["edges", "node"])].sort()).toEqual(["description", "id", "name", "number", "validity"]);
    expect([...selectedFields(info)].sort()).toEqual(["edges", "totalCount"]);
    expect([...selectedFields(info, ["edges", "node", "validity"])]).toEqual(["note"]);
    expect([...selectedFields(info, ["pageInfo"])]).toEqual([]);
  });
});

describe("projections", () => {
  const schema = buildSchema(loadTypeDefs());
  const fieldsOf = (...types: string[]) =>
    types.flatMap((t) => {
      const type = schema.getType(t);
      if (!isObjectType(type)) throw new Error(`${t} is not an object type`);
      return Object.keys(type.getFields());
    });

  it.each([
    ["Actor", actorProjection, fieldsOf("Organisation", "Person", "Municipality", "Territory", "Collective")],
    ["FundingFlow", flowProjection, fieldsOf("FundingFlow")],
  ])("when any single %s field is selected, then less than the whole record is read (every field says what it reads)", (_type, projection, fields) => {
    const unlisted = [...new Set(fields)].filter((f) => projection.forFields(new Set([f])).complete);
    expect(unlisted).toEqual([]);
  });

  it("when a field reads properties, then they are read with what is always read, and the record's id first", () => {
    expect(actorProjection.forFields(new Set(["validity"])).props).toEqual(["id", "kind", "name", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "validityNote"]);
    expect(flowProjection.forFields(new Set(["amount", "payer"])).props).toEqual(["id", "payerId", "recipientId", "amount", "currency"]);
    expect(mapProjection("f", flowProjection.forFields(new Set(["year"])))).toBe("f {.id, .payerId, .recipientId, .year}");
  });

  it("when a field unknown to the table is selected, then the whole record is read", () => {
    expect(actorProjection.forFields(new Set(["someFutureField"])).complete).toBe(true);
  });

  it("when projections are combined or compared, then the union covers each part and a part does not cover the union", () => {
    const p = projector(["id", "a", "b", "c"], ["id"], { a: ["a"], b: ["b"], c: ["c"] });
    const a = p.forFields(new Set(["a"]));
    const b = p.forFields(new Set(["b"]));
    const ab = p.union([a, b]);
    expect(ab.props).toEqual(["id", "a", "b"]);
    expect(covers(ab, a) && covers(ab, b) && covers(p.all, ab)).toBe(true);
    expect(covers(a, ab)).toBe(false);
    expect(p.forFields(new Set(["b", "a"]))).toBe(ab);
  });

  it("when a record is returned as a list, then the list follows the projection's order and reads back into named properties", () => {
    const p = projector(["id", "a", "b"], ["id"], { a: ["a"], b: ["b"] });
    const ab = p.forFields(new Set(["b", "a"]));
    expect(tupleProjection("x", ab)).toBe("[x.id, x.a, x.b]");
    expect(tupleProjection("x", ab, true)).toBe("CASE WHEN x IS NULL THEN null ELSE [x.id, x.a, x.b] END");
    expect(fromTuple(ab, ["i", null, 2])).toEqual({ id: "i", a: null, b: 2 });
  });

  it("when a projection names a property the record kind does not have, then it is refused", () => {
    expect(() => projector(["id"], ["id", "x"], {})).toThrow(/unknown property 'x'/);
  });
});

describe("actors read as tuples", () => {
  it.each([
    ["every property, some unset", actorProjection.all],
    ["id and name", actorProjection.forFields(new Set(["id", "name"]))],
    ["aliases and validity", actorProjection.forFields(new Set(["aliases", "validity"]))],
  ])("when %s are read, then actorFromTuple makes the model toActorModel would", (_what, projection) => {
    const stored: Record<string, unknown> = { id: "no:kommune:1102", kind: "MUNICIPALITY", name: "Sandnes", aliases: null, country: "NO", validFrom: "1965-01-01", validFromPrecision: "DAY", number: "1108", memberKind: null };
    const tuple = projection.props.map((p) => stored[p] ?? null);
    expect(actorFromTuple(projection, tuple)).toStrictEqual(toActorModel(fromTuple(projection, tuple)));
  });
});
