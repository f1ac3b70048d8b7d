/**
 * The dictionary of a language pair as it ships: src/languages/SOURCE-TARGET/dictionary.tsv,
 * with the other direction's file (when there is one) for reading it backwards, and the
 * pair's hand-written layer over it. Loaded on first use and kept for the process.
 */
import {hasLanguageData, readLanguageData} from './data-file.js';
import {buildBilingualDictionary, type BilingualDictionary, type DictionaryOverrides} from './dictionary.js';
import type {LanguageProfile} from './profile.js';

const loaded = new Map<string, BilingualDictionary>();

/** A dictionary that knows no word: for a pair without dictionary data. */
export const EMPTY_DICTIONARY: BilingualDictionary = {
  translations: () => undefined,
  sourcesOf: () => undefined,
  phrasesStartingWith: () => [],
  hasForm: () => false,
  senses: () => [],
  sensesRendering: () => [],
  size: 0,
  senseCount: 0,
};

/** The file of a direction's dictionary, relative to src/languages/. */
export function dictionaryFile(source: string, target: string): string {
  return `${source}-${target}/dictionary.tsv`;
}

const texts = new Map<string, string | null>();

/** A data file's text, read once for the process; null when the package has no such file. */
function dictionaryText(relative: string): string | null {
  let text = texts.get(relative);
  if (text === undefined) {
    text = hasLanguageData(relative) ? readLanguageData(relative) : null;
    texts.set(relative, text);
  }
  return text;
}

/**
 * The shipped dictionary of a pair with the pair's own hand-written layer over it,
 * built once for the process (the first call's layer is the one kept); the empty
 * dictionary when none ships for the pair and the layer is empty.
 */
export function pairDictionary(source: LanguageProfile, target: LanguageProfile, overrides?: DictionaryOverrides): BilingualDictionary {
  const key = `${source.code}>${target.code}`;
  let dictionary = loaded.get(key);
  if (!dictionary) {
    dictionary = layeredDictionary(source, target, overrides);
    loaded.set(key, dictionary);
  }
  return dictionary;
}

/**
 * A new dictionary over a pair's shipped data with the given layer over it, for a
 * layer of one run's own (the pair's entries and a user's glossary, say). The file is
 * read once for the process; each call indexes it again, which is one pass.
 */
export function layeredDictionary(source: LanguageProfile, target: LanguageProfile, overrides?: DictionaryOverrides): BilingualDictionary {
  const text = dictionaryText(dictionaryFile(source.code, target.code));
  if (text === null && !overrides?.entries.length) return EMPTY_DICTIONARY;
  return buildBilingualDictionary(text ?? '', source, target, overrides, () => dictionaryText(dictionaryFile(target.code, source.code)));
}
