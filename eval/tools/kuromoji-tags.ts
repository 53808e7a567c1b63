// node --import tsx eval/tools/kuromoji-tags.ts
// Measures kuromoji's own proper-noun tags (固有名詞 組織 / 地域 / 一般) against the ja dev set.
import * as kuromoji from 'kuromoji';
import * as path from 'node:path';
import { loadManifest, loadReleaseAnnotations, locateAllMentions } from '../devset';
const dicPath = path.join(__dirname, '..', '..', 'node_modules', 'kuromoji', 'dict');
kuromoji.builder({ dicPath }).build((err, tok) => {
  if (err) throw err;
  const ann = loadReleaseAnnotations();
  const stats: Record<string, { tokens: number; inGold: number; goldHit: Set<string> }> = {};
  let goldOrg = 0;
  const goldOrgHit: Record<string, number> = {};
  for (const r of loadManifest('releases')) {
    if (r.entry.lang !== 'ja' || !r.text || !ann.has(r.entry.id)) continue;
    const gold = locateAllMentions(r.text, ann.get(r.entry.id)!.entities);
    const toks = tok.tokenize(r.text);
    let off = 0;
    const spans = toks.map((t) => { const s = { t, start: off, end: off + t.surface_form.length }; off += t.surface_form.length; return s; });
    for (const g of gold) {
      if (g.annotation.type !== 'organization') continue;
      goldOrg++;
      for (const d2 of ['組織', '地域', '一般', '人名']) {
        if (spans.some((s) => s.t.pos_detail_1 === '固有名詞' && s.t.pos_detail_2 === d2 && s.start >= g.start && s.end <= g.end)) goldOrgHit[d2] = (goldOrgHit[d2] ?? 0) + 1;
      }
    }
    for (const s of spans) {
      if (s.t.pos_detail_1 !== '固有名詞') continue;
      const k = s.t.pos_detail_2;
      stats[k] ??= { tokens: 0, inGold: 0, goldHit: new Set() };
      stats[k].tokens++;
      if (gold.some((g) => g.start < s.end && s.start < g.end)) stats[k].inGold++;
    }
  }
  console.log('ja gold organisation mentions', goldOrg, 'containing a token tagged', goldOrgHit);
  for (const [k, v] of Object.entries(stats)) console.log(`固有名詞 ${k}: ${v.tokens} tokens, ${v.inGold} inside a gold mention (${(v.inGold / v.tokens).toFixed(2)})`);
});
