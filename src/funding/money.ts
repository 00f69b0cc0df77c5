import type { MoneyModel } from "./funding.model.js";

const big = (v: number | bigint | string) => BigInt(v);

/** Exact sum; callers guarantee one currency. */
export function sumMoney(values: readonly (number | bigint | string)[], currency: string): MoneyModel {
  return { value: values.reduce<bigint>((s, v) => s + big(v), 0n).toString(), currency };
}

export function subtractMoney(a: number | bigint | string, b: number | bigint | string, currency: string): MoneyModel {
  return { value: (big(a) - big(b)).toString(), currency };
}

/** A Decimal that is a whole, non-negative amount ("100000000", also "100000000.00"). */
export const WHOLE_AMOUNT = /^\d+(\.0*)?$/;

/** A Decimal already checked against WHOLE_AMOUNT, as an exact integer. */
export const wholeAmount = (d: string): bigint => BigInt(d.replace(/\.0*$/, ""));

/** An ISO 4217 currency code, the one pattern every input of money is checked against. */
export const CURRENCY = /^[A-Z]{3}$/;
export const CURRENCY_HINT = "an ISO 4217 code such as NOK or DKK";
