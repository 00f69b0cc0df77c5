import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (2011-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "ISO 8601 calendar date, YYYY-MM-DD.",
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL_RE = /^-?\d{1,30}(\.\d{1,12})?$/;

function parseDecimal(value: unknown): string {
  const s = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof s !== "string" || !DECIMAL_RE.test(s)) {
    throw new GraphQLError(`Decimal must be a string of digits with an optional fraction, like "24300000" or "12.50", got ${JSON.stringify(value)}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return s;
}

export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: "Exact decimal serialised as a string.",
  serialize: (v) => {
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "number") {
      if (!Number.isSafeInteger(v)) throw new GraphQLError("Internal: a Decimal must be exact; refusing to serialise an inexact number.");
      return String(v);
    }
    return parseDecimal(v);
  },
  parseValue: parseDecimal,
  parseLiteral: (ast: ValueNode) => parseDecimal(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});
