import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** What the embedded Neo4j is started with, and where each number came from. */
export interface MemoryPlan {
  heap: string;
  pageCacheMb: number;
  heapFrom: "NEO4J_LOCAL_HEAP" | "sized";
  pageCacheFrom: "NEO4J_LOCAL_PAGECACHE_MB" | "sized";
  storeMb: number;
  machineMb: number;
}

/**
 * Sizes the embedded Neo4j the way `neo4j-admin server memory-recommendation` reasons: first set
 * memory aside for the operating system (and here for this Node process, which shares the
 * machine), then give the heap what queries need, then give the page cache the store with room
 * to grow, since a page cache smaller than the store turns index seeks into disk reads. A value
 * set in the environment is kept as given.
 *
 * - reserve: max(1 GiB, 10% of the machine) for the OS, plus 512 MiB for Node;
 * - heap: 1 GiB plus half the store, at most a third of what is left and at most 8 GiB;
 * - page cache: 1.2 × the store plus 256 MiB, at most what is left after the heap.
 * The curated graph (a few MB) gets 1 GiB and about 260 MB, as before; a store of a few GB
 * gets a page cache that holds it.
 */
export function planMemory(opts: { storeBytes: number; machineBytes: number; heap?: string; pageCacheMb?: number }): MemoryPlan {
  const { storeBytes, machineBytes } = opts;
  const reserve = Math.max(GiB, machineBytes * 0.1) + 512 * MiB;
  const left = Math.max(640 * MiB, machineBytes - reserve);
  const sizedHeapMb = Math.floor(clamp(GiB + storeBytes / 2, 512 * MiB, Math.min(8 * GiB, Math.max(512 * MiB, left / 3))) / MiB);
  const heapMb = opts.heap ? bytesOf(opts.heap) / MiB : sizedHeapMb;
  const sizedPageCacheMb = Math.floor(clamp(storeBytes * 1.2 + 256 * MiB, 128 * MiB, Math.max(128 * MiB, left - heapMb * MiB)) / MiB);
  return {
    heap: opts.heap ?? `${sizedHeapMb}m`,
    pageCacheMb: opts.pageCacheMb ?? sizedPageCacheMb,
    heapFrom: opts.heap ? "NEO4J_LOCAL_HEAP" : "sized",
    pageCacheFrom: opts.pageCacheMb !== undefined ? "NEO4J_LOCAL_PAGECACHE_MB" : "sized",
    storeMb: Math.round(storeBytes / MiB),
    machineMb: Math.round(machineBytes / MiB),
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

/** "512m", "2g" → bytes (the forms config.ts accepts). */
function bytesOf(size: string): number {
  const n = Number(size.slice(0, -1));
  return size.toLowerCase().endsWith("g") ? n * GiB : n * MiB;
}

/** The memory this process may use: the machine's, or the container's limit when that is lower (cgroup v2, then v1). */
export function machineMemoryBytes(): number {
  const total = os.totalmem();
  for (const file of ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"]) {
    try {
      const limit = Number(fs.readFileSync(file, "utf8").trim());
      if (Number.isFinite(limit) && limit > 0 && limit < total) return limit;
    } catch {
      /* not in a cgroup with a limit */
    }
  }
  return total;
}

/**
 * Bytes of the store files under an embedded Neo4j's home (0 for a new home): what the page
 * cache caches. Transaction logs (data/transactions) are only appended to and are left out.
 */
export function storeBytes(home: string): number {
  const walk = (dir: string): number => {
    let sum = 0;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return 0;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) sum += walk(p);
      else if (e.isFile()) sum += fs.statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    }
    return sum;
  };
  return walk(path.join(home, "data", "databases"));
}
