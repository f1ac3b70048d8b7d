/**
 * Language profiles: what the checks need to know about one language — how it writes
 * numbers, its month names, its function words, how to stem a word, how to read a
 * verb's tense. Data and pure functions only; the checks read them through the
 * CheckContext, so a language without a profile gets the generic one and the checks
 * that need more stay silent.
 */

/** How a document writes decimals: which mark is the decimal separator. */
export type DecimalMark = 'point' | 'comma';

/** The tense a verb form shows, as far as the checks care. */
export type VerbTense = 'future' | 'conditional' | 'past' | 'present' | 'base' | 'other';

/** What the checks know about a language. */
export interface LanguageProfile {
  /** The language's primary subtag. */
  readonly code: string;
  /**
   * The decimal mark the language uses, or 'either' when writers differ by country
   * (Spanish: Spain writes 2,5 and 240.000, Mexico writes 48.6 and 2,870), in which
   * case each document's own digit grouping decides.
   */
  readonly decimalMark: DecimalMark | 'either';
  /** Lowercase month names (and abbreviations) to month numbers 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /** Lowercase weekday names to 1 (Monday) … 7 (Sunday). */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Lowercase number words to their values ("three", "veinte"). */
  readonly numberWords: ReadonlyMap<string, number>;
  /**
   * Lowercase scale words to their factor ("million" 1e6, "mil" 1e3). Multiword
   * scales ("mil millones") are written with one space.
   */
  readonly scaleWords: ReadonlyMap<string, number>;
  /** Words that say "per cent" after a number ("percent", "por ciento"). */
  readonly percentWords: readonly string[];
  /** Words after a clock time that say it is a 24-hour time ("horas", "h"). */
  readonly hourWords: readonly string[];
  /**
   * Lowercase words that come right before a clock time ("at", "las"): a figure
   * written with a dot ("7.40") is a time only after one of these, before an hour
   * word or with a.m./p.m.; otherwise it is a decimal ("5.25%").
   */
  readonly timeLeadWords: readonly string[];
  /** Lowercase function words: articles, prepositions, pronouns, auxiliaries. */
  readonly functionWords: ReadonlySet<string>;
  /**
   * Function words that still carry meaning of their own (negation, condition,
   * exclusion): an omission made only of these still changes the sense.
   */
  readonly meaningfulFunctionWords: ReadonlySet<string>;
  /** The stem of a word, for matching inflected forms. */
  stem(word: string): string;
  /** The tense a (lowercase) verb form shows, when it can tell. */
  verbTense(word: string): VerbTense;
  /** Irregular inflected forms to their base form ("sold" → "sell", "dijo" → "decir"). */
  readonly irregular: ReadonlyMap<string, string>;
  /** Lowercase words between a day and its month ("5 de junio", "1st of May"). */
  readonly dateJoiners: ReadonlySet<string>;
  /** Lowercase words that join the first and last day of a range ("to", "al", "-"). */
  readonly rangeJoiners: ReadonlySet<string>;
  /** An article that may stand before the last day of a range ("al 11", "to the 11th"). */
  readonly rangeArticles: ReadonlySet<string>;
  /** Month names count only when capitalised (English "may", "march" are words too). */
  readonly capitalizedMonths: boolean;
  /** Thousands may be grouped with a space ("21 340", "1 234,5"): a three-digit group after a space joins the number. */
  readonly spaceGroups: boolean;
  /** Infinitive endings ("ar", "er", "ir"), for data that applies only before an infinitive. */
  readonly infinitiveEndings: readonly string[];
  /** Endings of verb forms the tense rules leave unread (gerunds, participles, imperfects): with them a word may be a verb. */
  readonly verbEndings: readonly string[];
  /** Words that negate what they stand in ("not", "no", "pas", "não"). */
  readonly negationWords: ReadonlySet<string>;
  /** Two-word phrases that start with a negation word and negate nothing ("no obstante"). */
  readonly negationExceptions: ReadonlySet<string>;
  /** Further words whose sense is negative ("without", "fail"): a negation may be rendered by one of them. */
  readonly negativeWords: ReadonlySet<string>;
  /** Letters the language writes and English does not ("ñ", "ç"): a word with one is of the language. Null for none. */
  readonly ownLetters: RegExp | null;
  /** Words that name a unit of measure, lowercase, to the unit's name in src/languages/units.tsv. */
  readonly unitWords: ReadonlyMap<string, string>;
  /** Names put their common word last ("Carnegie Library", "Hudson River"), where it is translated. */
  readonly genericAfterName: boolean;
  /** The Hunspell dictionary package of the language, and how it is read; null when there is none. */
  readonly speller: SpellerSource | null;
}

/**
 * Where a language's spell checker comes from: an npm Hunspell dictionary package, read
 * as every form it expands to ('forms') or, where expanding it would take minutes, as
 * the stems of its headwords ('stems': a word is known when its stem is one of them).
 */
export interface SpellerSource {
  /** The package name ("dictionary-fr"). */
  readonly package: string;
  /** How its words are read. */
  readonly mode: 'forms' | 'stems';
}

/** A profile that knows only what every language shares: digits and symbols. */
export function genericProfile(code: string): LanguageProfile {
  return {
    code,
    decimalMark: 'either',
    months: new Map(),
    weekdays: new Map(),
    numberWords: new Map(),
    scaleWords: new Map(),
    percentWords: [],
    hourWords: [],
    timeLeadWords: [],
    functionWords: new Set(),
    meaningfulFunctionWords: new Set(),
    stem: w => w.toLowerCase(),
    verbTense: () => 'other',
    irregular: new Map(),
    dateJoiners: new Set(),
    rangeJoiners: new Set(['-', '–', '—']),
    rangeArticles: new Set(),
    capitalizedMonths: false,
    spaceGroups: false,
    infinitiveEndings: [],
    genericAfterName: false,
    unitWords: new Map(),
    ownLetters: null,
    negationWords: new Set(),
    negativeWords: new Set(),
    negationExceptions: new Set(),
    verbEndings: [],
    speller: null,
  };
}

/** A set from a whitespace-separated list, so that data reads as prose. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** A map from a list "word=value word=value". */
export function wordMap(list: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const pair of list.trim().split(/\s+/)) {
    const eq = pair.indexOf('=');
    if (eq > 0) out.set(pair.slice(0, eq).replace(/_/g, ' '), pair.slice(eq + 1).replace(/_/g, ' '));
  }
  return out;
}

/**
 * A one-argument function of a word, remembering its answers (up to a bound): a
 * document asks about the same words thousands of times.
 */
export function memoised<T>(fn: (word: string) => T, limit = 100_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word: string): T => {
    if (answers.has(word)) return answers.get(word) as T;
    const out = fn(word);
    if (answers.size >= limit) answers.clear();
    answers.set(word, out);
    return out;
  };
}

/** Lowercase, with acute accents, diaeresis and tildes removed: "Málaga" → "malaga". */
export function foldAccents(text: string): string {
  // Plain ASCII (most words) needs no decomposition.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  let hit = folded.get(text);
  if (hit === undefined) {
    hit = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size > 100_000) folded.clear();
    folded.set(text, hit);
  }
  return hit;
}

const folded = new Map<string, string>();
