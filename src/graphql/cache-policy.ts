import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isUnionType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface CacheHint {
  maxAge?: number;
  scope?: "PUBLIC" | "PRIVATE";
}

interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/**
 * The cache policy of an operation, worked out from its document and the schema's
 * `@cacheControl` hints once per document, not per field per request.
 *
 * Apollo's cache-control plugin computes the same policy as the fields resolve: it hooks every
 * field, which makes Apollo wrap every resolver in the schema (and keeps graphql-jit from
 * reading a plain property without a call). Here each selected field contributes what Apollo's
 * rules give it: its type's hint, then its own; a field returning an object or list of objects
 * without a hint (unless it inherits), and every root field, gets `defaultMaxAge`; plain
 * values add nothing. The answer is the shortest maxAge and the narrowest scope of them all.
 *
 * It may be stricter than Apollo's, never looser: Apollo counts only fields that ran, this
 * counts every field the operation names, including under @skip, under fragments for types
 * that did not occur, and below nulls and empty lists. None of this schema's resolvers sets
 * a hint at run time (there is no `setCacheHint` to miss).
 */
export function createCachePolicy(schema: GraphQLSchema, defaultMaxAge: number) {
  const typeHints = new Map<string, Annotation>();
  const fieldHints = new Map<string, Annotation>();
  const typeHint = (t: GraphQLCompositeType) => memo(typeHints, t.name, () => annotation([t.astNode, ...(t.extensionASTNodes ?? [])].flatMap((n) => n?.directives ?? [])));
  const byDocument = new WeakMap<DocumentNode, Map<string, CacheHint>>();

  function policyOf(document: DocumentNode, operationName: string | null | undefined): CacheHint {
    let byName = byDocument.get(document);
    const hit = byName?.get(operationName ?? "");
    if (hit) return hit;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    let operation: OperationDefinitionNode | undefined;
    for (const d of document.definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) operation ??= d;
    }
    const policy: CacheHint = {};
    // Validation forbids cycles; `spread` keeps a fragment used twice from being walked twice.
    const spread = new Set<string>();
    const walk = (parent: GraphQLCompositeType, set: SelectionSetNode, atRoot: boolean): void => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.INLINE_FRAGMENT) {
          const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
          if (on && isCompositeType(on)) walk(on, sel.selectionSet, atRoot);
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments[sel.name.value];
          if (!fragment || spread.has(fragment.name.value)) continue;
          spread.add(fragment.name.value);
          const on = schema.getType(fragment.typeCondition.name.value);
          if (on && isCompositeType(on)) walk(on, fragment.selectionSet, atRoot);
        } else if (!sel.name.value.startsWith("__") && !isUnionType(parent)) {
          // (Introspection and __typename are answered by the executor, not by schema fields.)
          const field = parent.getFields()[sel.name.value];
          if (!field) continue;
          const target = getNamedType(field.type);
          // On an interface the field runs on whichever type the object has: each may hint.
          for (const owner of isInterfaceType(parent) ? [parent, ...schema.getPossibleTypes(parent)] : [parent]) {
            restrict(policy, fieldPolicy(owner, sel.name.value, target, atRoot));
          }
          if (sel.selectionSet && isCompositeType(target)) walk(target, sel.selectionSet, false);
        }
      }
    };
    const root = operation ? schema.getRootType(operation.operation) : undefined;
    if (operation && root) walk(root, operation.selectionSet, true);
    if (!byName) byDocument.set(document, (byName = new Map()));
    byName.set(operationName ?? "", policy);
    return policy;
  }

  /** Apollo's rule for one field: its type's hint, then its own, else the default where due. */
  function fieldPolicy(owner: GraphQLObjectType | GraphQLInterfaceType, name: string, target: GraphQLNamedType, atRoot: boolean): CacheHint {
    const hint: CacheHint = {};
    let inherit = false;
    if (isCompositeType(target)) {
      const t = typeHint(target);
      replace(hint, t);
      inherit = !!t.inheritMaxAge;
    }
    const f = memo(fieldHints, `${owner.name}.${name}`, () => annotation(owner.getFields()[name]?.astNode?.directives ?? []));
    if (f.inheritMaxAge && hint.maxAge === undefined) {
      inherit = true;
      replace(hint, { scope: f.scope });
    } else {
      replace(hint, f);
    }
    if (hint.maxAge === undefined && ((isCompositeType(target) && !inherit) || atRoot)) hint.maxAge = defaultMaxAge;
    return hint;
  }

  return { policyOf };
}

function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope === "PRIVATE") policy.scope = "PRIVATE";
}

/** Apollo's CachePolicy.replace: what the hint states overrides, what it leaves out stays. */
function replace(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

function annotation(directives: readonly ConstDirectiveNode[]): Annotation {
  const d = directives.find((x) => x.name.value === "cacheControl");
  if (!d) return {};
  const args = Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
  return {
    maxAge: typeof args.maxAge === "number" ? args.maxAge : undefined,
    scope: args.scope === "PRIVATE" || args.scope === "PUBLIC" ? args.scope : undefined,
    inheritMaxAge: args.inheritMaxAge === true,
  };
}

function memo<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** Sets each executed operation's cache policy from its document (see createCachePolicy). */
export function cachePolicyPlugin<T extends object>(defaultMaxAge: number): ApolloServerPlugin<T> {
  let policy: ReturnType<typeof createCachePolicy>;
  return {
    async serverWillStart({ schema }) {
      policy = createCachePolicy(schema, defaultMaxAge);
    },
    async requestDidStart() {
      return {
        // Only on a miss: a cached answer brings its own policy and skips execution.
        async executionDidStart(rc) {
          rc.overallCachePolicy.restrict(policy.policyOf(rc.document, rc.operationName));
        },
      };
    },
  };
}
