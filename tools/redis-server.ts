import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A real redis-server (Debian's package) on a loopback port. It keeps its data in an
 * append-only file written on every command, so a restart comes back with what it held, as a
 * production Redis with persistence does: stale entries survive an outage.
 */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server and resolves when its process has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data (after `stop`), resolving when it accepts connections. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  remove(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });

function launch(port: number, dir: string): Promise<ChildProcess> {
  const bin = process.env.REDIS_SERVER_PATH ?? "redis-server";
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no"];
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("error", (e) => reject(new Error(`could not start ${bin} (apt-get install redis-server): ${e.message}`)));
    child.once("exit", (code) => reject(new Error(`${bin} exited with ${code} before it was ready:\n${out}`)));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("Ready to accept connections")) resolve(child);
    });
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-redis-"));
  let child = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopped(child),
    restart: async () => {
      child = await launch(port, dir);
    },
    remove: async () => {
      await stopped(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
