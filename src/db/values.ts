import neo4j from "neo4j-driver";

/**
 * Converts driver values into plain JSON-friendly values. Integers arrive as BigInt
 * (the driver runs with useBigInt) and become numbers when exactly representable; larger
 * ones stay BigInt so money is never rounded. Temporal values become ISO strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as neo4j.Integer).inSafeRange() ? (value as neo4j.Integer).toNumber() : BigInt((value as neo4j.Integer).toString());
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (neo4j.isNode(value)) return toPlain((value as neo4j.Node).properties);
  if (neo4j.isRelationship(value)) return toPlain((value as neo4j.Relationship).properties);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
