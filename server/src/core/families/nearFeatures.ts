// A version with a typo in one figure is still a version: the tool is there to find that
// typo, so the family must not fall apart over it. A re-issue or a translation that
// states few figures (an event date and an area) would otherwise lose half its evidence
// to one changed digit (489 / 488 km², July 2 / July 3).

/** Two feature keys one digit apart: "area:489" / "area:488", "date:7-2" / "date:7-3". */
export function typoKeys(a: string, b: string): boolean {
  const ca = a.indexOf(':');
  const cb = b.indexOf(':');
  if (ca < 0 || a.slice(0, ca) !== b.slice(0, cb)) return false;
  const va = a.slice(ca + 1);
  const vb = b.slice(cb + 1);
  if (a.startsWith('date:')) {
    const [ma, da] = va.split('-');
    const [mb, db] = vb.split('-');
    return (ma === mb && oneDigit(da, db)) || (da === db && oneDigit(ma, mb));
  }
  return oneDigit(va, vb);
}

/** Same length, one digit different, nothing else. */
function oneDigit(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!/\d/.test(a[i]) || !/\d/.test(b[i]) || ++diff > 1) return false;
  }
  return diff === 1;
}

/**
 * A feature of `a` that `b` states with one digit changed (among the features neither
 * shares), and its weight (the smaller of the two). One only: a version is allowed one
 * typo, and the pair must still share nearly everything else (see computeFamilies).
 * Only features of at least `minWeight` on both sides: an event date or a figure written
 * with three or more digits; round ones (70 / 40 billion, 12 / 13) are a digit apart by
 * chance, not by a typo.
 */
export function typoFeature(a: Map<string, number>, b: Map<string, number>, minWeight: number): { key: string; weight: number } | undefined {
  let found: { key: string; weight: number } | undefined;
  for (const [ka, wa] of a) {
    if (wa < minWeight || b.has(ka) || ka.startsWith('dateline:')) continue;
    for (const [kb, wb] of b) {
      if (wb < minWeight || a.has(kb) || !typoKeys(ka, kb)) continue;
      const weight = Math.min(wa, wb);
      if (!found || weight > found.weight) found = { key: ka, weight };
    }
  }
  return found;
}

/** The two share a feature of at least `minWeight` exactly (an event date, a precise figure). */
export function shareStrong(a: Map<string, number>, b: Map<string, number>, minWeight: number): boolean {
  for (const [k, w] of a) if (w >= minWeight && !k.startsWith('dateline:') && (b.get(k) ?? 0) >= minWeight) return true;
  return false;
}
