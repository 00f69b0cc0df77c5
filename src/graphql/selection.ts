import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

// The executor (graphql-js and graphql-jit alike) hands every object of a list the same
// fieldNodes array, so a list of 250 flows works out its selection once, not 250 times.
const memo = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields selected below the resolving field, after following `path` (for a
 * connection: `edges`, `node`). Fragments and inline fragments of every type condition are
 * merged, and @skip/@include are not evaluated: a property read too many costs a few bytes,
 * one read too few would answer null for data that exists.
 */
export function selectedFields(info: Info, path: readonly string[] = []): ReadonlySet<string> {
  const key = path.join(".");
  let byPath = memo.get(info.fieldNodes);
  const hit = byPath?.get(key);
  if (hit) return hit;
  const names = new Set(fieldNodesAt(info, path).map((f) => f.name.value));
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  byPath.set(key, names);
  return names;
}

/**
 * A selected field's arguments as its resolver will get them, variables filled in (for a
 * read-ahead that answers that field before it resolves; its arguments have no defaults to apply).
 */
export function argumentsOf<T>(node: FieldNode, info: Pick<GraphQLResolveInfo, "variableValues">): T {
  return Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])) as T;
}

/** The field nodes selected at `path` below the resolving field (all of them, aliases and fragments included). */
export function fieldNodesAt(info: Info, path: readonly string[]): FieldNode[] {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = fieldsOf(sets, info).flatMap((f) => (f.name.value === step && f.selectionSet ? [f.selectionSet] : []));
  }
  return fieldsOf(sets, info);
}

/** The field nodes directly in these selection sets, fragments flattened. */
function fieldsOf(sets: readonly SelectionSetNode[], info: Info, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf([sel.selectionSet], info, seen));
      else if (!seen.has(sel.name.value)) {
        // Validation forbids fragment cycles; `seen` only keeps a repeated spread from being walked twice.
        seen.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment) out.push(...fieldsOf([fragment.selectionSet], info, seen));
      }
    }
  }
  return out;
}
