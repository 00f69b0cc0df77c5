import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { Params } from "../db/database.js";
import type { Projection } from "../db/projection.js";
import type { RequestContext } from "../graphql/request-context.js";
import { selectedFields } from "../graphql/selection.js";
import type { ActorModel } from "./actor.model.js";
import { actorKey, type ActorLoaders } from "./actor.loaders.js";
import { actorProjection } from "./actor.projection.js";
import type { ActorRepository } from "./actor.repository.js";

/**
 * A list read another domain adds to the statement that reads a page of actors, so a page of
 * 50 actors with their flows is one statement, not two. `body` is the body of a CALL on each
 * actor `a` that returns `items`; its parameter names must start with the domain's own prefix.
 * `deliver` hands each actor's items to that domain (its loaders, with `prime`).
 */
export interface NestedRead {
  body: string;
  params: Params;
  deliver(actorIds: readonly string[], items: readonly unknown[][]): void;
}

export interface ActorContext extends RequestContext {
  actors: ActorRepository;
  loaders: ActorLoaders;
  /**
   * What other domains can read with a page of actors: each offers a NestedRead for the list's
   * nodes at `nodePath`, or null when their selection has nothing for it. The wiring fills it.
   */
  actorListReadAhead: readonly ((info: GraphQLResolveInfo, nodePath: readonly string[]) => NestedRead | null)[];
}

/** The actor a record refers to, read as far as the field resolving it selects; a missing one means the graph is damaged. */
export async function referencedActor(id: string, ctx: Pick<ActorContext, "loaders">, info: GraphQLResolveInfo, projection?: Projection): Promise<ActorModel> {
  const a = await ctx.loaders.actorById.load(actorKey(id, projection ?? actorProjection.forFields(selectedFields(info))));
  if (!a) throw new GraphQLError(`Actor ${id} referenced by a record is missing from the graph.`);
  return a;
}

/** The GraphQL object types that present actors (see actorTypeName). */
export const ACTOR_TYPES = ["Organisation", "Person", "Municipality", "Territory", "Collective"] as const;

/** The same fields on every actor type: how a domain adds its own fields to Actor. */
export const onEveryActorType = <F>(fields: F): Record<(typeof ACTOR_TYPES)[number], F> =>
  Object.fromEntries(ACTOR_TYPES.map((t) => [t, fields])) as Record<(typeof ACTOR_TYPES)[number], F>;
