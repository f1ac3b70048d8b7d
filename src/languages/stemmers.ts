/**
 * Stemmers by Snowball algorithm name. Porter's English and the Spanish algorithm
 * have implementations of their own here (src/languages/en/stem.ts, es/stem.ts):
 * they stem the tens of thousands of dictionary headwords on every first load, where
 * the general Snowball port (snowball-stemmers) is some fifteen times slower. Every
 * other algorithm comes from that port.
 */
import {createRequire} from 'node:module';
import {stemEn} from './en/stem.js';
import {stemEs} from './es/stem.js';

type Stem = (word: string) => string;

const OWN: Readonly<Record<string, Stem>> = {porter: stemEn, spanish: stemEs};

interface Snowball {
  algorithms(): string[];
  newStemmer(name: string): {stem(word: string): string};
}

const require = createRequire(import.meta.url);
let snowball: Snowball | undefined;

/** The stemmer of a Snowball algorithm; lowercasing alone for a name no stemmer has. */
export function stemmerFor(name: string): Stem {
  const own = OWN[name];
  if (own) return own;
  snowball ??= require('snowball-stemmers') as Snowball;
  if (!name || !snowball.algorithms().includes(name)) return w => w.toLowerCase();
  const stemmer = snowball.newStemmer(name);
  return w => stemmer.stem(w.toLowerCase());
}
