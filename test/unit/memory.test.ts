import { describe, expect, it } from "vitest";
import { planMemory } from "../../src/neo4j/memory.js";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe("planMemory", () => {
  it("when the store is the curated graph's few MB on a 16 GB machine, then it keeps the former 1 GiB heap and a page cache of about 256 MB", () => {
    const plan = planMemory({ storeBytes: 5 * MiB, machineBytes: 16 * GiB });
    expect(plan).toMatchObject({ heap: "1026m", heapFrom: "sized", pageCacheFrom: "sized", storeMb: 5, machineMb: 16384 });
    expect(plan.pageCacheMb).toBe(262);
  });

  it("when the store is 4 GB on a 24 GB machine, then the page cache holds the whole store with room to grow", () => {
    const plan = planMemory({ storeBytes: 4 * GiB, machineBytes: 24 * GiB });
    expect(plan.heap).toBe("3072m");
    expect(plan.pageCacheMb).toBeGreaterThan(4 * 1024 * 1.2);
  });

  it("when the machine is too small for the store, then heap and page cache share what is left after the reserve, never more", () => {
    const plan = planMemory({ storeBytes: 20 * GiB, machineBytes: 8 * GiB });
    const heapMb = Number(plan.heap.slice(0, -1));
    expect(heapMb + plan.pageCacheMb).toBeLessThanOrEqual(8 * 1024 - 1024 - 512);
    expect(plan.pageCacheMb).toBeGreaterThan(heapMb);
  });

  it("when NEO4J_LOCAL_HEAP or NEO4J_LOCAL_PAGECACHE_MB is set, then that value is kept and said to come from there", () => {
    expect(planMemory({ storeBytes: 4 * GiB, machineBytes: 24 * GiB, heap: "2g", pageCacheMb: 300 })).toMatchObject({ heap: "2g", pageCacheMb: 300, heapFrom: "NEO4J_LOCAL_HEAP", pageCacheFrom: "NEO4J_LOCAL_PAGECACHE_MB" });
    const heapOnly = planMemory({ storeBytes: 4 * GiB, machineBytes: 24 * GiB, heap: "2g" });
    expect(heapOnly.pageCacheFrom).toBe("sized");
    expect(heapOnly.pageCacheMb).toBeGreaterThan(4 * 1024);
  });
});
