// The pause between slices of background work (the end of the index): long enough for a
// message the client sent meanwhile to reach its handler before the next slice starts.

/**
 * Event-loop turns (setImmediate) from a message's bytes being read to its handler having
 * run: vscode-jsonrpc decodes it behind one setImmediate (its read semaphore) and dispatches
 * it behind another (its message queue); immediates queued by an immediate run on the next
 * turn, so a pause of one turn (as before) let two more slices run first.
 */
const TURNS = 3;

/** Resolves once messages already read from the client have been handled (their handlers started). */
export async function yieldToMessages(): Promise<void> {
  for (let i = 0; i < TURNS; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
