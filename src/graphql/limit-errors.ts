/**
 * GraphQL Armor and graphql-js word their limit rejections as syntax errors ("Syntax Error:
 * Query Cost limit of 20000 exceeded, found 86932."), and carry the limit only in the text.
 * Recognised here so the client sees the limit by the name every other limit uses, with its
 * maximum and (where known) what the operation had.
 */
// A number as these messages print it: a query's cost can be fractional ("found 834153.125.").
const N = String.raw`(\d+(?:\.\d+)?)`;
const PATTERNS: readonly { limit: string; re: RegExp }[] = [
  { limit: "maxQueryCost", re: new RegExp(`Query Cost limit of ${N} exceeded, found ${N}\\.`) },
  { limit: "maxQueryDepth", re: new RegExp(`Query depth limit of ${N} exceeded, found ${N}\\.`) },
  { limit: "maxAliases", re: new RegExp(`Aliases limit of ${N} exceeded, found ${N}\\.`) },
  { limit: "maxDirectives", re: new RegExp(`Directives limit of ${N} exceeded, found ${N}\\.`) },
  // graphql-js's own wording, typo included.
  { limit: "maxTokens", re: new RegExp(`Document contains more that ${N} tokens\\.`) },
];

export interface LimitRejection {
  /** The message without the misleading "Syntax Error: " prefix. */
  message: string;
  limit: string;
  max: number;
  found?: number;
}

export function limitRejection(message: string): LimitRejection | null {
  for (const { limit, re } of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    return {
      message: message.replace(/^Syntax Error: /, ""),
      limit,
      max: Number(m[1]),
      ...(m[2] !== undefined ? { found: Number(m[2]) } : {}),
    };
  }
  return null;
}
