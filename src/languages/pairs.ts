/**
 * The language registry: a profile per language and bilingual data per pair. A
 * language without a profile gets the generic one; a pair without data gets empty
 * tables, and the checks that need them stay silent.
 */
import {english} from './en/profile.js';
import {spanish} from './es/profile.js';
import {SPANISH_ENGLISH} from './es-en/index.js';
import type {BilingualDictionary} from './dictionary.js';
import type {LexiconEntry} from './lexicon.js';
import {pairDictionary} from './pair-dictionary.js';
import type {FalseFriend, IdiomCalque} from './es-en/pair-data.js';
import {genericProfile, type LanguageProfile} from './profile.js';

export type {FalseFriend, IdiomCalque};

/** What Cotejo knows about one source → target language pair. */
export interface PairData {
  /** Source language code. */
  readonly source: string;
  /** Target language code. */
  readonly target: string;
  /** The lexicon's entries (built lazily: they are large). */
  lexiconEntries(): readonly LexiconEntry[];
  /**
   * The broad bilingual dictionary with the hand-written lexicon and false friends
   * over it, loaded on first call (a few megabytes of text): a `Lexicon` that also
   * knows each word's senses and their labels.
   */
  dictionary(): BilingualDictionary;
  /** Source words whose target look-alikes mean something else. */
  readonly falseFriends: readonly FalseFriend[];
  /** Source idioms whose word-for-word rendering is wrong. */
  readonly idiomCalques: readonly IdiomCalque[];
  /** Source articles that read as target pronouns when taken for their accented twin. */
  readonly articlePronouns: ReadonlyMap<string, readonly string[]>;
  /** Accepted target forms of source place names (lowercase source key). */
  readonly exonyms: ReadonlyMap<string, readonly string[]>;
  /** Conventional target forms of classical figures, valid only for a name standing alone. */
  readonly conventionalNames: ReadonlyMap<string, readonly string[]>;
  /** Target acronyms of source acronyms (lowercase source key). */
  readonly acronyms: ReadonlyMap<string, readonly string[]>;
  /** Source words that head a place name, after which the words are the name itself. */
  readonly placeGenerics: ReadonlySet<string>;
  /** Source particles that join the words of a name. */
  readonly nameParticles: ReadonlySet<string>;
}

const PROFILES: ReadonlyMap<string, LanguageProfile> = new Map([
  ['en', english],
  ['es', spanish],
]);

const PAIRS: readonly PairData[] = [SPANISH_ENGLISH];

/** The profile of a language, or the generic profile. */
export function languageProfile(code: string): LanguageProfile {
  return PROFILES.get(code.toLowerCase()) ?? genericProfile(code.toLowerCase());
}

/** Whether a language has a full profile. */
export function hasProfile(code: string): boolean {
  return PROFILES.has(code.toLowerCase());
}

/** The data of a language pair, or empty data. */
export function pairData(source: string, target: string): PairData {
  const found = PAIRS.find(p => p.source === source.toLowerCase() && p.target === target.toLowerCase());
  return found ?? emptyPair(source, target);
}

function emptyPair(source: string, target: string): PairData {
  return {
    source,
    target,
    lexiconEntries: () => [],
    // A pair may ship a dictionary before it has the rest of its data.
    dictionary: () => pairDictionary(languageProfile(source), languageProfile(target)),
    falseFriends: [],
    idiomCalques: [],
    articlePronouns: new Map(),
    exonyms: new Map(),
    conventionalNames: new Map(),
    acronyms: new Map(),
    placeGenerics: new Set(),
    nameParticles: new Set(),
  };
}
