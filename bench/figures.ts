// The figure pass alone (normalisation + recognition; no kuromoji): the five samples
// repeated to about 5 MB. Target: at least 5 MB/s.
// Standalone: node --import tsx bench/figures.ts
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { recognizeFigures } from '../server/src/core/figures';

const SAMPLES = path.resolve(__dirname, '..', 'samples');
const TARGET_BYTES = 5_000_000;

export async function benchFigures(): Promise<{ mbPerSecond: number; bytes: number; ms: number }> {
  const texts = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
  // Documents of sample size, as the engine sees them (one call per document).
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const t of texts) {
      docs.push(t);
      bytes += Buffer.byteLength(t);
    }
  }
  // warm-up
  for (const t of texts) recognizeFigures(t);
  let best = Infinity;
  let figures = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    figures = 0;
    for (const d of docs) figures += recognizeFigures(d, { referenceYear: 2026 }).length;
    best = Math.min(best, performance.now() - started);
  }
  if (figures === 0) throw new Error('figure pass found nothing');
  return { mbPerSecond: bytes / 1e6 / (best / 1000), bytes, ms: best };
}

if (require.main === module) {
  void benchFigures().then((r) => {
    console.log(`figure pass: ${(r.bytes / 1e6).toFixed(2)} MB in ${r.ms.toFixed(0)} ms = ${r.mbPerSecond.toFixed(1)} MB/s (target ≥ 5 MB/s)`);
  });
}
