import { describe, expect, it } from "vitest";
import { GraphQLError, parse } from "graphql";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { createExecutor } from "../../src/graphql/executor.js";

const schema = makeExecutableSchema({
  typeDefs: `type Query { hello(name: String!): String! boom: String }`,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `hei ${name}`,
      boom: () => {
        throw new GraphQLError("no", { extensions: { code: "FORBIDDEN" } });
      },
    },
  },
});

function executorWithLog(compileAfter: number) {
  const compiles: [string | null, boolean][] = [];
  const run = createExecutor(schema, "jit", { compileAfter, onCompile: (name, ok) => compiles.push([name, ok]) });
  return { run, compiles };
}

describe("executor", () => {
  it("when a document is run fewer times than compileAfter, then it is not compiled; at the threshold it is, once", async () => {
    const { run, compiles } = executorWithLog(2);
    const document = parse(`query Hi { hello(name: "Oslo") }`);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await run({ document, operationName: "Hi", variableValues: {}, contextValue: {} }));
    expect(compiles).toEqual([["Hi", true]]);
    for (const a of answers) expect(a).toEqual({ data: { hello: "hei Oslo" } });
  });

  it("when graphql-jit cannot compile an operation, then graphql-js runs it and gives its own answer", async () => {
    const { run, compiles } = executorWithLog(1);
    // Two operations and no name: nothing to compile; graphql-js explains why.
    const document = parse(`query A { hello(name: "a") } query B { hello(name: "b") }`);
    const r = await run({ document, variableValues: {}, contextValue: {} });
    expect(compiles).toEqual([[null, false]]);
    expect(r.errors?.[0]?.message).toBe("Must provide operation name if query contains multiple operations.");
  });

  it("when a compiled resolver throws, then the error is a graphql-js GraphQLError whose message can be rewritten", async () => {
    const { run } = executorWithLog(1);
    const r = await run({ document: parse(`{ boom }`), variableValues: {}, contextValue: {} });
    const error = r.errors![0]!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions.code).toBe("FORBIDDEN");
    expect(error.path).toEqual(["boom"]);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    // Plugins (Armor's suggestion filter) rewrite messages in place.
    (error as { message: string }).message = "rewritten";
    expect(error.message).toBe("rewritten");
  });

  it("when graphql-js is chosen, then nothing is ever compiled", async () => {
    const compiles: unknown[] = [];
    const run = createExecutor(schema, "graphql-js", { compileAfter: 1, onCompile: (...a) => compiles.push(a) });
    const document = parse(`{ hello(name: "x") }`);
    for (let i = 0; i < 3; i++) expect(await run({ document, variableValues: {}, contextValue: {} })).toEqual({ data: { hello: "hei x" } });
    expect(compiles).toEqual([]);
  });
});
