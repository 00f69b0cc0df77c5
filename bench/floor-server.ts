// The floor: each operation's hand-written Cypher through neo4j-driver behind plain node:http.
// POST /op/<name> runs the operation of that (URL-encoded) name and answers {"data": …} shaped like the GraphQL answer.
import http from "node:http";
import neo4j from "neo4j-driver";
import { NOTIFICATIONS_OFF } from "../src/db/database.js";
import { operations } from "./operations.js";

const [uri, ministry, municipality, governor, port] = process.argv.slice(2);
const driver = neo4j.driver(uri!, neo4j.auth.basic("neo4j", "neo4j"), { useBigInt: true, maxConnectionPoolSize: 50, notificationFilter: NOTIFICATIONS_OFF });
const ops = operations({ ministry: ministry!, municipality: municipality!, governor: governor! });
const plain = (v: unknown): unknown =>
  typeof v === "bigint" ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : Array.isArray(v) ? v.map(plain) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;
const params = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === "number" ? neo4j.int(v) : v]));

http
  .createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "").split("/").pop() ?? "");
    const op = ops.find((o) => o.name === name);
    req.resume();
    if (!op) {
      res.writeHead(404).end();
      return;
    }
    // One statement as an auto-commit transaction: the cheapest way through the driver (no BEGIN or COMMIT to wait for).
    const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
    session
      .run(op.floor.cypher, params(op.floor.params))
      .then((r) => {
        const body = JSON.stringify({ data: op.floor.shape(r.records.map((x) => plain(x.toObject()) as Record<string, unknown>)) });
        res.writeHead(200, { "content-type": "application/json", "x-cypher-statements": "1" }).end(body);
      })
      .catch((e: Error) => res.writeHead(500).end(JSON.stringify({ error: e.message })))
      .finally(() => session.close());
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write(`FLOOR_READY ${port}\n`));
