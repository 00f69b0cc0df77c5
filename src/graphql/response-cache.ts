import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { RequestContext } from "./request-context.js";
import { cachePolicyPlugin } from "./cache-policy.js";

/**
 * A counter in every cache key: a mutation moves it on, so no read cached before the write
 * is served after it. Reads that began before the write may still store their (older)
 * answer, but under the old number, where nothing will look for it again. `current()` is
 * null when the counter is unknown (a shared one whose store is away): the cache is skipped.
 */
export interface Generation {
  current(): Promise<number | null>;
  bump(): Promise<void>;
}

/** The counter of a single instance. */
export class LocalGeneration implements Generation {
  private n = 0;
  async current(): Promise<number> {
    return this.n;
  }
  async bump(): Promise<void> {
    this.n += 1;
  }
}

/**
 * Anonymous queries are answered from the cache (Apollo's in-memory LRU, or `cache`, shared by
 * several instances) for the shortest maxAge of what they select (`@cacheControl` per type,
 * `seconds` for the rest). Callers with a key always read the
 * database: they are the ones who write, and must see their writes at once.
 */
export function responseCachePlugins(seconds: number, generation: Generation, cache?: KeyValueCache<string>): ApolloServerPlugin<RequestContext>[] {
  if (seconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  // The counter is read once per request, and the key, the read and the store all use that reading.
  const readings = new WeakMap<RequestContext, Promise<number | null>>();
  const generationOf = (rc: { contextValue: RequestContext }) => {
    let g = readings.get(rc.contextValue);
    if (!g) readings.set(rc.contextValue, (g = generation.current()));
    return g;
  };
  const cacheable = async (rc: { contextValue: RequestContext }) => rc.contextValue.principal === null && (await generationOf(rc)) !== null;
  return [
    // Apollo's own cache-control plugin hooks every field; the policy is worked out from the
    // document instead (cache-policy.ts). No Cache-Control headers either way: a browser or
    // CDN copy could not be cleared by a write.
    ApolloServerPluginCacheControlDisabled(),
    cachePolicyPlugin(seconds),
    responseCachePlugin<RequestContext>({
      ...(cache ? { cache } : {}),
      shouldReadFromCache: cacheable,
      shouldWriteToCache: cacheable,
      extraCacheKeyData: generationOf,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse(rc) {
            // Also after a failed mutation: a batch may have been partly checked, never partly
            // written, but clearing costs only a few cold reads. Awaited, so that when the
            // write's answer arrives no instance serves what was cached before it.
            if (rc.operation?.operation === "mutation") await generation.bump();
          },
        };
      },
    },
  ];
}
