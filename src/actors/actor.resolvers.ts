import type { Resolvers } from "../graphql/generated/types.js";
import { connectionFromRows, connectionResolvers, cursorScope, decodeScopedCursor, pageSize } from "../graphql/pagination.js";
import { checkDateRange } from "../graphql/date-range.js";
import { actorTypeName, type ActorModel } from "./actor.model.js";
import { selectedFields } from "../graphql/selection.js";
import { actorKey } from "./actor.loaders.js";
import { actorProjection } from "./actor.projection.js";
import { onEveryActorType, type ActorContext } from "./actor.context.js";

// Actor's own fields. Other domains add theirs (funding, relations, evidence) with onEveryActorType.
const actorFields = {
  officialId: (a: ActorModel) => (a.officialId && a.officialIdScheme ? { scheme: a.officialIdScheme, value: a.officialId } : null),
  validity: (a: ActorModel) => ({
    validFrom: a.validFrom,
    validFromPrecision: a.validFromPrecision,
    validTo: a.validTo,
    validToPrecision: a.validToPrecision,
    note: a.validityNote,
    knownFrom: a.validFrom,
    openStart: a.validFrom === null,
  }),
};

export const actorResolvers: Resolvers<ActorContext> = {
  Query: {
    actor: (_p, { id }, ctx, info) => ctx.loaders.actorById.load(actorKey(id, actorProjection.forFields(selectedFields(info)))),
    actors: async (_p, { filter, first, after }, ctx, info) => {
      checkDateRange(filter?.during, "filter.during");
      const size = pageSize(first, ctx.limits);
      const scope = cursorScope("actors", filter ?? null);
      const key = decodeScopedCursor(after, scope, 2) as [string, string] | null;
      const projection = actorProjection.forFields(selectedFields(info, ["edges", "node"]));
      // At most one other domain's list is read ahead: the first that offers one.
      let nested = null;
      for (const offer of ctx.actorListReadAhead) if ((nested = offer(info, ["edges", "node"]))) break;
      const { actors: rows, items } = await ctx.actors.page(filter, key, size + 1, projection, nested);
      if (nested && items) nested.deliver(rows.map((a) => a.id), items);
      for (const a of rows) ctx.loaders.actorById.prime(actorKey(a.id, projection), a);
      return connectionFromRows(rows, size, after, (a) => [scope, a.name, a.id], () => ctx.actors.count(filter));
    },
  },
  Actor: {
    __resolveType: (a) => actorTypeName(a.kind),
  },
  ActorConnection: {
    ...connectionResolvers<ActorModel>(),
  },
  ...onEveryActorType(actorFields),
  Municipality: { ...actorFields, number: (a) => a.number ?? a.officialId ?? "" },
  Collective: { ...actorFields, memberKind: (a) => a.memberKind },
};
