/** An exact decimal m × 10^e, so that 52.2亿 is 52200000000 and not 52200000000.000004. */
export interface Dec {
  m: bigint;
  e: number;
}

export const ZERO: Dec = { m: 0n, e: 0 };

export function dec(m: bigint | number, e = 0): Dec {
  return { m: typeof m === 'bigint' ? m : BigInt(m), e };
}

export function isZero(a: Dec): boolean {
  return a.m === 0n;
}

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

export function add(a: Dec, b: Dec): Dec {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  if (a.e === b.e) return { m: a.m + b.m, e: a.e };
  if (a.e > b.e) return { m: a.m * pow10(a.e - b.e) + b.m, e: b.e };
  return { m: a.m + b.m * pow10(b.e - a.e), e: a.e };
}

export function mul(a: Dec, b: Dec): Dec {
  return { m: a.m * b.m, e: a.e + b.e };
}

export function shift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

export function toNumber(a: Dec): number {
  return Number(`${a.m}e${a.e}`);
}

/** Is the value an integer? */
export function isInteger(a: Dec): boolean {
  if (a.e >= 0) return true;
  return a.m % pow10(-a.e) === 0n;
}
