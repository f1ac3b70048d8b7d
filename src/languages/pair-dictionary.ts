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

/**
 * The shipped dictionary of a pair with a hand-written layer over it; the empty
 * dictionary when none ships for the pair and the layer is empty.
 */
export function pairDictionary(source: LanguageProfile, target: LanguageProfile, overrides?: DictionaryOverrides): BilingualDictionary {
  const key = `${source.code}>${target.code}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const file = dictionaryFile(source.code, target.code);
  const hasFile = hasLanguageData(file);
  if (!hasFile && !overrides?.entries.length) return EMPTY_DICTIONARY;
  const back = dictionaryFile(target.code, source.code);
  const dictionary = buildBilingualDictionary(
    hasFile ? readLanguageData(file) : '',
    source,
    target,
    overrides,
    () => (hasLanguageData(back) ? readLanguageData(back) : null),
  );
  loaded.set(key, dictionary);
  return dictionary;
}
