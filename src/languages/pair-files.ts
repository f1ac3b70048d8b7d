/**
 * A language pair's knowledge as it ships: data files in src/languages/SOURCE-TARGET/
 * (the hand-written lexicon, false friends, idiom calques, articles that read as
 * pronouns, exonyms, conventional names, acronyms) and in src/languages/SOURCE/ (the
 * words that head a place name, the particles inside names). One shape per kind, all
 * tab-separated text with `#` comments; a file a pair lacks reads as empty. Every table
 * is read on first use.
 */
import {hasLanguageData, readLanguageData, readLanguageTable} from './data-file.js';
import type {LexiconEntry} from './lexicon.js';

/** A source word and the target renderings that betray a false friend. */
export interface FalseFriend {
  /** The source lemma (matched by stem). */
  readonly source: string;
  /** Target words (matched by stem; "=form" by that form only) that render it wrongly. */
  readonly wrong: readonly string[];
  /**
   * When the sense depends on what follows: the false friend is flagged only if
   * the source word is followed by one of these words or by an infinitive ('INF').
   */
  readonly onlyBefore?: readonly string[];
}

/**
 * An idiom and the words its literal rendering leaves in the target: the calque is
 * flagged when the idiom stands in the source and the words stand in the target.
 */
export interface IdiomCalque {
  /** The idiom's words as lemmas or forms, matched by stem, in order. */
  readonly idiom: readonly string[];
  /** Target words (matched by stem, in order, gaps of two words allowed) of the literal rendering. */
  readonly calque: readonly string[];
}

/** A source word whose usual rendering is wrong in one context (a field, a country). */
export interface SenseTrap {
  /** The source lemma (matched by stem). */
  readonly source: string;
  /** The context it needs: a name of the source language's context table. */
  readonly context: string;
  /** Target renderings (matched by stem) wrong in that context. */
  readonly wrong: readonly string[];
  /** Renderings that fit it, best first. */
  readonly right: readonly string[];
}

/** Sense traps: `lemma<TAB>context<TAB>wrong|wrong<TAB>right|right`. */
export function readSenseTraps(relative: string): SenseTrap[] {
  return rows(relative).flatMap(([source = '', context = '', wrong, right]) => (source && context && list(wrong).length && list(right).length ? [{source, context, wrong: list(wrong), right: list(right)}] : []));
}

/** A context table: `name<TAB>word word…` (underscores join the words of a name). */
export function readContexts(relative: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [name = '', words = ''] of rows(relative)) if (name) out.set(name, words.split(' ').filter(Boolean).map(w => w.replace(/_/g, ' ')));
  return out;
}

/** The rows of a table, or none when the file is absent. */
function rows(relative: string): string[][] {
  return hasLanguageData(relative) ? readLanguageTable(relative) : [];
}

/** A "|"-separated list, without empty items. */
function list(field: string | undefined): string[] {
  return (field ?? '').split('|').filter(Boolean);
}

/** Lexicon entries: `term<TAB>rendering|rendering`, in file order. */
export function readLexiconEntries(relative: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [source = '', targets] of rows(relative)) {
    const t = list(targets);
    if (source && t.length) out.push({source, targets: t});
  }
  return out;
}

/** False friends: `lemma<TAB>wrong|wrong[<TAB>word|word]`. */
export function readFalseFriends(relative: string): FalseFriend[] {
  return rows(relative).map(([source = '', wrong, onlyBefore]) => {
    const before = list(onlyBefore);
    return before.length ? {source, wrong: list(wrong), onlyBefore: before} : {source, wrong: list(wrong)};
  });
}

/** Idiom calques: `idiom words<TAB>calque words`, words separated by spaces. */
export function readIdiomCalques(relative: string): IdiomCalque[] {
  const words = (field: string | undefined): string[] => (field ?? '').split(' ').filter(Boolean);
  return rows(relative).map(([idiom, calque]) => ({idiom: words(idiom), calque: words(calque)}));
}

/** A keyed list: `key<TAB>value|value`; a key given again adds its values to the earlier ones. */
export function readKeyedLists(relative: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [key = '', values] of rows(relative)) if (key) out.set(key, [...(out.get(key) ?? []), ...list(values)]);
  return out;
}

/** A word list: one word a line, in file order. */
export function readWords(relative: string): ReadonlySet<string> {
  if (!hasLanguageData(relative)) return new Set();
  return new Set(readLanguageData(relative).split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));
}
