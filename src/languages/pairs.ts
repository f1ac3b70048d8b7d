/**
 * The language registry: a profile per language and bilingual data per pair. A
 * language without a profile gets the generic one; a pair without data gets empty
 * tables, and the checks that need them stay silent.
 */
import {hasLanguageData} from './data-file.js';
import type {BilingualDictionary} from './dictionary.js';
import type {LexiconEntry} from './lexicon.js';
import {dictionaryFile, pairDictionary} from './pair-dictionary.js';
import {readContexts, readFalseFriends, readIdiomCalques, readKeyedLists, readLexiconEntries, readSenseTraps, readWords, type FalseFriend, type IdiomCalque, type SenseTrap} from './pair-files.js';
import {genericProfile, type LanguageProfile} from './profile.js';
import {readProfile} from './profile-file.js';

export type {FalseFriend, IdiomCalque, SenseTrap};

/** What Cotejo knows about one source → target language pair. */
export interface PairData {
  /** Source language code. */
  readonly source: string;
  /** Target language code. */
  readonly target: string;
  /** Whether the pair has a bilingual dictionary or a lexicon: the checks that compare words need one. */
  readonly known: boolean;
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
  /** Source words whose usual rendering is wrong in one context. */
  readonly senseTraps: readonly SenseTrap[];
  /** Words of a source text that tell its field or its country, by context name. */
  readonly contexts: ReadonlyMap<string, readonly string[]>;
}

const PROFILES = new Map<string, LanguageProfile | null>();

const PAIRS = new Map<string, PairData>();

/** A language's profile file read once, or null when it has none. */
function fileProfile(code: string): LanguageProfile | null {
  let profile = PROFILES.get(code);
  if (profile === undefined) {
    // Only a plain language code names a folder.
    profile = /^[a-z]{2,3}$/.test(code) && hasLanguageData(`${code}/profile.tsv`) ? readProfile(code) : null;
    PROFILES.set(code, profile);
  }
  return profile;
}

/** The profile of a language (src/languages/CODE/profile.tsv), or the generic profile. */
export function languageProfile(code: string): LanguageProfile {
  const lower = code.toLowerCase();
  return fileProfile(lower) ?? genericProfile(lower);
}

/** Whether a language has a full profile. */
export function hasProfile(code: string): boolean {
  return fileProfile(code.toLowerCase()) !== null;
}

/**
 * The data of a language pair, read from its folders under src/languages/ (SOURCE-TARGET/
 * for what belongs to the pair, SOURCE/ for what belongs to the source language); a
 * pair without a folder has empty tables. One object per pair for the process.
 */
export function pairData(source: string, target: string): PairData {
  const key = `${source.toLowerCase()}-${target.toLowerCase()}`;
  let pair = PAIRS.get(key);
  if (!pair) {
    pair = filePair(source.toLowerCase(), target.toLowerCase());
    PAIRS.set(key, pair);
  }
  return pair;
}

/** Lazily read tables: each file is read when a check first asks for it. */
function filePair(source: string, target: string): PairData {
  const dir = `${source}-${target}`;
  const once = <T>(read: () => T): (() => T) => {
    let value: T | undefined;
    let done = false;
    return () => {
      if (!done) {
        value = read();
        done = true;
      }
      return value as T;
    };
  };
  const entries = once(() => readLexiconEntries(`${dir}/lexicon.tsv`));
  const falseFriends = once(() => readFalseFriends(`${dir}/false-friends.tsv`));
  const idiomCalques = once(() => readIdiomCalques(`${dir}/idiom-calques.tsv`));
  const articlePronouns = once(() => readKeyedLists(`${dir}/article-pronouns.tsv`));
  const exonyms = once(() => readKeyedLists(`${dir}/exonyms.tsv`));
  const conventionalNames = once(() => readKeyedLists(`${dir}/conventional-names.tsv`));
  const acronyms = once(() => readKeyedLists(`${dir}/acronyms.tsv`));
  const placeGenerics = once(() => readWords(`${source}/place-generics.txt`));
  const nameParticles = once(() => readWords(`${source}/name-particles.txt`));
  const senseTraps = once(() => readSenseTraps(`${dir}/sense-traps.tsv`));
  const contexts = once(() => readContexts(`${source}/contexts.tsv`));
  const dictionary = once(() => pairDictionary(languageProfile(source), languageProfile(target), {entries: entries(), falseFriends: falseFriends()}));
  return {
    source,
    target,
    known: hasLanguageData(dictionaryFile(source, target)) || hasLanguageData(`${dir}/lexicon.tsv`),
    lexiconEntries: entries,
    dictionary,
    get falseFriends() {
      return falseFriends();
    },
    get idiomCalques() {
      return idiomCalques();
    },
    get articlePronouns() {
      return articlePronouns();
    },
    get exonyms() {
      return exonyms();
    },
    get conventionalNames() {
      return conventionalNames();
    },
    get acronyms() {
      return acronyms();
    },
    get placeGenerics() {
      return placeGenerics();
    },
    get nameParticles() {
      return nameParticles();
    },
    get senseTraps() {
      return senseTraps();
    },
    get contexts() {
      return contexts();
    },
  };
}
