/**
 * A spelling word list held as one sorted text, one word a line: looking a word up is
 * a binary search over line offsets, so a list of hundreds of thousands of forms is
 * ready as soon as its text is read, with no table to build. The edge keeps such a
 * list on disk as the expanded form of a Hunspell dictionary (src/check-context.ts).
 */

/** A sorted list of the forms a dictionary accepts. */
export interface WordList {
  /** How many forms the list holds. */
  readonly size: number;
  /** Whether the exact form is in the list. */
  has(word: string): boolean;
}

/** Compares the text between two offsets with a word, code unit by code unit, as `Array.prototype.sort` orders strings. */
function compareAt(text: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

/**
 * A word list over text made of words sorted by code unit, each followed by a line
 * feed (see `wordListText`). Null when the text is not such a list: it does not end
 * with a line feed, holds an empty line, or is out of order at a probed place.
 */
export function wordListFromText(text: string): WordList | null {
  if (text.length > 0 && !text.endsWith('\n')) return null;
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  // starts[i] is where word i begins; starts[count] is one past the last line feed.
  const starts = new Int32Array(count + 1);
  let k = 0;
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at === from) return null;
    starts[k++] = from;
    from = at + 1;
  }
  starts[count] = from;
  const wordAt = (i: number): string => text.slice(starts[i]!, starts[i + 1]! - 1);
  // A full order check would cost as much as sorting; a sample catches a list that is not sorted at all.
  const step = Math.max(1, Math.floor(count / 512));
  for (let i = step; i < count; i += step) if (!(wordAt(i - step) < wordAt(i))) return null;
  return {
    size: count,
    has(word: string): boolean {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = compareAt(text, starts[mid]!, starts[mid + 1]! - 1, word);
        if (c === 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

/** The text of a word list: the distinct non-empty words without line breaks, sorted, one a line. */
export function wordListText(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter(w => w.length > 0 && !/[\n\r]/.test(w));
  unique.sort();
  return unique.length ? `${unique.join('\n')}\n` : '';
}

/**
 * What a Hunspell dictionary says beyond its list of forms, as nspell reads it: input
 * conversions, compound rules, and the forms marked as only parts of compounds, as
 * keeping their case, or as forbidden.
 */
export interface FormRules {
  /** Input conversions: a pattern (global) and its replacement, applied in order. */
  readonly conversion: readonly (readonly [string, string])[];
  /** Compound rules as patterns (case-insensitive) a whole word may match. */
  readonly compoundRules: readonly string[];
  /** The shortest word the compound rules are tried on. */
  readonly compoundMin: number;
  /** Forms that exist only inside compounds. */
  readonly onlyInCompound: readonly string[];
  /** Forms that must keep their case. */
  readonly keepCase: readonly string[];
  /** Forms the dictionary forbids. */
  readonly forbidden: readonly string[];
}

/** Rules of a dictionary that has none of them. */
export const NO_FORM_RULES: FormRules = {conversion: [], compoundRules: [], compoundMin: 3, onlyInCompound: [], keepCase: [], forbidden: []};

/**
 * Whether a word is spelled right, as nspell answers from the same dictionary: the
 * word as written (after the input conversions), then in sentence case when it is
 * written in capitals, then in lowercase; a form kept in its case or forbidden stops
 * the search, a form found only in compounds is not a word alone, and a word not in
 * the list may still match a compound rule.
 */
export function formChecker(list: WordList, rules: FormRules): (word: string) => boolean {
  const conversion = rules.conversion.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
  const compounds = rules.compoundRules.map(r => new RegExp(r, 'i'));
  const onlyInCompound = new Set(rules.onlyInCompound);
  const keepCase = new Set(rules.keepCase);
  const forbidden = new Set(rules.forbidden);
  const known = (w: string): boolean => onlyInCompound.has(w) || list.has(w);
  const exact = (w: string): boolean => {
    if (known(w)) return !onlyInCompound.has(w);
    return w.length >= rules.compoundMin && compounds.some(r => r.test(w));
  };
  const stops = (w: string): boolean => keepCase.has(w) || forbidden.has(w);
  return (word: string): boolean => {
    let normal = word.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of conversion) normal = normal.replace(pattern, replacement);
    if (exact(normal)) return !forbidden.has(normal);
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (stops(sentence)) return false;
      if (exact(sentence)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      if (stops(lower)) return false;
      if (exact(lower)) return true;
    }
    return false;
  };
}
