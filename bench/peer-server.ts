// The peer: @neo4j/graphql 7 serving an equivalent schema over the same database, as its users
// would write it: generated queries for actors and their funding, @cypher fields for what the
// library does not generate (group-by sums, shortest paths, neighbourhoods, full-text search).
// It answers on /graphql and reports the statements each request ran in x-cypher-statements.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { NOTIFICATIONS_OFF } from "../src/db/database.js";
import { PEER_CHANGES, PEER_RECORDS, PEER_SUMMARY, PEER_NEIGHBOURHOOD, PEER_PATH, PEER_SEARCH } from "./peer-cypher.js";

const [uri, port] = process.argv.slice(2);
const raw = neo4j.driver(uri!, neo4j.auth.basic("neo4j", "neo4j"), { maxConnectionPoolSize: 50, notificationFilter: NOTIFICATIONS_OFF });

// Count tx.run calls: the library runs one statement per operation, and this proves it.
let statements = 0;
const countingTx = (tx: ManagedTransaction) =>
  new Proxy(tx, {
    get(t, p) {
      if (p === "run") return (...a: Parameters<ManagedTransaction["run"]>) => ((statements += 1), t.run(...a));
      const v = Reflect.get(t, p, t) as unknown;
      return typeof v === "function" ? (v as (...x: unknown[]) => unknown).bind(t) : v;
    },
  });
const driver = new Proxy(raw, {
  get(t, p) {
    if (p === "session") {
      return (cfg: Parameters<Driver["session"]>[0]) => {
        const s: Session = t.session(cfg);
        const read = s.executeRead.bind(s);
        s.executeRead = ((work: (tx: ManagedTransaction) => unknown, c?: unknown) => read((tx) => work(countingTx(tx)), c as never)) as never;
        return s;
      };
    }
    const v = Reflect.get(t, p, t) as unknown;
    return typeof v === "function" ? (v as (...x: unknown[]) => unknown).bind(t) : v;
  },
});

const typeDefs = /* GraphQL */ `
  type Actor @node {
    id: ID!
    kind: String!
    name: String!
    fundingReceived: [FundingFlow!]! @relationship(type: "RECIPIENT", direction: IN)
  }
  type FundingFlow @node {
    id: ID!
    amount: BigInt!
    currency: String!
    year: Int
    retractedAt: String
    payer: [Actor!]! @relationship(type: "PAYER", direction: OUT)
  }
  type Bucket {
    key: String!
    value: String!
    currency: String!
    status: String!
    flowCount: Int!
  }
  type Change {
    date: String!
    type: String!
    id: ID!
  }
  type Records {
    total: Int!
    ids: [ID!]!
  }
  type Query {
    changes(from: String!, to: String!): [Change!]! @cypher(statement: """${PEER_CHANGES}""", columnName: "c")
    sourceRecords(id: ID!): Records! @cypher(statement: """${PEER_RECORDS}""", columnName: "r")
    fundingSummaryByYear: [Bucket!]! @cypher(statement: """${PEER_SUMMARY.YEAR}""", columnName: "b")
    fundingSummaryByRecipientKind: [Bucket!]! @cypher(statement: """${PEER_SUMMARY.RECIPIENT_KIND}""", columnName: "b")
    fundingSummaryByRecipientKindAndYear: [Bucket!]! @cypher(statement: """${PEER_SUMMARY.RECIPIENT_KIND_YEAR}""", columnName: "b")
    pathLengths(from: ID!, to: ID!): [Int!]! @cypher(statement: """${PEER_PATH}""", columnName: "length")
    neighbourhood(id: ID!): [Actor!]! @cypher(statement: """${PEER_NEIGHBOURHOOD}""", columnName: "n")
    search(lucene: String!, folded: String!): [Actor!]! @cypher(statement: """${PEER_SEARCH}""", columnName: "node")
  }
`;

const schema = await new Neo4jGraphQL({ typeDefs, driver: driver as Driver }).getSchema();
const server = new ApolloServer({
  schema,
  plugins: [
    {
      async requestDidStart() {
        const start = statements;
        return {
          async willSendResponse(rc) {
            rc.response.http.headers.set("x-cypher-statements", String(statements - start));
          },
        };
      },
    },
  ],
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
process.stdout.write(`PEER_READY ${new URL(url).port}\n`);
