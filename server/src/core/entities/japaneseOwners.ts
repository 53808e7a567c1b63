import type { EntityMention } from '../types';

// Japanese releases name a company's site with the company's name in front (X九州工場,
// X中央研究所, Xテクノロジーセンター): where the text also names that company on its own,
// the front of the site's name is a mention of the company too, nested in the site's.

/** The owner's name is two characters or more, and the site's name goes on after it with a word of its own. */
const MIN_OWNER = 2;

export function japaneseSiteOwners(mentions: readonly EntityMention[]): EntityMention[] {
  const owners = new Map<string, EntityMention>();
  for (const m of mentions) if (m.type === 'organization' && m.text.length >= MIN_OWNER && !owners.has(m.text)) owners.set(m.text, m);
  if (!owners.size) return [];
  const out: EntityMention[] = [];
  for (const site of mentions) {
    if (site.type !== 'project' && site.type !== 'lab') continue;
    // the longest organisation name the site's name starts with
    let owner: EntityMention | undefined;
    for (let n = Math.min(site.text.length - 1, 40); n >= MIN_OWNER && !owner; n--) owner = owners.get(site.text.slice(0, n));
    if (!owner) continue;
    const rest = site.text.slice(owner.text.length);
    // the rest is a name of its own: kanji, kana or Latin, not a particle or a bracket (X(同)…)
    if (!/^[\u3400-\u9fff\u30a0-\u30ffA-Za-z]/u.test(rest) || /^[\u30a0-\u30ff]/u.test(rest) && /[\u30a0-\u30ff]$/u.test(owner.text)) continue;
    const end = site.start + owner.text.length;
    if (mentions.some((m) => m.start === site.start && m.end === end) || out.some((m) => m.start === site.start && m.end === end)) continue;
    out.push({ start: site.start, end, text: owner.text, type: 'organization', id: owner.id, source: 'pattern' });
  }
  return out;
}
