import { EventEmitter } from "node:events";
import type { LocalNeo4jConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local-neo4j.js";

export interface SupervisorStatus {
  state: "up" | "restarting" | "stopped";
  pid: number | null;
  restarts: number;
  lastExit: { code: number | null; at: string } | null;
}

/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to (a crash, a
 * kill -9), the exit is logged with its code and the database is started again on the same
 * port, after 1 s, then 2, 4 … up to 30 s between attempts. The driver reconnects by itself
 * once it answers. Emits "exit" (code) and "ready" (pid) for whoever wants to wait on them.
 */
export class LocalNeo4jSupervisor extends EventEmitter {
  private current: LocalNeo4j;
  private stopping = false;
  private readonly info: SupervisorStatus;

  private constructor(private readonly cfg: LocalNeo4jConfig, private readonly log: Logger, first: LocalNeo4j) {
    super();
    this.current = first;
    this.info = { state: "up", pid: first.pid, restarts: 0, lastExit: null };
    this.watch(first);
  }

  static async start(cfg: LocalNeo4jConfig, log: Logger): Promise<LocalNeo4jSupervisor> {
    return new LocalNeo4jSupervisor(cfg, log, await startLocalNeo4j(cfg, log));
  }

  get uri(): string {
    return this.current.uri;
  }

  get pid(): number {
    return this.current.pid;
  }

  status(): SupervisorStatus {
    return { ...this.info };
  }

  async stop(graceMs?: number): Promise<void> {
    this.stopping = true;
    this.info.state = "stopped";
    await this.current.stop(graceMs);
  }

  private watch(local: LocalNeo4j): void {
    void local.exited.then((code) => {
      if (this.stopping) return;
      this.info.state = "restarting";
      this.info.lastExit = { code, at: new Date().toISOString() };
      this.log.error("the local Neo4j exited unexpectedly; restarting it", { exitCode: code, pid: local.pid });
      this.emit("exit", code);
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    for (let delay = 1000; !this.stopping; delay = Math.min(2 * delay, 30_000)) {
      await new Promise((r) => setTimeout(r, delay).unref());
      if (this.stopping) return;
      try {
        const next = await startLocalNeo4j(this.cfg, this.log);
        this.current = next;
        this.info.restarts += 1;
        this.info.state = "up";
        this.info.pid = next.pid;
        this.log.info("the local Neo4j is back", { pid: next.pid, restarts: this.info.restarts });
        this.watch(next);
        this.emit("ready", next.pid);
        return;
      } catch (err) {
        this.log.error("restarting the local Neo4j failed; trying again", { error: String((err as Error).message), nextInMs: Math.min(2 * delay, 30_000) });
      }
    }
  }
}
