/**
 * A bilingual lexicon: which target-language words can render a source-language
 * word. Built from entry text (`source=target|target`, `_` for a space) and from a
 * user glossary; both sides are stemmed with their language's stemmer, so an entry
 * written with lemmas matches inflected forms.
 */
import type {LanguageProfile} from './profile.js';

/** A multiword source expression and the target stems that render it. */
export interface LexiconPhrase {
  /** The expression's source stems, in order. */
  readonly stems: readonly string[];
  /** Target stems that render it. */
  readonly targets: ReadonlySet<string>;
}

/** Source → target word correspondences. */
export interface Lexicon {
  /** Target stems that can render a source stem; undefined when the lexicon does not know it. */
  translations(sourceStem: string): ReadonlySet<string> | undefined;
  /** Multiword source expressions that start with this stem. */
  phrasesStartingWith(sourceStem: string): readonly LexiconPhrase[];
  /** Source stems that a target stem can render (the lexicon read backwards). */
  sourcesOf(targetStem: string): readonly string[] | undefined;
  /** Whether the word (lowercase) is an entry's lemma or its plural or feminine form. */
  hasForm(word: string): boolean;
  /** How many source entries the lexicon holds. */
  readonly size: number;
}

/** A lexicon built from entries, which can also give back the entries behind a stem. */
export interface EntryLexicon extends Lexicon {
  /** The single-word entries a source stem belongs to (through their lemma, plural or feminine form), in entry order. */
  entriesFor(sourceStem: string): readonly LexiconEntry[];
}

/** One source term and its target renderings, as a glossary or the data give them. */
export interface LexiconEntry {
  /** The source term (a word or an expression). */
  readonly source: string;
  /** Its accepted target renderings. */
  readonly targets: readonly string[];
}

/** Entries from the data format: whitespace-separated `source=target|target` items. */
export function parseLexiconText(text: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const item of text.split(/\s+/)) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    const source = item.slice(0, eq).replace(/_/g, ' ');
    const targets = item.slice(eq + 1).split('|').filter(Boolean).map(t => t.replace(/_/g, ' '));
    if (targets.length) out.push({source, targets});
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** The words of a term, lowercased. */
export function termWords(term: string): string[] {
  return (term.toLowerCase().match(WORD) ?? []).map(w => w.replace(/[’']s$/, ''));
}

/**
 * Target stems for one rendering: its content words; a rendering made only of
 * function words ("in order to") keeps them all.
 */
export function renderingStems(rendering: string, target: LanguageProfile): string[] {
  const words = termWords(rendering);
  const content = words.filter(w => !target.functionWords.has(w));
  const chosen = content.length ? content : words;
  const out: string[] = [];
  for (const w of chosen) {
    out.push(target.stem(w));
    // Hyphenated renderings also match their parts ("state-run" → "state", "run").
    if (w.includes('-')) for (const part of w.split('-')) if (part) out.push(target.stem(part));
  }
  return out;
}

/**
 * Builds a lexicon from entries; later entries add senses to earlier ones. The source
 * side is stemmed now, since any word of a text may look an entry up; the renderings
 * are stemmed when their entry is first looked up, so a short text does not pay for
 * the thousands of entries it never meets.
 */
export function buildLexicon(entries: Iterable<LexiconEntry>, source: LanguageProfile, target: LanguageProfile): EntryLexicon {
  // For each source stem, the entries it belongs to, in entry order.
  const pending = new Map<string, LexiconEntry[]>();
  const words = new Map<string, ReadonlySet<string>>();
  const phrases = new Map<string, LexiconPhrase[]>();
  const forms = new Set<string>();
  let size = 0;
  for (const entry of entries) {
    const srcWords = termWords(entry.source);
    if (srcWords.length === 0) continue;
    size++;
    if (srcWords.length === 1) {
      const lemma = srcWords[0]!;
      // The lemma's plural and feminine forms can stem differently ("preliminar",
      // "preliminares"): register those stems too.
      const variants = [lemma, `${lemma}s`, `${lemma}es`];
      if (lemma.endsWith('o')) variants.push(`${lemma.slice(0, -1)}a`, `${lemma.slice(0, -1)}as`);
      // A verb whose stem ends in "i" merges it with the past ending "-ió" ("anunciar",
      // "anunció"), and the stemmer takes both away: register that form's stem too.
      if (/[^aeiou]iar$/.test(lemma)) variants.push(`${lemma.slice(0, -2)}ó`);
      for (const form of variants) {
        forms.add(form);
        const key = source.stem(form);
        const list = pending.get(key);
        if (list) list.push(entry);
        else pending.set(key, [entry]);
      }
    } else {
      const srcStems = srcWords.map(w => source.stem(w));
      const first = srcStems[0]!;
      const list = phrases.get(first) ?? [];
      let stems: ReadonlySet<string> | undefined;
      list.push({
        stems: srcStems,
        get targets(): ReadonlySet<string> {
          return (stems ??= renderingsOf([entry.targets], target));
        },
      });
      phrases.set(first, list);
    }
  }
  const translations = (stem: string): ReadonlySet<string> | undefined => {
    let set = words.get(stem);
    if (set) return set;
    const lists = pending.get(stem);
    if (!lists) return undefined;
    set = renderingsOf(lists.map(e => e.targets), target);
    words.set(stem, set);
    return set;
  };
  let reverse: Map<string, string[]> | undefined;
  const sourcesOf = (stem: string): readonly string[] | undefined => {
    if (!reverse) {
      reverse = new Map();
      for (const src of pending.keys()) {
        for (const t of translations(src)!) {
          const list = reverse.get(t);
          if (list) list.push(src);
          else reverse.set(t, [src]);
        }
      }
    }
    return reverse.get(stem);
  };
  return {
    translations,
    sourcesOf,
    phrasesStartingWith: stem => phrases.get(stem) ?? [],
    hasForm: word => forms.has(word),
    entriesFor: stem => pending.get(stem) ?? [],
    size,
  };
}

/** The target stems of some lists of renderings, in order. */
function renderingsOf(lists: readonly (readonly string[])[], target: LanguageProfile): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) for (const t of list) for (const s of renderingStems(t, target)) out.add(s);
  return out;
}

/** A lexicon that knows nothing: for a language pair without data. */
export const EMPTY_LEXICON: Lexicon = {translations: () => undefined, sourcesOf: () => undefined, phrasesStartingWith: () => [], hasForm: () => false, size: 0};

/**
 * A lexicon laid over another: the top one's renderings come with the lower one's,
 * so a user's glossary adds to the dictionary and never hides what it knows.
 */
export function layeredLexicon(top: Lexicon, below: Lexicon): Lexicon {
  const merged = new Map<string, ReadonlySet<string> | undefined>();
  const translations = (stem: string): ReadonlySet<string> | undefined => {
    if (merged.has(stem)) return merged.get(stem);
    const a = top.translations(stem);
    const b = below.translations(stem);
    const out = a && b ? new Set([...a, ...b]) : (a ?? b);
    merged.set(stem, out);
    return out;
  };
  const sourcesOf = (stem: string): readonly string[] | undefined => {
    const a = top.sourcesOf(stem);
    const b = below.sourcesOf(stem);
    return a && b ? [...new Set([...a, ...b])] : (a ?? b);
  };
  return {
    translations,
    sourcesOf,
    phrasesStartingWith: stem => [...top.phrasesStartingWith(stem), ...below.phrasesStartingWith(stem)],
    hasForm: word => top.hasForm(word) || below.hasForm(word),
    size: top.size + below.size,
  };
}
