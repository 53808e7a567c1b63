// Long computations of the workspace view (linking) are written once, as generators that
// yield between small pieces of work: run through at once (runSteps) they are the plain
// function; run in slices (Slicer) they let requests in between, with the same result.

/** A computation that yields now and then (a few hundred microseconds of work apart); it returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` through at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Slices of about `sliceMs`: whenever one ran that long, `pause` is awaited (the event loop
 * serves what is pending), then `valid` says whether the work is still wanted.
 */
export class Slicer<Step extends string = string> {
  private sliceStart = performance.now();

  constructor(
    private readonly pause: (step: Step) => Promise<void>,
    private readonly sliceMs: number,
    private readonly valid: () => boolean,
  ) {}

  /** Pauses if the slice is over; false when the work is no longer wanted. */
  async step(name: Step): Promise<boolean> {
    if (performance.now() - this.sliceStart < this.sliceMs) return true;
    await this.pause(name);
    this.sliceStart = performance.now();
    return this.valid();
  }

  /** Runs `steps` across slices; undefined (the generator closed) when the work stopped being wanted. */
  async run<T>(name: Step, steps: Steps<T>): Promise<{ value: T } | undefined> {
    for (;;) {
      const next = steps.next();
      if (next.done) return { value: next.value };
      // A pause only when the slice is over: most yields cost a clock read.
      if (performance.now() - this.sliceStart < this.sliceMs) continue;
      if (!(await this.step(name))) {
        steps.return(undefined as T);
        return undefined;
      }
    }
  }
}

/** Comparisons between two yields of sortInSteps. */
const COMPARISONS_PER_STEP = 2048;
/** Runs sorted at once before the merges: short enough to be a small part of a step. */
const RUN = 32;

/**
 * Sorts `items` in place, in steps: a merge sort, stable, so the order is the one
 * Array.prototype.sort gives with the same (consistent) `compare`. Sorting an archive's
 * entities at once takes tens of milliseconds.
 */
export function* sortInSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length;
  let work = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const run = items.slice(lo, lo + RUN).sort(compare);
    for (let k = 0; k < run.length; k++) items[lo + k] = run[k];
    if ((work += RUN * 5) >= COMPARISONS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  let from = items;
  let to = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // The left one first on a tie: stable.
        to[k] = i < mid && (j >= hi || compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (++work >= COMPARISONS_PER_STEP) {
          work = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let k = 0; k < n; k++) items[k] = from[k];
  return items;
}
