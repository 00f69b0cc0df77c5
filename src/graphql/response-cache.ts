import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { RequestContext } from "./request-context.js";
import { cachePolicyPlugin } from "./cache-policy.js";

/**
 * A counter in every cache key: a mutation moves it on, so no read cached before the write
 * is served after it. Reads that began before the write may still store their (older)
 * answer, but under the old number, where nothing will look for it again.
 */
export class DataGeneration {
  private n = 0;
  get value(): number {
    return this.n;
  }
  bump(): void {
    this.n += 1;
  }
}

/**
 * Anonymous queries are answered from memory for the shortest maxAge of what they select
 * (`@cacheControl` per type, `seconds` for the rest). Callers with a key always read the
 * database: they are the ones who write, and must see their writes at once.
 */
export function responseCachePlugins(seconds: number, generation: DataGeneration): ApolloServerPlugin<RequestContext>[] {
  if (seconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  const anonymous = async (rc: { contextValue: RequestContext }) => rc.contextValue.principal === null;
  return [
    // Apollo's own cache-control plugin hooks every field; the policy is worked out from the
    // document instead (cache-policy.ts). No Cache-Control headers either way: a browser or
    // CDN copy could not be cleared by a write.
    ApolloServerPluginCacheControlDisabled(),
    cachePolicyPlugin(seconds),
    responseCachePlugin<RequestContext>({
      shouldReadFromCache: anonymous,
      shouldWriteToCache: anonymous,
      extraCacheKeyData: async () => generation.value,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse(rc) {
            // Also after a failed mutation: a batch may have been partly checked, never partly
            // written, but clearing costs only a few cold reads.
            if (rc.operation?.operation === "mutation") generation.bump();
          },
        };
      },
    },
  ];
}
