// A deterministic synthetic corpus of N releases made from the five samples: the
// figures, place names and dates vary per release, and some releases come as families
// of three languages (made from the three Hunnan versions, varied the same way).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const SAMPLES = path.resolve(__dirname, '..', 'samples');

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Place names to swap in, as [English, simplified, Japanese] triples (invented mixes of real syllables).
const PLACES: [string, string, string][] = [
  ['Qingshan', '青山', '青山'], ['Baiyun', '白云', '白雲'], ['Jinhu', '金湖', '金湖'], ['Songyuan', '松原', '松原'],
  ['Lanxi', '兰溪', '蘭渓'], ['Hexi', '河西', '河西'], ['Donggang', '东港', '東港'], ['Nanhai', '南海', '南海'],
  ['Xishan', '西山', '西山'], ['Fengtai', '丰台', '豊台'], ['Longquan', '龙泉', '龍泉'], ['Yunhe', '云河', '雲河'],
];

interface Template {
  name: string;
  texts: string[];
  languages: string[];
  /** The place names of the template, per language, that get swapped. */
  places: [string, string, string][];
}

function loadTemplates(): { family: Template; singles: Template[] } {
  const read = (f: string) => readFileSync(path.join(SAMPLES, f), 'utf8');
  return {
    family: {
      name: 'hunnan',
      texts: [read('hunnan-2026-conference.en.txt'), read('hunnan-2026-conference.zh.txt'), read('hunnan-2026-conference.ja.txt')],
      languages: ['en', 'zh', 'ja'],
      places: [['Hunnan', '浑南', '渾南'], ['Liaohe', '辽河', '遼河']],
    },
    singles: [
      { name: 'beihu', texts: [read('beihu-future-science-city-2025.ja.txt')], languages: ['ja'], places: [['', '北湖', '北湖'], ['', '長春', '長春']] },
      { name: 'suzhou', texts: [read('suzhou-gba-2021.ja.txt')], languages: ['ja'], places: [['', '蘇州', '蘇州']] },
    ],
  };
}

/** Replaces every ASCII number with a varied one of the same digit count; the same number maps the same way within a release. */
function varyNumbers(text: string, rnd: () => number, map: Map<string, string>): string {
  return text.replace(/\d+/g, (digits) => {
    if (digits.length === 4 && /^(19|20)\d\d$/.test(digits)) return digits; // years are varied separately
    let mapped = map.get(digits);
    if (!mapped) {
      mapped = String(Math.floor(rnd() * 9) + 1) + Array.from({ length: digits.length - 1 }, () => Math.floor(rnd() * 10)).join('');
      map.set(digits, mapped);
    }
    return mapped;
  });
}

function swapPlaces(text: string, language: string, template: Template, replacement: [string, string, string][]): string {
  let out = text;
  template.places.forEach((place, i) => {
    const to = replacement[i % replacement.length];
    // The English name, then the simplified and Japanese forms, wherever they occur.
    if (place[0]) out = out.split(place[0]).join(to[0]);
    out = out.split(place[1]).join(language === 'ja' ? to[2] : to[1]);
    out = out.split(place[2]).join(language === 'zh' ? to[1] : to[2]);
  });
  return out;
}

export interface CorpusFile {
  relativePath: string;
  text: string;
  language: string;
}

/** Builds the corpus in memory: about a third of the files come in families of three. */
export function buildCorpus(n: number, seed = 20261121): CorpusFile[] {
  const { family, singles } = loadTemplates();
  const rnd = random(seed);
  const files: CorpusFile[] = [];
  let release = 0;
  while (files.length < n) {
    const asFamily = files.length + 3 <= n && release % 3 === 0;
    const template = asFamily ? family : singles[release % singles.length];
    const numbers = new Map<string, string>();
    const places = [PLACES[Math.floor(rnd() * PLACES.length)], PLACES[Math.floor(rnd() * PLACES.length)]];
    const yearShift = Math.floor(rnd() * 8);
    template.texts.forEach((text, i) => {
      const language = template.languages[i];
      let varied = swapPlaces(text, language, template, places);
      varied = varyNumbers(varied, rnd, numbers);
      varied = varied.replace(/20(1\d|2\d)/g, (y) => String(Number(y) - yearShift));
      files.push({ relativePath: `releases/${String(release).padStart(5, '0')}-${template.name}.${language}.txt`, text: varied, language });
    });
    release++;
  }
  return files.slice(0, n);
}

export function writeCorpus(dir: string, files: CorpusFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(dir, f.relativePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
}
