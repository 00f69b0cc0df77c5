import { describe, expect, it } from "vitest";
import { paramsFor, statementOf } from "../../src/db/statement.js";
import * as graph from "../../src/graph/graph.cypher.js";
import { recordProjection } from "../../src/graph/record.projection.js";

describe("a statement as it is sent", () => {
  it("when a statement is laid out on lines, then it is sent on one, with only the parameters it names", () => {
    const s = statementOf("MATCH (a:Actor {id: $id})\n    WHERE a.name <> ' | '\n  RETURN a.id AS id\n");
    expect(s.text).toBe("MATCH (a:Actor {id: $id}) WHERE a.name <> ' | ' RETURN a.id AS id");
    expect(paramsFor(s, { id: "x", unused: null, limit: 3 })).toEqual({ id: "x" });
    // The same text is worked out once.
    expect(statementOf("MATCH (a:Actor {id: $id})\n    WHERE a.name <> ' | '\n  RETURN a.id AS id\n")).toBe(s);
  });

  it("when a statement holds '//', then its lines are left as written, since joining them could comment out the rest", () => {
    const text = "MATCH (a) // every node\nRETURN a";
    expect(statementOf(text).text).toBe(text);
  });

  it("when a page of changes is asked for its ids, then the statement leaves room for its parameters in one 1 400-byte write of the driver", () => {
    const params = { from: "2012-01-01", to: "2012-01-01", kinds: null, afterDate: null, afterType: null, afterId: null, limit: 21 };
    const s = statementOf(graph.changes(params, recordProjection.forFields(new Set(["id"]))));
    // The RUN message adds the parameters, the database's name, the timeout and the operation's name to the text.
    expect(s.text.length).toBeLessThanOrEqual(1250);
    expect([...s.names].sort()).toEqual(["from", "limit", "to"]);
  });
});
