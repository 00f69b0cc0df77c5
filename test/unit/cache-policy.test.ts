import { describe, expect, it } from "vitest";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { buildSchema, parse } from "graphql";
import { cachePolicyPlugin, createCachePolicy } from "../../src/graphql/cache-policy.js";
import { loadTypeDefs } from "../../src/graphql/schema.js";

// A schema with every kind of hint Apollo knows, and data for every field, so that Apollo's
// per-field plugin resolves everything the document names and both must agree exactly.
const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    books: [Book!]!
    me: User
    secret: String @cacheControl(maxAge: 5)
    thing: Thing
    node: Node
    plain: String
  }
  type Book @cacheControl(maxAge: 30) { title: String author: Author reviews: [Review!]! }
  type Author { name: String }
  type Review @cacheControl(inheritMaxAge: true) { text: String by: User }
  type User @cacheControl(maxAge: 10, scope: PRIVATE) { name: String }
  union Thing = Book | User
  interface Node { id: ID }
  type Plain implements Node { id: ID }
  type Hinted implements Node { id: ID @cacheControl(maxAge: 3) }
`;
const user = { __typename: "User", name: "u" };
const book = { __typename: "Book", title: "t", author: { name: "a" }, reviews: [{ text: "r", by: user }] };
const resolvers = {
  Query: { books: () => [book], me: () => user, secret: () => "s", thing: () => book, node: () => ({ __typename: "Hinted", id: "1" }), plain: () => "p" },
  Thing: { __resolveType: (o: { __typename: string }) => o.__typename },
  Node: { __resolveType: (o: { __typename: string }) => o.__typename },
};

async function policyBy(plugins: ApolloServerPlugin[], query: string) {
  let seen: unknown;
  const capture: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          seen = { ...rc.overallCachePolicy.policyIfCacheable() };
        },
      };
    },
  };
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [...plugins, capture] });
  await server.start();
  const res = await server.executeOperation({ query });
  await server.stop();
  if (res.body.kind === "single") expect(res.body.singleResult.errors).toBeUndefined();
  return seen;
}

const queries = [
  `{ plain }`,
  `{ secret }`,
  `{ books { title } }`,
  `{ books { author { name } } }`,
  `{ books { reviews { text } } }`,
  `{ books { reviews { by { name } } } }`,
  `{ me { name } }`,
  `{ thing { ... on Book { title } ... on User { name } } }`,
  `{ ...Q } fragment Q on Query { books { title } secret }`,
  `{ books { title } plain }`,
];

describe("cache policy from the document", () => {
  for (const q of queries) {
    it(`when ${q} is answered in full, then the policy is Apollo's per-field one`, async () => {
      const apollo = await policyBy([ApolloServerPluginCacheControl({ defaultMaxAge: 60, calculateHttpHeaders: false })], q);
      const ours = await policyBy([ApolloServerPluginCacheControlDisabled(), cachePolicyPlugin(60)], q);
      expect(ours).toEqual(apollo);
    });
  }

  it("when a field is on an interface, then every implementation's hint counts (stricter than the one that ran, never looser)", () => {
    const policy = createCachePolicy(buildSchema(typeDefs), 60);
    expect(policy.policyOf(parse(`{ node { id } }`), null)).toEqual({ maxAge: 3 });
  });

  it("when the project's schema is asked, then audit entries are never shared and exports never cached", () => {
    const policy = createCachePolicy(buildSchema(loadTypeDefs()), 60);
    expect(policy.policyOf(parse(`{ actors(first: 3) { totalCount edges { node { id name } } } }`), null)).toEqual({ maxAge: 60 });
    expect(policy.policyOf(parse(`{ auditLog(first: 1) { id at } }`), null)).toEqual({ maxAge: 0, scope: "PRIVATE" });
    expect(policy.policyOf(parse(`query Q { ...E } fragment E on Query { exportSubgraph(format: JGF, subgraph: { seeds: ["x"] }) { fileName } }`), "Q")).toEqual({ maxAge: 0 });
  });
});
