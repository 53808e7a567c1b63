// Validates the development sets: manifests and annotations parse, every materialised
// text matches its manifest, every annotated surface occurs in its text.
//   node --import tsx eval/tools/check-devset.ts
import { loadFamilyAnnotations, loadManifest, loadReleaseAnnotations, locate } from '../devset';

let problems = 0;
const complain = (message: string) => {
  problems++;
  console.error(message);
};

const releases = loadManifest('releases');
const releaseTexts = new Map(releases.map((r) => [r.entry.id, r.text]));
const releaseAnnotations = loadReleaseAnnotations();
for (const r of releases) if (r.text === undefined) complain(`releases/${r.entry.id}: text not materialised`);
for (const [id, a] of releaseAnnotations) {
  const text = releaseTexts.get(id);
  if (!releaseTexts.has(id)) complain(`releases annotation ${id}: not in the manifest`);
  if (text === undefined) continue;
  for (const e of a.entities) if (!text.includes(e.surface)) complain(`releases/${id}: entity surface not in text: ${e.surface}`);
  for (const f of a.figures) if (!locate(text, f.surface, f.occurrence)) complain(`releases/${id}: figure surface #${f.occurrence} not in text: ${f.surface}`);
}

const families = loadManifest('families');
const familyTexts = new Map(families.map((r) => [r.entry.id, r.text]));
for (const r of families) if (r.text === undefined) complain(`families/${r.entry.id}: text not materialised`);
for (const [name, fam] of loadFamilyAnnotations()) {
  for (const v of fam.versions) if (!familyTexts.has(v)) complain(`family ${name}: version ${v} not in the manifest`);
  for (const fact of fam.facts) {
    for (const [v, s] of Object.entries(fact.surfaces)) {
      const text = familyTexts.get(v);
      if (text !== undefined && !locate(text, s.surface, s.occurrence)) complain(`family ${name}, fact ${fact.fact}: surface #${s.occurrence} not in ${v}: ${s.surface}`);
    }
  }
  for (const e of fam.entities) {
    for (const [v, surfaces] of Object.entries(e.surfaces)) {
      const text = familyTexts.get(v);
      for (const s of surfaces) if (text !== undefined && !text.includes(s)) complain(`family ${name}, entity ${e.entity}: not in ${v}: ${s}`);
    }
  }
}

const byLang = (list: typeof releases) => list.reduce<Record<string, number>>((acc, r) => ((acc[r.entry.lang] = (acc[r.entry.lang] ?? 0) + 1), acc), {});
console.log(`releases: ${releases.length} ${JSON.stringify(byLang(releases))}, annotated ${releaseAnnotations.size}; families: ${loadFamilyAnnotations().size} (${families.length} versions ${JSON.stringify(byLang(families))})`);
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
