import { ENTITY_TYPES, type Bound, type Unit } from '../types';

// Every unit and bound as a value, for formats that list them (brat's annotation.conf,
// the JSON schemas). Records, so that a new unit or bound fails to compile until it is here.
const UNIT_SET: Record<Unit, true> = {
  km2: true, m2: true, ha: true, mu: true, mi2: true, ft2: true, acre: true, tsubo: true, km: true, m: true, mi: true, ft: true,
  CNY: true, JPY: true, USD: true, HKD: true, TWD: true, KRW: true, SGD: true, EUR: true, INR: true, GBP: true, percent: true,
  count: true, rank: true, date: true, year: true, 'year-duration': true, pflops: true, number: true,
};
const BOUND_SET: Record<Bound, true> = { exact: true, atLeast: true, over: true, approx: true, atMost: true, under: true };

export const UNITS = Object.keys(UNIT_SET) as [Unit, ...Unit[]];
export const BOUNDS = Object.keys(BOUND_SET) as [Bound, ...Bound[]];
export const ENTITY_TYPE_NAMES = [...ENTITY_TYPES] as [(typeof ENTITY_TYPES)[number], ...(typeof ENTITY_TYPES)[number][]];
