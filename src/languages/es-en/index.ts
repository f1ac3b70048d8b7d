/**
 * Everything Cotejo knows about translating Spanish into English, gathered for the
 * language registry: the lexicon's entries, false friends, idiom calques, articles
 * that read as pronouns, and the names a reviewer accepts in their English form.
 */
import {ACRONYMS_ES_EN, CONVENTIONAL_ES_EN, EXONYMS_ES_EN, NAME_PARTICLES_ES, PLACE_GENERICS_ES} from '../es/names.js';
import {english} from '../en/profile.js';
import {spanish} from '../es/profile.js';
import {parseLexiconText, type LexiconEntry} from '../lexicon.js';
import {pairDictionary} from '../pair-dictionary.js';
import type {PairData} from '../pairs.js';
import {LEXICON_ADJECTIVES} from './lexicon-adjectives.js';
import {LEXICON_CORE} from './lexicon-core.js';
import {LEXICON_EXTRA, LEXICON_EXTRA_2, LEXICON_EXTRA_3} from './lexicon-extra.js';
import {LEXICON_NOUNS} from './lexicon-nouns.js';
import {LEXICON_VERBS} from './lexicon-verbs.js';
import {ARTICLE_PRONOUNS_ES_EN, FALSE_FRIENDS_ES_EN, IDIOM_CALQUES_ES_EN} from './pair-data.js';

let entries: LexiconEntry[] | undefined;
const lexiconEntries = (): LexiconEntry[] => (entries ??= [LEXICON_CORE, LEXICON_VERBS, LEXICON_NOUNS, LEXICON_ADJECTIVES, LEXICON_EXTRA, LEXICON_EXTRA_2, LEXICON_EXTRA_3].flatMap(parseLexiconText));

/** Spanish → English. */
export const SPANISH_ENGLISH: PairData = {
  source: 'es',
  target: 'en',
  lexiconEntries,
  dictionary: () => pairDictionary(spanish, english, {entries: lexiconEntries(), falseFriends: FALSE_FRIENDS_ES_EN}),
  falseFriends: FALSE_FRIENDS_ES_EN,
  idiomCalques: IDIOM_CALQUES_ES_EN,
  articlePronouns: ARTICLE_PRONOUNS_ES_EN,
  exonyms: EXONYMS_ES_EN,
  conventionalNames: CONVENTIONAL_ES_EN,
  acronyms: ACRONYMS_ES_EN,
  placeGenerics: PLACE_GENERICS_ES,
  nameParticles: NAME_PARTICLES_ES,
};
