import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { ExecutorKind } from "../config.js";


export interface ExecuteArgs {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: unknown;
}

export type Execute = (args: ExecuteArgs) => ExecutionResult | Promise<ExecutionResult>;

interface Entry {
  uses: number;
  /** Compiled plans by operation name ("" for the only one); null: graphql-jit declined it. */
  plans: Map<string, CompiledQuery | null>;
}

/**
 * Runs validated operations. "graphql-js" is the reference executor. "jit" compiles an
 * operation into a JavaScript function with graphql-jit once the same parsed document has
 * been run `compileAfter` times, then runs that: a page of 50 actors with their flows has
 * some 2 000 fields, and graphql-js walks and checks each one; the compiled function does
 * not. A document used once is not worth compiling (compiling costs a few executions), and
 * any operation graphql-jit cannot compile runs on graphql-js. So does a request whose
 * variables graphql-jit refuses: it is refused before anything runs, and graphql-js's own
 * coercion errors point at the variable definition, which Apollo turns into a 400.
 *
 * Compiled plans hang off the DocumentNode in a WeakMap, so they live exactly as long as
 * Apollo's parsed-document cache keeps the document: no second cache to bound.
 */
export function createExecutor(schema: GraphQLSchema, kind: ExecutorKind, opts: { compileAfter?: number; onCompile?: (operationName: string | null, compiled: boolean) => void } = {}): Execute {
  const compileAfter = opts.compileAfter ?? 2;
  const reference: Execute = (a) => execute({ schema, document: a.document, operationName: a.operationName, variableValues: a.variableValues, contextValue: a.contextValue });
  if (kind === "graphql-js") return reference;
  const entries = new WeakMap<DocumentNode, Entry>();
  return (a) => {
    let entry = entries.get(a.document);
    if (!entry) entries.set(a.document, (entry = { uses: 0, plans: new Map() }));
    entry.uses += 1;
    if (entry.uses < compileAfter) return reference(a);
    const name = a.operationName ?? "";
    let plan = entry.plans.get(name);
    if (plan === undefined) {
      const compiled = compileQuery(schema, a.document, a.operationName ?? undefined);
      plan = isCompiledQuery(compiled) ? compiled : null;
      entry.plans.set(name, plan);
      opts.onCompile?.(a.operationName ?? null, plan !== null);
    }
    if (!plan) return reference(a);
    const result = plan.query(undefined, a.contextValue, a.variableValues ?? {});
    const settle = (r: ExecutionResult) => (r.data === undefined && r.errors?.length ? reference(a) : withGraphQLErrors(r));
    return result instanceof Promise ? result.then(settle) : settle(result);
  };
}

/**
 * graphql-jit reports errors as look-alikes of GraphQLError whose properties are read-only;
 * Apollo's plugins (Armor's suggestion filter among them) rewrite messages in place and would
 * throw. Each becomes a graphql-js GraphQLError with the same message, locations, path,
 * cause and extensions.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    if (e.locations) Object.assign(error, { locations: e.locations });
    return error;
  });
  return { ...result, errors };
}
