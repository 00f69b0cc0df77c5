import crypto from "node:crypto";
import type { Limits } from "../config.js";
import { remembered } from "../db/bounded-cache.js";
import { badUserInput, limitExceeded } from "./errors.js";

/** What a connection resolver returns; `totalCount` runs only when the field is asked for. */
export interface ConnectionModel<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(item: T): string;
  totalCount(): Promise<number>;
}

/**
 * Keyset cursors: the sort key of the last item seen, not an offset, so a page stays
 * stable when data is added before it. Opaque to clients (base64url JSON).
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, arity: number, argumentPath = "after"): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw new Error("not base64url");
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(`'${argumentPath}' is not a cursor this API issued; use an endCursor or edge cursor from a previous page.`, argumentPath);
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((k) => typeof k === "string" || typeof k === "number")) {
    throw badUserInput(`'${argumentPath}' is not a cursor for this list; cursors cannot be reused across different fields.`, argumentPath);
  }
  return key as (string | number)[];
}

/**
 * What a cursor belongs to: a digest of the field, its filter and its order. A cursor carries
 * it, and one handed back under another filter or order is refused instead of starting the
 * list somewhere in the middle.
 */
export function cursorScope(...parts: unknown[]): string {
  const text = JSON.stringify(parts, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  // Dashboards ask the same few lists again and again. One-shot hashing: a Hash object per call
  // costs more than the digest itself.
  return remembered(scopes, text, () => crypto.hash("sha1", text, "base64url").slice(0, 10), 1000);
}
const scopes = new Map<string, string>();

/** Decodes a cursor made as `[scope, ...key]`, refusing one whose scope differs. */
export function decodeScopedCursor(cursor: string | null | undefined, scope: string, arity: number, argumentPath = "after"): (string | number)[] | null {
  const key = decodeCursor(cursor, arity + 1, argumentPath);
  if (key === null) return null;
  if (key[0] !== scope) {
    throw badUserInput(`'${argumentPath}' belongs to a list with a different filter or order; ask again without it, or with the filter and order it came from.`, argumentPath);
  }
  return key.slice(1);
}

export function pageSize(first: number | null | undefined, limits: Limits, argumentPath = "first"): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (first < 1) throw badUserInput(`'${argumentPath}' must be at least 1, got ${first}.`, argumentPath);
  if (first > limits.maxPageSize) {
    throw limitExceeded(`'${argumentPath}' is ${first}, above the page size limit of ${limits.maxPageSize}; page through with 'after'.`, argumentPath, "maxPageSize", limits.maxPageSize);
  }
  return first;
}

/**
 * A connection over a page fetched with one extra row (which reveals hasNextPage). A class, so
 * a list of 50 nodes each with a page of its own makes 50 objects and no closures; a connection
 * that knows its own cursor and count (an actor's page of flows) extends it.
 */
export abstract class PageConnection<T> implements ConnectionModel<T> {
  readonly items: T[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;

  constructor(rows: T[], size: number, after: unknown) {
    this.items = rows.length > size ? rows.slice(0, size) : rows;
    this.hasNextPage = rows.length > size;
    this.hasPreviousPage = after !== null && after !== undefined;
  }

  abstract cursorOf(item: T): string;
  abstract totalCount(): Promise<number>;
}

class KeyedConnection<T> extends PageConnection<T> {
  constructor(
    rows: T[],
    size: number,
    after: unknown,
    private readonly keyOf: (item: T) => (string | number)[],
    private readonly count: () => Promise<number>,
  ) {
    super(rows, size, after);
  }

  cursorOf(item: T): string {
    return encodeCursor(this.keyOf(item));
  }

  totalCount(): Promise<number> {
    return this.count();
  }
}

/** A connection whose cursor is the sort key `keyOf` gives and whose count `totalCount` works out. */
export function connectionFromRows<T>(rows: T[], size: number, after: unknown, keyOf: (item: T) => (string | number)[], totalCount: () => Promise<number>): ConnectionModel<T> {
  return new KeyedConnection(rows, size, after, keyOf, totalCount);
}

/** An edge whose cursor is encoded only if the query selects it (most list nodes, not cursors). */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly connection: ConnectionModel<T>,
  ) {}
  get cursor(): string {
    return this.connection.cursorOf(this.node);
  }
}

/** Field resolvers shared by every connection type (edges, pageInfo, totalCount). */
export function connectionResolvers<T>() {
  return {
    totalCount: (c: ConnectionModel<T>) => c.totalCount(),
    edges: (c: ConnectionModel<T>) => c.items.map((node) => new Edge(node, c)),
    pageInfo: (c: ConnectionModel<T>) => ({
      hasNextPage: c.hasNextPage,
      hasPreviousPage: c.hasPreviousPage,
      startCursor: c.items.length > 0 ? c.cursorOf(c.items[0]!) : null,
      endCursor: c.items.length > 0 ? c.cursorOf(c.items[c.items.length - 1]!) : null,
    }),
  };
}
