import type { MoneyModel } from "./funding.model.js";

const big = (v: number | bigint | string) => BigInt(v);

/** Exact sum; callers guarantee one currency. */
export function sumMoney(values: readonly (number | bigint | string)[], currency: string): MoneyModel {
  return { value: values.reduce<bigint>((s, v) => s + big(v), 0n).toString(), currency };
}

export function subtractMoney(a: number | bigint | string, b: number | bigint | string, currency: string): MoneyModel {
  return { value: (big(a) - big(b)).toString(), currency };
}
