/**
 * The broad bilingual dictionary: senses of tens of thousands of source words, each
 * with its part of speech, its labels (where it is used, the field it belongs to, how
 * it sounds) and its renderings, derived from the English Wiktionary by
 * scripts/build-dictionary.mjs. It serves as a `Lexicon` (stems to stems, for linking
 * words) and answers sense questions: which senses a word has, and which of them a
 * given rendering belongs to, so a check can tell a rendering of the sports sense
 * where the context needs the finance one.
 *
 * The file stays one string: it is sorted by lookup key, so a word is found by binary
 * search over the offsets of its headword lines, and a stem by the range of headwords
 * that start with it. Nothing is stemmed or split until a word is asked for, which
 * keeps loading to one pass over the text.
 *
 * A hand-written layer (the pair's own lexicon and false friends) goes over it: its
 * renderings come first, and the renderings its false friends call wrong are taken
 * out of the dictionary's senses.
 */
import {buildLexicon, renderingStems, termWords, type EntryLexicon, type Lexicon, type LexiconEntry, type LexiconPhrase} from './lexicon.js';
import {foldAccents, type LanguageProfile} from './profile.js';

/** Parts of speech, as the dictionary file writes them. */
export const PARTS_OF_SPEECH = ['n', 'v', 'adj', 'adv', 'prep', 'pron', 'conj', 'interj', 'num', 'prop', 'phrase', 'det', 'abbr', 'other'] as const;
/** A part of speech: noun, verb, adjective, adverb, preposition, pronoun, conjunction, interjection, numeral, proper noun, phrase, determiner, abbreviation, other. */
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** Region labels: where a sense is used. "River Plate" stands for Argentina and Uruguay. */
export const REGION_LABELS = [
  'Mexico', 'River Plate', 'Paraguay', 'Chile', 'Colombia', 'Peru', 'Venezuela', 'Ecuador', 'Bolivia', 'Cuba', 'Puerto Rico',
  'Dominican Republic', 'Caribbean', 'Central America', 'Latin America', 'Andes', 'Spain', 'Philippines', 'Brazil', 'Portugal',
  'Africa', 'France', 'Quebec', 'Canada', 'Belgium', 'Switzerland', 'US', 'UK', 'Australia',
] as const;
/** Domain labels: the field a sense belongs to. */
export const DOMAIN_LABELS = [
  'finance', 'sports', 'law', 'weather', 'politics', 'military', 'medicine', 'computing', 'religion', 'music', 'nautical', 'aviation',
  'anatomy', 'botany', 'zoology', 'biology', 'chemistry', 'mathematics', 'physics', 'grammar', 'cooking', 'agriculture', 'geology',
  'geography', 'astronomy', 'education', 'media', 'arts', 'transport', 'architecture', 'games', 'heraldry', 'mythology',
] as const;
/** Register labels: how a sense sounds. Archaic, obsolete and rare senses are not in the dictionary at all. */
export const REGISTER_LABELS = [
  'colloquial', 'slang', 'vulgar', 'pejorative', 'formal', 'literary', 'dated', 'historical', 'figurative', 'idiomatic', 'euphemistic', 'humorous', 'childish',
] as const;

/** A region label. */
export type RegionLabel = (typeof REGION_LABELS)[number];
/** A domain label. */
export type DomainLabel = (typeof DOMAIN_LABELS)[number];
/** A register label. */
export type RegisterLabel = (typeof REGISTER_LABELS)[number];
/** Any label a sense may carry. */
export type SenseLabel = RegionLabel | DomainLabel | RegisterLabel;
/** What a label says about a sense. */
export type LabelKind = 'region' | 'domain' | 'register';

const KINDS: ReadonlyMap<string, LabelKind> = new Map<string, LabelKind>([
  ...REGION_LABELS.map(l => [l, 'region'] as const),
  ...DOMAIN_LABELS.map(l => [l, 'domain'] as const),
  ...REGISTER_LABELS.map(l => [l, 'register'] as const),
]);

/** Whether a label names a region, a domain or a register; undefined for a label the dictionary does not use. */
export function labelKind(label: string): LabelKind | undefined {
  return KINDS.get(label);
}

/** Where a sense comes from. */
export type SenseOrigin =
  /** The pair's hand-written lexicon: it overrides the dictionary and carries no labels. */
  | 'lexicon'
  /** The dictionary of this direction. */
  | 'dictionary'
  /** The dictionary of the other direction, read backwards. */
  | 'reverse';

/** One sense of a source word. */
export interface DictionarySense {
  /** The entry's headword as the data write it (a lemma, or an expression). */
  readonly headword: string;
  /** Its part of speech; null for a hand-written entry, which does not say. */
  readonly pos: PartOfSpeech | null;
  /** Its labels (see `labelKind`); empty for a sense with none. */
  readonly labels: readonly SenseLabel[];
  /** Its target-language renderings, words or short expressions, most usual first. */
  readonly renderings: readonly string[];
  /** Whether the renderings are English infinitives written without their "to". */
  readonly infinitive: boolean;
  /** Where the sense comes from. */
  readonly origin: SenseOrigin;
}

/** A bilingual dictionary: a lexicon that also knows each word's senses. */
export interface BilingualDictionary extends Lexicon {
  /**
   * The senses of a source word (any case, inflected or not): those of its own entry
   * when the dictionary has one, else those of the entries that share its stem;
   * hand-written senses first. Empty when nothing knows the word.
   */
  senses(sourceWord: string): readonly DictionarySense[];
  /**
   * The senses of a source word that a target word or expression renders (matched by
   * stem: "shares" renders the sense whose rendering is "share"). Empty when none does,
   * which is not the same as a wrong sense: the rendering may be free.
   */
  sensesRendering(sourceWord: string, target: string): readonly DictionarySense[];
  /** How many senses the dictionary holds. */
  readonly senseCount: number;
}

/** The hand-written knowledge that goes over the dictionary. */
export interface DictionaryOverrides {
  /** The pair's own lexicon entries: their renderings come first. */
  readonly entries: readonly LexiconEntry[];
  /**
   * Source words and the renderings that betray them: those renderings are taken out
   * of the dictionary's senses of the word. A false friend bound to a context
   * (`onlyBefore`) stays, since elsewhere the rendering is right.
   */
  readonly falseFriends: readonly {readonly source: string; readonly wrong: readonly string[]; readonly onlyBefore?: readonly string[]}[];
}

/** The parsed shape of a dictionary file: the text and where each headword's lines start. */
interface DictionaryText {
  readonly text: string;
  /** Offset of each headword line; one more entry, the text's end. */
  readonly heads: Int32Array;
  /** How many headwords. */
  readonly count: number;
  /** How many sense lines. */
  readonly senses: number;
}

/**
 * The index of a dictionary file: one pass over its lines. Header lines start with
 * `#`; a line that starts with a tab is another sense of the headword above.
 */
function indexText(text: string): DictionaryText {
  const heads: number[] = [];
  let senses = 0;
  let at = 0;
  while (at < text.length && text.charCodeAt(at) === 35 /* # */) {
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length : nl + 1;
  }
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) {
      senses++;
      if (text.charCodeAt(at) !== 9 /* tab */) heads.push(at);
    }
    at = end + 1;
  }
  const out = new Int32Array(heads.length + 1);
  out.set(heads);
  out[heads.length] = text.length;
  return {text, heads: out, count: heads.length, senses};
}

/** Stems of a source text's words, remembered: a document asks about the same words again and again. */
function stemCache(profile: LanguageProfile): (word: string) => string {
  const cache = new Map<string, string>();
  return word => {
    let s = cache.get(word);
    if (s === undefined) {
      s = profile.stem(word);
      if (cache.size > 200_000) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
}

/** One sense line of a headword; null when it has no rendering. */
function parseSense(headword: string, line: string): DictionarySense | null {
  const fields = line.split('\t');
  const [posField = '', labelField = '', renderingField = ''] = fields.slice(1);
  const slash = posField.indexOf('/');
  const pos = (slash < 0 ? posField : posField.slice(0, slash)) as PartOfSpeech;
  const flags = slash < 0 ? '' : posField.slice(slash + 1);
  const renderings = renderingField.split('|').filter(Boolean);
  if (!renderings.length) return null;
  return {
    headword,
    pos,
    labels: labelField ? (labelField.split(',') as SenseLabel[]) : [],
    renderings,
    infinitive: flags.includes('t'),
    origin: flags.includes('r') ? 'reverse' : 'dictionary',
  };
}

const folds = new Map<number, string>();

/** One UTF-16 code unit folded as `foldAccents` folds text: lowercase, marks removed. */
function foldChar(code: number): string {
  let f = folds.get(code);
  if (f === undefined) {
    f = foldAccents(String.fromCharCode(code));
    folds.set(code, f);
  }
  return f;
}

/** The longest ending a stemmer takes off a lemma, in letters. */
const MAX_ENDING = 8;

/** Looks words up in one dictionary file, without any layer over it. */
class DictionaryFile {
  private readonly sensesAt = new Map<number, readonly DictionarySense[]>();
  private readonly byStem = new Map<string, {readonly single: readonly number[]; readonly multi: readonly number[]}>();
  private readonly stem: (word: string) => string;

  constructor(
    private readonly data: DictionaryText,
    source: LanguageProfile,
  ) {
    this.stem = stemCache(source);
  }

  get count(): number {
    return this.data.count;
  }

  get senseCount(): number {
    return this.data.senses;
  }

  /** The headword of entry i. */
  headword(i: number): string {
    const start = this.data.heads[i]!;
    return this.data.text.slice(start, this.data.text.indexOf('\t', start));
  }

  /** The senses of entry i. */
  senses(i: number): readonly DictionarySense[] {
    let out = this.sensesAt.get(i);
    if (out) return out;
    const headword = this.headword(i);
    const block = this.data.text.slice(this.data.heads[i]!, this.data.heads[i + 1]!);
    const list: DictionarySense[] = [];
    for (const line of block.split('\n')) {
      const sense = line ? parseSense(headword, line) : null;
      if (sense) list.push(sense);
    }
    out = list;
    this.sensesAt.set(i, out);
    return out;
  }

  /**
   * Compares entry i's key (its headword folded as `foldAccents` folds it) with a key,
   * reading the text in place: a search makes no strings. With `prefix`, an entry whose
   * key starts with the given one compares equal.
   */
  private compareKey(i: number, key: string, prefix = false): number {
    const text = this.data.text;
    let at = this.data.heads[i]!;
    let k = 0;
    for (;;) {
      const c = text.charCodeAt(at++);
      if (c === 9 /* tab */ || Number.isNaN(c)) return k < key.length ? -1 : 0;
      if (prefix && k >= key.length) return 0;
      if (c < 128) {
        if (k >= key.length) return 1;
        const d = (c >= 65 && c <= 90 ? c + 32 : c) - key.charCodeAt(k++);
        if (d !== 0) return d;
        continue;
      }
      const f = foldChar(c);
      for (let j = 0; j < f.length; j++) {
        if (k >= key.length) return prefix ? 0 : 1;
        const d = f.charCodeAt(j) - key.charCodeAt(k++);
        if (d !== 0) return d;
      }
    }
  }

  /** The first entry whose key is not below `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.data.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entries whose headword is the word, in any case. */
  exact(word: string): number[] {
    const key = foldAccents(word);
    const lower = word.toLowerCase();
    const out: number[] = [];
    const folded: number[] = [];
    for (let i = this.lowerBound(key); i < this.data.count; i++) {
      if (this.compareKey(i, key) !== 0) break;
      const h = this.headword(i);
      if (h.toLowerCase() === lower) out.push(i);
      else folded.push(i);
    }
    // Only an accent apart ("mas" written for "más") counts when nothing matches exactly.
    return out.length ? out : folded;
  }

  /**
   * Entries whose one word has this stem (single), and expressions whose first word
   * has it (multi). A stem is a prefix of its lemma once accents are folded, but for a
   * final "y" that stemmers change: the search runs over the headwords that start with
   * the stem, and checks each.
   */
  withStem(stem: string): {readonly single: readonly number[]; readonly multi: readonly number[]} {
    let hit = this.byStem.get(stem);
    if (hit) return hit;
    const folded = foldAccents(stem);
    const single: number[] = [];
    const multi: number[] = [];
    const scan = (prefix: string): void => {
      for (let i = this.lowerBound(prefix); i < this.data.count; i++) {
        if (this.compareKey(i, prefix, true) !== 0) break;
        const h = this.headword(i);
        // A lemma's ending is a few letters ("-amiento", "-ación"): a first word much
        // longer than the stem cannot have it, and is not stemmed to find out. A stem of
        // one or two letters is a function word's ("a", "de"), whose own entry is all
        // there is to find.
        const space = h.indexOf(' ');
        if ((space < 0 ? h.length : space) > folded.length + (folded.length > 2 ? MAX_ENDING : 1)) continue;
        const words = termWords(h);
        if (!words.length || this.stem(words[0]!) !== stem) continue;
        (words.length === 1 ? single : multi).push(i);
      }
    };
    scan(folded);
    // Stemmers turn a final "y" into "i" ("happy" → "happi").
    if (folded.endsWith('i')) scan(`${folded.slice(0, -1)}y`);
    hit = {single, multi};
    if (this.byStem.size > 100_000) this.byStem.clear();
    this.byStem.set(stem, hit);
    return hit;
  }

  /** Every entry, for reading the whole dictionary backwards. */
  *all(): Generator<number> {
    for (let i = 0; i < this.data.count; i++) yield i;
  }
}

/**
 * A dictionary over the text of a dictionary file, with a hand-written layer over it.
 * `reverseText`, when given, is the dictionary of the other direction: it answers
 * `sourcesOf` without reading this one backwards.
 */
export function buildBilingualDictionary(
  text: string,
  source: LanguageProfile,
  target: LanguageProfile,
  overrides: DictionaryOverrides = {entries: [], falseFriends: []},
  reverseText?: () => string | null,
): BilingualDictionary {
  const file = new DictionaryFile(indexText(text), source);
  const sourceStem = stemCache(source);
  const targetStem = stemCache(target);

  // The hand-written layer as a lexicon, matching words exactly as the pair's own lexicon does.
  let handLexicon: EntryLexicon | undefined;
  const hand = (): EntryLexicon => (handLexicon ??= buildLexicon(overrides.entries, source, target));
  // Its single-word entries by lowercase lemma, for senses.
  let handLemmas: Map<string, LexiconEntry[]> | undefined;
  const byLemma = (): Map<string, LexiconEntry[]> => {
    if (handLemmas) return handLemmas;
    handLemmas = new Map();
    for (const e of overrides.entries) {
      const words = termWords(e.source);
      if (words.length !== 1) continue;
      const list = handLemmas.get(words[0]!);
      if (list) list.push(e);
      else handLemmas.set(words[0]!, [e]);
    }
    return handLemmas;
  };

  // Renderings the false friends call wrong, by source stem (target stems).
  let vetoes: Map<string, Set<string>> | undefined;
  const vetoed = (stem: string): ReadonlySet<string> | undefined => {
    if (!vetoes) {
      vetoes = new Map();
      for (const ff of overrides.falseFriends) {
        if (ff.onlyBefore?.length) continue;
        const key = sourceStem(ff.source);
        const set = vetoes.get(key) ?? new Set<string>();
        for (const w of ff.wrong) set.add(targetStem(w));
        vetoes.set(key, set);
      }
    }
    return vetoes.get(stem);
  };
  const keepRendering = (r: string, veto: ReadonlySet<string> | undefined): boolean =>
    !veto || !renderingStems(r, target).some(s => veto.has(s));

  /** Senses of dictionary entries with their vetoed renderings taken out. */
  const cleanSenses = (entries: readonly number[], stem: string): DictionarySense[] => {
    const veto = vetoed(stem);
    const out: DictionarySense[] = [];
    for (const i of entries) {
      for (const s of file.senses(i)) {
        if (!veto) {
          out.push(s);
          continue;
        }
        const renderings = s.renderings.filter(r => keepRendering(r, veto));
        if (renderings.length === s.renderings.length) out.push(s);
        else if (renderings.length) out.push({...s, renderings});
      }
    }
    return out;
  };

  const translationsCache = new Map<string, ReadonlySet<string> | undefined>();
  const translations = (stem: string): ReadonlySet<string> | undefined => {
    if (translationsCache.has(stem)) return translationsCache.get(stem);
    const own = hand().translations(stem);
    const lists = cleanSenses(file.withStem(stem).single, stem).map(s => s.renderings);
    let out = own;
    if (lists.length) {
      const broad = stemsOfRenderings(lists, target);
      out = own ? new Set([...own, ...broad]) : broad;
    }
    if (translationsCache.size > 100_000) translationsCache.clear();
    translationsCache.set(stem, out);
    return out;
  };

  const phraseCache = new Map<string, readonly LexiconPhrase[]>();
  const phrasesStartingWith = (stem: string): readonly LexiconPhrase[] => {
    const hit = phraseCache.get(stem);
    if (hit) return hit;
    const out: LexiconPhrase[] = [];
    const seen = new Set<string>();
    for (const p of hand().phrasesStartingWith(stem)) {
      seen.add(p.stems.join(' '));
      out.push(p);
    }
    const push = (words: readonly string[], lists: () => (readonly string[])[]): void => {
      const stems = words.map(sourceStem);
      const key = stems.join(' ');
      // The hand-written expression wins over the dictionary's of the same words.
      if (seen.has(key)) return;
      seen.add(key);
      let targets: ReadonlySet<string> | undefined;
      out.push({
        stems,
        get targets(): ReadonlySet<string> {
          return (targets ??= stemsOfRenderings(lists(), target));
        },
      });
    };
    for (const i of file.withStem(stem).multi) push(termWords(file.headword(i)), () => file.senses(i).map(s => s.renderings));
    phraseCache.set(stem, out);
    return out;
  };

  let reverse: ((stem: string) => readonly string[] | undefined) | undefined;
  // The hand-written entries read backwards: each entry's renderings stemmed once, to
  // the stem of its lemma (the lexicon's own reverse stems them once per form).
  let handBack: Map<string, string[]> | undefined;
  const handSources = (stem: string): readonly string[] | undefined => {
    if (!handBack) {
      handBack = new Map();
      for (const e of overrides.entries) {
        const words = termWords(e.source);
        if (words.length !== 1) continue;
        const src = sourceStem(words[0]!);
        for (const r of e.targets) {
          for (const t of renderingStems(r, target)) {
            const list = handBack.get(t);
            if (!list) handBack.set(t, [src]);
            else if (!list.includes(src)) list.push(src);
          }
        }
      }
    }
    return handBack.get(stem);
  };
  const sourcesOf = (stem: string): readonly string[] | undefined => {
    reverse ??= reverseIndex(file, sourceStem, reverseText?.() ?? null, source, target);
    const own = handSources(stem);
    const broad = reverse(stem);
    if (!own?.length) return broad;
    return broad?.length ? [...new Set([...own, ...broad])] : own;
  };

  const hasForm = (word: string): boolean => {
    const w = word.toLowerCase();
    return hand().hasForm(w) || lemmaCandidates(w).some(l => file.exact(l).length > 0);
  };

  const sensesCache = new Map<string, readonly DictionarySense[]>();
  const senses = (word: string): readonly DictionarySense[] => {
    const lower = word.toLowerCase();
    const hit = sensesCache.get(lower);
    if (hit) return hit;
    const stem = sourceStem(lower);
    const lemmas = lemmaCandidates(lower);
    let own: readonly LexiconEntry[] = [];
    for (const l of lemmas) if (!own.length) own = byLemma().get(l) ?? [];
    if (!own.length) own = hand().entriesFor(stem);
    const out: DictionarySense[] = own.map(e => ({headword: e.source, pos: null, labels: [], renderings: e.targets, infinitive: false, origin: 'lexicon'}));
    let entries: readonly number[] = [];
    for (const l of lemmas) if (!entries.length) entries = file.exact(l);
    let found = cleanSenses(entries, stem);
    if (!entries.length) {
      // Neither the word nor its singular or masculine is an entry: most often a verb
      // form ("realizó"), so the verb senses of the entries that share its stem answer
      // when there are any.
      found = cleanSenses(file.withStem(stem).single, stem);
      const verbs = found.filter(s => s.pos === 'v');
      if (verbs.length) found = verbs;
    }
    out.push(...found);
    if (sensesCache.size > 20_000) sensesCache.clear();
    sensesCache.set(lower, out);
    return out;
  };

  const sensesRendering = (word: string, rendered: string): readonly DictionarySense[] => {
    const wanted = renderingStems(rendered, target);
    if (!wanted.length) return [];
    return senses(word).filter(s => s.renderings.some(r => {
      const have = new Set(renderingStems(r, target));
      return wanted.every(w => have.has(w));
    }));
  };

  return {
    translations,
    phrasesStartingWith,
    sourcesOf,
    hasForm,
    senses,
    sensesRendering,
    size: file.count + overrides.entries.length,
    senseCount: file.senseCount + overrides.entries.length,
  };
}

/**
 * The word itself, then the lemmas it may be the plural or feminine of ("bancos" →
 * "banco", "acciones" → "accion", which finds "acción" since accents are folded in
 * look-ups, "nuevas" → "nuevo"), as the hand-written lexicon's forms go.
 */
function lemmaCandidates(word: string): string[] {
  const out = [word];
  if (word.length > 3 && word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.length > 3 && /as?$/.test(word)) out.push(word.replace(/as?$/, 'o'));
  return out;
}

/** The target stems of some lists of renderings, in order. */
function stemsOfRenderings(lists: readonly (readonly string[])[], target: LanguageProfile): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) for (const r of list) for (const s of renderingStems(r, target)) out.add(s);
  return out;
}

/**
 * `sourcesOf` for the dictionary without its hand-written layer: the source stems a
 * target stem can render. The other direction's dictionary, when there is one, answers
 * by looking the target stem up (its headwords are this one's renderings, as both come
 * from the same data read both ways); without it, this dictionary is read backwards
 * once, on first use.
 */
function reverseIndex(
  file: DictionaryFile,
  sourceStem: (word: string) => string,
  reverseText: string | null,
  source: LanguageProfile,
  target: LanguageProfile,
): (stem: string) => readonly string[] | undefined {
  if (reverseText) {
    const other = new DictionaryFile(indexText(reverseText), target);
    const cache = new Map<string, readonly string[] | undefined>();
    return stem => {
      if (cache.has(stem)) return cache.get(stem);
      const found: string[] = [];
      for (const i of other.withStem(stem).single) {
        for (const s of other.senses(i)) {
          for (const r of s.renderings) for (const src of renderingStems(r, source)) found.push(src);
        }
      }
      const out = found.length ? [...new Set(found)] : undefined;
      if (cache.size > 100_000) cache.clear();
      cache.set(stem, out);
      return out;
    };
  }
  // Entries are kept by index and their headwords stemmed only when a rendering is
  // looked up: stemming every headword up front costs more than a whole check of a
  // short article with a slow stemmer.
  const back = new Map<string, number[]>();
  for (const i of file.all()) {
    if (termWords(file.headword(i)).length !== 1) continue;
    for (const s of file.senses(i)) {
      for (const r of s.renderings) {
        for (const t of renderingStems(r, target)) {
          const list = back.get(t);
          if (!list) back.set(t, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    }
  }
  const stems = new Map<string, readonly string[]>();
  return stem => {
    const entries = back.get(stem);
    if (!entries) return undefined;
    let out = stems.get(stem);
    if (!out) {
      out = [...new Set(entries.map(i => sourceStem(termWords(file.headword(i))[0]!)))];
      stems.set(stem, out);
    }
    return out;
  };
}
