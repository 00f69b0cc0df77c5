import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../src/db/values.js";

describe("driver values to plain values", () => {
  it("when integers are safe, then they become numbers; when they are not, then they stay exact BigInts", () => {
    expect(toPlain(42n)).toBe(42);
    expect(toPlain(-(2n ** 53n) + 1n)).toBe(-(2 ** 53) + 1);
    expect(toPlain(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(toPlain(neo4j.int(7))).toBe(7);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe(9007199254740993n);
  });

  it("when lists and maps nest, then every value inside is converted, in the same list and map", () => {
    const row = { a: [1n, { b: [2n, "x", null, undefined] }], c: true };
    const inner = row.a[1] as { b: unknown[] };
    const out = toPlain(row) as typeof row;
    expect(out).toEqual({ a: [1, { b: [2, "x", null, null] }], c: true });
    // Converted in place: the driver's fresh decoding is reused, not copied.
    expect(out).toBe(row);
    expect(out.a[1]).toBe(inner);
  });

  it("when a value is a date, node or frozen driver object, then it becomes a string or a plain map and the driver object is unchanged", () => {
    expect(toPlain(new neo4j.types.Date(2012, 6, 30))).toBe("2012-06-30");
    const node = new neo4j.types.Node(1n, ["Actor"], { id: "no:ministry:hod", number: 3n });
    expect(toPlain(node)).toEqual({ id: "no:ministry:hod", number: 3 });
    const duration = new neo4j.types.Duration(1n, 2n, 3n, 4n);
    const plain = toPlain(duration) as Record<string, unknown>;
    expect(plain).toEqual({ months: 1, days: 2, seconds: 3, nanoseconds: 4 });
    expect(plain).not.toBe(duration);
    expect(Object.isFrozen(duration)).toBe(true);
  });
});
