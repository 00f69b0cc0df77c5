import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import KeyvRedis from "@keyv/redis";
import Keyv from "keyv";
import type { Logger } from "../logger.js";
import type { RedisConnection } from "./connection.js";

/**
 * The response cache in Redis, shared by every instance: Apollo's KeyvAdapter over Keyv's
 * Redis store, on the instance's one client. A lookup that fails (Redis away, a timeout) is a
 * miss and a store that fails is skipped, so an outage costs the database work, never an error.
 */
export class SharedResponseCache implements KeyValueCache<string> {
  private readonly adapter: KeyvAdapter<string>;

  constructor(
    private readonly conn: RedisConnection,
    private readonly log: Logger,
  ) {
    const keyv = new Keyv<string>({ store: new KeyvRedis(conn.client as never, { throwOnConnectError: false }), namespace: "kg-response" });
    keyv.on("error", (err: unknown) => log.debug("response cache store failed", { error: String((err as Error)?.message ?? err) }));
    // One GET per lookup: the plugin asks for one key per request, so batching buys nothing.
    // KeyvAdapter is CommonJS and typed against keyv's CommonJS build; the object is the same.
    this.adapter = new KeyvAdapter(keyv as never, { disableBatchReads: true });
  }

  async get(key: string): Promise<string | undefined> {
    if (!this.conn.ready) return undefined;
    return this.adapter.get(key).catch(() => undefined);
  }

  async set(key: string, value: string, opts?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.conn.ready) return;
    await this.adapter.set(key, value, opts).catch((e: unknown) => this.log.debug("response cache store failed", { error: String((e as Error)?.message ?? e) }));
  }

  async delete(key: string): Promise<boolean | void> {
    if (!this.conn.ready) return false;
    return this.adapter.delete(key).catch(() => false);
  }
}
