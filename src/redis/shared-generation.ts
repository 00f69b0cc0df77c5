import type { RedisConnection } from "./connection.js";

/**
 * The response cache's write counter, kept in Redis so that a write through any instance moves
 * every instance's cache keys on before the write returns (`bump` is awaited by the mutation).
 *
 * `current()` answers null whenever the counter cannot be trusted, and the cache is then
 * neither read nor written: while Redis is away, and after a bump failed, until this instance
 * has bumped again. Every (re)connection bumps once, so answers cached before an outage (when
 * some instance may have written without being able to say so) are never served after it.
 */
export class SharedGeneration {
  private trusted = false;

  constructor(
    private readonly conn: RedisConnection,
    private readonly key = "kg:response-generation",
  ) {
    conn.onReady(() => this.resync());
    if (conn.ready) void this.resync().catch(() => undefined);
  }

  private async resync(): Promise<number> {
    const n = await this.conn.client.incr(this.key);
    this.trusted = true;
    return n;
  }

  async current(): Promise<number | null> {
    if (!this.conn.ready) return null;
    try {
      if (!this.trusted) return await this.resync();
      const raw = await this.conn.client.get(this.key);
      return raw === null ? await this.resync() : Number(raw);
    } catch {
      // A failed read may be an outage that others wrote through: bump before trusting again.
      this.trusted = false;
      return null;
    }
  }

  async bump(): Promise<void> {
    try {
      await this.conn.client.incr(this.key);
    } catch {
      // Not said to the others yet: this instance stops using the cache until it has.
      this.trusted = false;
    }
  }
}
