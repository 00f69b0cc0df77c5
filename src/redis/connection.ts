import { createClient } from "@redis/client";
import type { Logger } from "../logger.js";

export type RedisClient = ReturnType<typeof createClient>;

/**
 * The one Redis client an instance shares between its response cache, rate limiter and write
 * counter. Commands never queue while Redis is away (`disableOfflineQueue`) and each has a
 * short timeout, so an outage costs a request a failed lookup, not a hang: callers treat a
 * failed command as "no shared state" and carry on.
 */
export class RedisConnection {
  readonly client: RedisClient;
  /** What callers owe Redis after an outage, redone on every (re)connection. */
  private readonly readyListeners: (() => Promise<unknown>)[] = [];
  private closed = false;

  private constructor(
    readonly url: string,
    private readonly log: Logger,
    readonly commandTimeoutMs: number,
  ) {
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: commandTimeoutMs },
      socket: {
        connectTimeout: 2000,
        // Keep trying, at most every 2 s: the instance serves without Redis meanwhile.
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000),
      },
    });
    let lost = false;
    this.client.on("error", (err: Error) => {
      // node-redis emits an error per failed reconnect; one line per outage is enough.
      if (!lost) this.log.warn("redis unreachable; serving without the shared cache until it is back", { url: redact(url), error: err.message });
      lost = true;
    });
    this.client.on("ready", () => {
      if (lost) this.log.info("redis back", { url: redact(url) });
      lost = false;
      void this.runReadyListeners();
    });
  }

  /**
   * Connects, waiting at most `waitMs` for the first answer. An unreachable Redis does not stop
   * the instance from starting: the client keeps reconnecting in the background.
   */
  static async open(url: string, log: Logger, opts: { waitMs?: number; commandTimeoutMs?: number } = {}): Promise<RedisConnection> {
    const conn = new RedisConnection(url, log, opts.commandTimeoutMs ?? 500);
    const connecting = conn.client.connect().then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([connecting, new Promise<false>((r) => setTimeout(() => r(false), opts.waitMs ?? 3000).unref())]);
    if (ok) log.info("redis connected", { url: redact(url) });
    return conn;
  }

  get ready(): boolean {
    return this.client.isReady;
  }

  /** Runs `fn` on every (re)connection, in order, from the next one on. */
  onReady(fn: () => Promise<unknown>): void {
    this.readyListeners.push(fn);
  }

  private async runReadyListeners(): Promise<void> {
    for (const fn of this.readyListeners) {
      await fn().catch((e: unknown) => this.log.warn("redis reconnect step failed", { error: String((e as Error)?.message ?? e) }));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // A client still reconnecting has no socket to say goodbye on.
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else if (this.client.isOpen) this.client.destroy();
  }
}

/** A URL without its password, for logs. */
export const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
