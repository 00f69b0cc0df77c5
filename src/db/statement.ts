import { remembered } from "./bounded-cache.js";

/**
 * A statement as it is sent: its text without the line breaks and indentation that make it
 * readable in the source, and the parameters it names. The driver writes a request to Neo4j in
 * 1 400-byte pieces, each a system call, and a statement that names a parameter it does not use
 * still sends it; a page of changes, laid out for reading, took two writes per request where
 * the same work fits in one.
 */
export interface Statement {
  text: string;
  /** The parameter names the text refers to (`$name`). */
  names: ReadonlySet<string>;
}

/**
 * The text with each line break and the blanks around it made one space. Left as written when
 * it holds "//": a line comment would swallow the lines joined after it (and a URL in a
 * literal is not worth telling apart).
 */
export function statementOf(cypher: string): Statement {
  return remembered(statements, cypher, () => {
    const text = cypher.includes("//") ? cypher : cypher.replace(/[ \t]*\n\s*/g, " ").trim();
    return { text, names: new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)) };
  }, 2000);
}
// Statements are built from a bounded set of templates.
const statements = new Map<string, Statement>();

/** Only the parameters the statement refers to. */
export function paramsFor(s: Statement, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(params)) if (s.names.has(k)) out[k] = params[k];
  return out;
}
