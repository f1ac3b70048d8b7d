/**
 * What every check may know besides the two texts: the languages' profiles, a spell
 * checker per side, the bilingual lexicon and pair data, a part-of-speech tagger for
 * the target, and the user's glossary. Built once per run; the spell checkers and
 * the tagger come from the edge (src/check-context.ts), so this module stays pure.
 */
import type {BilingualDictionary} from '../../languages/dictionary.js';
import {buildLexicon, layeredLexicon, type Lexicon, type LexiconEntry} from '../../languages/lexicon.js';
import {languageProfile, pairData, type PairData} from '../../languages/pairs.js';
import type {LanguageProfile} from '../../languages/profile.js';
import type {Bead, Divergence, Paragraph} from '../types.js';

/** A spell checker for one language. */
export interface Speller {
  /** Whether the word is spelled right (a known word). */
  correct(word: string): boolean;
  /** Suggested corrections, when the checker offers them. */
  suggest?(word: string): string[];
}

/** Universal part-of-speech tags, as the tagger gives them. */
export type PosTag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A tagged word: where it stands in the text, its tag and lemma. */
export interface TaggedWord {
  /** First code unit of the word in the tagged text. */
  readonly start: number;
  /** One past its last code unit. */
  readonly end: number;
  /** Its part of speech. */
  readonly pos: PosTag;
  /** Its lemma (lowercase). */
  readonly lemma: string;
}

/** A part-of-speech tagger for the target language. */
export interface PosTagger {
  /** The tagged words of a text, in order, with offsets into it. */
  tag(text: string): readonly TaggedWord[];
}

/** A user glossary: source terms and the target renderings the user accepts. */
export interface Glossary {
  /** Where the glossary came from, for messages. */
  readonly path: string;
  /** Its entries in file order. */
  readonly entries: readonly LexiconEntry[];
}

/** What the checks know besides the texts. */
export interface CheckContext {
  /** The source language's profile. */
  readonly source: LanguageProfile;
  /** The target language's profile. */
  readonly target: LanguageProfile;
  /** A spell checker for the source language; null when none is installed for it. */
  readonly sourceSpeller: Speller | null;
  /** A spell checker for the target language; null when none is installed for it. */
  readonly targetSpeller: Speller | null;
  /** Source → target word correspondences, glossary included. */
  readonly lexicon: Lexicon;
  /** The pair's bilingual dictionary with its senses (the lexicon without the glossary). */
  readonly dictionary: BilingualDictionary;
  /** False friends, idioms, exonyms and the other pair knowledge. */
  readonly pair: PairData;
  /** The user's glossary, when one was given. */
  readonly glossary: Glossary | null;
  /** A part-of-speech tagger for the target language; null when none exists for it. */
  readonly tagger: PosTagger | null;
}

/** The parts of a context that come from the edge. */
export interface ContextParts {
  /** A spell checker for the source language. */
  readonly sourceSpeller?: Speller | null;
  /** A spell checker for the target language. */
  readonly targetSpeller?: Speller | null;
  /** A part-of-speech tagger for the target language. */
  readonly tagger?: PosTagger | null;
  /** The user's glossary. */
  readonly glossary?: Glossary | null;
}

/**
 * A context for a language pair. The pair's dictionary (the broad one with the
 * hand-written layer over it) is loaded once per process and shared; a glossary
 * makes a lexicon of its own, laid over the dictionary.
 */
export function createCheckContext(sourceLang: string, targetLang: string, parts: ContextParts = {}): CheckContext {
  const source = languageProfile(sourceLang);
  const target = languageProfile(targetLang);
  const pair = pairData(sourceLang, targetLang);
  const glossary = parts.glossary ?? null;
  const dictionary = pair.dictionary();
  const lexicon: Lexicon = glossary && glossary.entries.length ? layeredLexicon(buildLexicon(glossary.entries, source, target), dictionary) : dictionary;
  return {
    source,
    target,
    sourceSpeller: parts.sourceSpeller ?? null,
    targetSpeller: parts.targetSpeller ?? null,
    lexicon,
    dictionary,
    pair,
    glossary,
    tagger: parts.tagger ?? null,
  };
}

/**
 * Whether Cotejo has bilingual data for the pair (its own lexicon, not only a user's
 * glossary). Without it no check can tell a word rendered freely from a word left
 * out, or an accepted form of a name from a changed one: the checks that need that
 * judgement stay silent rather than guess.
 */
export function knowsPair(ctx: CheckContext): boolean {
  return ctx.pair.known;
}

/**
 * The confidence a word gap can have. Where the pair has a hand-written lexicon over
 * its dictionary, an unlinked run of words is an addition or an omission often
 * enough to say so; with the broad dictionary alone, free renderings leave as many
 * gaps, so what the gaps show is given as a hint (measured on the pairs of each
 * direction).
 */
export function gapConfidence(ctx: CheckContext, confidence: number): number {
  return ctx.pair.lexiconEntries().length > 0 ? confidence : Math.min(confidence, GAP_HINT);
}

/** The confidence of a gap in a pair with no hand-written lexicon: below the hint threshold. */
const GAP_HINT = 0.4;

/**
 * A divergence before compare gives it its key and its confidence: a check states a
 * confidence only where what it saw says more than its kind of evidence usually does.
 */
export type DivergenceDraft = Omit<Divergence, 'key' | 'confidence'> & {readonly confidence?: number};

/** What a check looks at: one bead and the documents' paragraphs it indexes into. */
export interface CheckInput {
  /** The bead to check. */
  readonly bead: Bead;
  /** All source paragraphs (the bead's indexes point into them). */
  readonly source: readonly Paragraph[];
  /** All target paragraphs. */
  readonly target: readonly Paragraph[];
}

/** A divergence check: every check has this one signature. */
export type Check = (input: CheckInput, ctx: CheckContext) => DivergenceDraft[];
