/**
 * A Spanish stemmer after the Snowball algorithm (Porter's Spanish stemmer). Its job
 * here is consistency, not linguistics: lexicon keys and text tokens go through the
 * same function, so "reunirá", "reunirse" and "reunión" meet at one stem.
 */

const VOWELS = 'aeiouáéíóúü';

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.includes(c);
}

/** R1 or R2: the region after the first non-vowel that follows a vowel. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

/** RV, as the Snowball definition gives it for Spanish. */
function regionRV(word: string): number {
  if (word.length < 2) return word.length;
  if (!isVowel(word[1])) {
    for (let i = 2; i < word.length; i++) if (isVowel(word[i])) return i + 1;
    return word.length;
  }
  if (isVowel(word[0]) && isVowel(word[1])) {
    for (let i = 2; i < word.length; i++) if (!isVowel(word[i])) return i + 1;
    return word.length;
  }
  return Math.min(3, word.length);
}

const byLength = (a: string, b: string): number => b.length - a.length;

const PRONOUNS = ['selas', 'selos', 'sela', 'selo', 'las', 'les', 'los', 'nos', 'me', 'se', 'la', 'le', 'lo'].sort(byLength);
const BEFORE_PRONOUN = ['iéndo', 'ándo', 'ár', 'ér', 'ír', 'ando', 'iendo', 'ar', 'er', 'ir', 'yendo'];

const STEP1: readonly (readonly [string[], (w: string, s: string, r1: number, r2: number) => string | null])[] = [
  [
    ['anza', 'anzas', 'ico', 'ica', 'icos', 'icas', 'ismo', 'ismos', 'able', 'ables', 'ible', 'ibles', 'ista', 'istas', 'oso', 'osa', 'osos', 'osas', 'amiento', 'amientos', 'imiento', 'imientos'],
    (w, s, _r1, r2) => (w.length - s.length >= r2 ? w.slice(0, -s.length) : null),
  ],
  [
    ['adora', 'ador', 'ación', 'adoras', 'adores', 'aciones', 'ante', 'antes', 'ancia', 'ancias'],
    (w, s, _r1, r2) => {
      if (w.length - s.length < r2) return null;
      const out = w.slice(0, -s.length);
      return out.endsWith('ic') && out.length - 2 >= r2 ? out.slice(0, -2) : out;
    },
  ],
  [['logía', 'logías'], (w, s, _r1, r2) => (w.length - s.length >= r2 ? w.slice(0, -s.length) + 'log' : null)],
  [['ución', 'uciones'], (w, s, _r1, r2) => (w.length - s.length >= r2 ? w.slice(0, -s.length) + 'u' : null)],
  [['encia', 'encias'], (w, s, _r1, r2) => (w.length - s.length >= r2 ? w.slice(0, -s.length) + 'ente' : null)],
  [
    ['amente'],
    (w, s, r1, r2) => {
      if (w.length - s.length < r1) return null;
      let out = w.slice(0, -s.length);
      if (out.endsWith('iv') && out.length - 2 >= r2) {
        out = out.slice(0, -2);
        if (out.endsWith('at') && out.length - 2 >= r2) out = out.slice(0, -2);
      } else {
        for (const p of ['os', 'ic', 'ad']) if (out.endsWith(p) && out.length - 2 >= r2) return out.slice(0, -2);
      }
      return out;
    },
  ],
  [
    ['mente'],
    (w, s, _r1, r2) => {
      if (w.length - s.length < r2) return null;
      const out = w.slice(0, -s.length);
      for (const p of ['ante', 'able', 'ible']) if (out.endsWith(p) && out.length - p.length >= r2) return out.slice(0, -p.length);
      return out;
    },
  ],
  [
    ['idad', 'idades'],
    (w, s, _r1, r2) => {
      if (w.length - s.length < r2) return null;
      const out = w.slice(0, -s.length);
      for (const p of ['abil', 'ic', 'iv']) if (out.endsWith(p) && out.length - p.length >= r2) return out.slice(0, -p.length);
      return out;
    },
  ],
  [
    ['iva', 'ivo', 'ivas', 'ivos'],
    (w, s, _r1, r2) => {
      if (w.length - s.length < r2) return null;
      const out = w.slice(0, -s.length);
      return out.endsWith('at') && out.length - 2 >= r2 ? out.slice(0, -2) : out;
    },
  ],
];

const STEP1_SUFFIXES = STEP1.flatMap(([list], i) => list.map(s => [s, i] as const)).sort((a, b) => b[0].length - a[0].length);

/**
 * A suffix list split by the suffix's last letter, each part in the list's order: a
 * word is only tried against the suffixes that end as it does, which finds the same
 * first match as walking the whole list.
 */
function byLastLetter<T>(list: readonly T[], suffix: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const last = suffix(item).slice(-1);
    const part = out.get(last);
    if (part) part.push(item);
    else out.set(last, [item]);
  }
  return out;
}

const NONE: readonly never[] = [];

const STEP2A = ['ya', 'ye', 'yan', 'yen', 'yeron', 'yendo', 'yo', 'yó', 'yas', 'yes', 'yais', 'yamos'].sort(byLength);
const STEP2B_GU = ['en', 'es', 'éis', 'emos'];
const STEP2B = [
  'arían', 'arías', 'arán', 'arás', 'aríais', 'aría', 'aréis', 'aríamos', 'aremos', 'ará', 'aré',
  'erían', 'erías', 'erán', 'erás', 'eríais', 'ería', 'eréis', 'eríamos', 'eremos', 'erá', 'eré',
  'irían', 'irías', 'irán', 'irás', 'iríais', 'iría', 'iréis', 'iríamos', 'iremos', 'irá', 'iré',
  'aba', 'ada', 'ida', 'ía', 'ara', 'iera', 'ad', 'ed', 'id', 'ase', 'iese', 'aste', 'iste', 'an',
  'aban', 'ían', 'aran', 'ieran', 'asen', 'iesen', 'aron', 'ieron', 'ado', 'ido', 'ando', 'iendo',
  'ió', 'ar', 'er', 'ir', 'as', 'abas', 'adas', 'idas', 'ías', 'aras', 'ieras', 'ases', 'ieses', 'ís',
  'áis', 'abais', 'íais', 'arais', 'ierais', 'aseis', 'ieseis', 'asteis', 'isteis', 'ados', 'idos',
  'amos', 'ábamos', 'íamos', 'imos', 'áramos', 'iéramos', 'iésemos', 'ásemos',
];
const STEP2B_ALL = [...STEP2B_GU.map(s => [s, true] as const), ...STEP2B.map(s => [s, false] as const)].sort((a, b) => b[0].length - a[0].length);

const PRONOUNS_BY_LAST = byLastLetter(PRONOUNS, s => s);
const STEP1_BY_LAST = byLastLetter(STEP1_SUFFIXES, ([s]) => s);
const STEP2A_BY_LAST = byLastLetter(STEP2A, s => s);
const STEP2B_BY_LAST = byLastLetter(STEP2B_ALL, ([s]) => s);

const ACCENTS: Readonly<Record<string, string>> = {á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u'};

function stripAccents(word: string): string {
  return word.replace(/[áéíóú]/g, c => ACCENTS[c] ?? c);
}

const cache = new Map<string, string>();

/** The stem of a Spanish word (lowercased, accents removed at the end). */
export function stemEs(input: string): string {
  const lower = input.toLowerCase();
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const out = stemUncached(lower);
  if (cache.size > 200_000) cache.clear();
  cache.set(lower, out);
  return out;
}

function stemUncached(word0: string): string {
  let word = word0;
  if (word.length < 3) return stripAccents(word);
  const rv = regionRV(word);
  const r1 = regionAfter(word, 0);
  const r2 = r1 < word.length ? regionAfter(word, r1) : word.length;

  // Step 0: a pronoun attached to an infinitive or gerund.
  for (const p of PRONOUNS_BY_LAST.get(word.slice(-1)) ?? NONE) {
    if (!word.endsWith(p) || word.length - p.length < rv) continue;
    const rest = word.slice(0, -p.length);
    const before = BEFORE_PRONOUN.find(b => rest.endsWith(b));
    if (!before) break;
    if (before === 'yendo' && !rest.slice(0, -5).endsWith('u')) break;
    word = rest.slice(0, -before.length) + stripAccents(before);
    break;
  }

  // Step 1: standard suffixes.
  let changed = false;
  for (const [suffix, idx] of STEP1_BY_LAST.get(word.slice(-1)) ?? NONE) {
    if (!word.endsWith(suffix)) continue;
    const rule = STEP1[idx];
    const out = rule ? rule[1](word, suffix, r1, r2) : null;
    if (out !== null) {
      word = out;
      changed = true;
    }
    break;
  }

  if (!changed) {
    // Step 2a: verb suffixes beginning with y, after u.
    for (const s of STEP2A_BY_LAST.get(word.slice(-1)) ?? NONE) {
      if (word.endsWith(s) && word.length - s.length >= rv && word.slice(0, -s.length).endsWith('u')) {
        word = word.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  if (!changed) {
    // Step 2b: other verb suffixes.
    for (const [s, gu] of STEP2B_BY_LAST.get(word.slice(-1)) ?? NONE) {
      if (!word.endsWith(s) || word.length - s.length < rv) continue;
      word = word.slice(0, -s.length);
      if (gu && word.endsWith('gu')) word = word.slice(0, -1);
      break;
    }
  }

  // Step 3: residual suffix.
  for (const s of ['os', 'a', 'o', 'á', 'í', 'ó']) {
    if (word.endsWith(s) && word.length - s.length >= rv) {
      word = word.slice(0, -s.length);
      break;
    }
  }
  for (const s of ['e', 'é']) {
    if (word.endsWith(s) && word.length - s.length >= rv) {
      word = word.slice(0, -s.length);
      if (word.endsWith('gu') && word.length - 1 >= rv) word = word.slice(0, -1);
      break;
    }
  }
  return stripAccents(word);
}
