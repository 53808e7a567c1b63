// Validates the development sets: manifests and annotations parse, every materialised
// text matches its manifest, every annotated surface occurs in its text.
//   node --import tsx eval/tools/check-devset.ts
import { type DevText, FAMILY_SETS, loadFamilyAnnotations, loadManifest, loadReleaseAnnotations, locate } from '../devset';

const byLang = (list: DevText[]) => list.reduce<Record<string, number>>((acc, r) => ((acc[r.entry.lang] = (acc[r.entry.lang] ?? 0) + 1), acc), {});
let problems = 0;
const complain = (message: string) => {
  problems++;
  console.error(message);
};

const releases = loadManifest('releases');
const releaseAnnotations = loadReleaseAnnotations();
const heldout = loadManifest('heldout');
const heldoutAnnotations = loadReleaseAnnotations('heldout');
for (const [set, list, annotations] of [['releases', releases, releaseAnnotations], ['heldout', heldout, heldoutAnnotations]] as const) {
  const texts = new Map(list.map((r) => [r.entry.id, r.text]));
  for (const r of list) if (r.text === undefined) complain(`${set}/${r.entry.id}: text not materialised`);
  for (const [id, a] of annotations) {
    const text = texts.get(id);
    if (!texts.has(id)) complain(`${set} annotation ${id}: not in the manifest`);
    if (text === undefined) continue;
    for (const e of a.entities) if (!text.includes(e.surface)) complain(`${set}/${id}: entity surface not in text: ${e.surface}`);
    for (const f of a.figures) if (!locate(text, f.surface, f.occurrence)) complain(`${set}/${id}: figure surface #${f.occurrence} not in text: ${f.surface}`);
  }
}
if (heldout.length && releases.length) {
  const devUrls = new Set([...releases, ...loadManifest('families')].map((r) => r.entry.url));
  for (const r of heldout) if (devUrls.has(r.entry.url)) complain(`heldout/${r.entry.id}: url is in a development set: ${r.entry.url}`);
}

const familyCounts: string[] = [];
for (const set of FAMILY_SETS) {
  const families = loadManifest(set);
  const annotations = loadFamilyAnnotations(set);
  const familyTexts = new Map(families.map((r) => [r.entry.id, r.text]));
  for (const r of families) if (r.text === undefined) complain(`${set}/${r.entry.id}: text not materialised`);
  for (const [name, fam] of annotations) {
    for (const v of fam.versions) if (!familyTexts.has(v)) complain(`${set} family ${name}: version ${v} not in the manifest`);
    for (const fact of fam.facts) {
      for (const [v, s] of Object.entries(fact.surfaces)) {
        if (!fam.versions.includes(v)) complain(`${set} family ${name}, fact ${fact.fact}: ${v} is not one of its versions`);
        const text = familyTexts.get(v);
        if (text !== undefined && !locate(text, s.surface, s.occurrence)) complain(`${set} family ${name}, fact ${fact.fact}: surface #${s.occurrence} not in ${v}: ${s.surface}`);
      }
    }
    for (const e of fam.entities) {
      for (const [v, surfaces] of Object.entries(e.surfaces)) {
        if (!fam.versions.includes(v)) complain(`${set} family ${name}, entity ${e.entity}: ${v} is not one of its versions`);
        const text = familyTexts.get(v);
        for (const s of surfaces) if (text !== undefined && !text.includes(s)) complain(`${set} family ${name}, entity ${e.entity}: not in ${v}: ${s}`);
      }
    }
  }
  familyCounts.push(`${set}: ${annotations.size} (${families.length} versions ${JSON.stringify(byLang(families))})`);
}
// Held-out families share no text with the sets the engines were tuned on (nor with the held-out releases).
const tunedUrls = new Set([...releases, ...heldout, ...loadManifest('families')].map((r) => r.entry.url));
for (const r of loadManifest('heldout-families')) if (tunedUrls.has(r.entry.url)) complain(`heldout-families/${r.entry.id}: url is in another set: ${r.entry.url}`);

console.log(`releases: ${releases.length} ${JSON.stringify(byLang(releases))}, annotated ${releaseAnnotations.size}; heldout: ${heldout.length} ${JSON.stringify(byLang(heldout))}, annotated ${heldoutAnnotations.size}; ${familyCounts.join('; ')}`);
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
