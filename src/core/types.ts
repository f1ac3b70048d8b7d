/**
 * The shared vocabulary of Cotejo's engine: documents, alignments, divergences and
 * reports. Every other module speaks in these types; nothing here does I/O.
 *
 * Offsets are JavaScript string indexes (UTF-16 code units) into the trimmed text of
 * one paragraph; `end` is exclusive. Paragraph indexes are 0-based per document.
 */

/** A language as a lowercase BCP 47 primary subtag ("es", "en", "de"). */
export type LanguageCode = string;

/** A half-open range of UTF-16 code units inside one string. */
export interface Span {
  /** First code unit of the range. */
  readonly start: number;
  /** One past the last code unit of the range. */
  readonly end: number;
}

/** What a token is made of; decides how the checks treat it. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A word, number, punctuation mark or symbol, with its place in the paragraph. */
export interface Token extends Span {
  /** The exact text of the token as it stands in the paragraph. */
  readonly text: string;
  /** Whether the token is a word, a number, punctuation or another symbol. */
  readonly kind: TokenKind;
}

/** A sentence of a paragraph, as Intl.Segmenter finds it, trimmed of white space. */
export interface Sentence extends Span {
  /** The sentence's text, equal to `paragraph.text.slice(start, end)`. */
  readonly text: string;
}

/**
 * One paragraph of a document. Sentences and tokens are computed on first use, so
 * that loading a very large file costs only the split into paragraphs.
 */
export interface Paragraph {
  /** 0-based position of the paragraph in its document. */
  readonly index: number;
  /** The paragraph's text, trimmed, NFC-normalised, with `\n` line ends. */
  readonly text: string;
  /** The paragraph's sentences, in order, with offsets into `text`. */
  readonly sentences: readonly Sentence[];
  /** The paragraph's tokens, in order, with offsets into `text`. */
  readonly tokens: readonly Token[];
}

/** A text split into paragraphs, the unit that every other part works on. */
export interface Document {
  /** Where the text came from, as the user named it (a path, or a label for tests). */
  readonly path: string;
  /** The document's language. */
  readonly lang: LanguageCode;
  /** The paragraphs, in order. Never empty. */
  readonly paragraphs: readonly Paragraph[];
  /**
   * How the language was found when the user did not give it: from the file's name or
   * from its text. Absent when given, read from a bilingual file, or not found.
   */
  readonly langGuessed?: 'name' | 'text' | undefined;
}

/**
 * A bead: a group of consecutive source paragraphs aligned with a group of
 * consecutive target paragraphs (either side may be empty, not both). Beads of an
 * alignment are monotonic and cover every paragraph of both documents exactly once.
 */
export interface Bead {
  /** Source paragraph indexes, consecutive and ascending. */
  readonly source: readonly number[];
  /** Target paragraph indexes, consecutive and ascending. */
  readonly target: readonly number[];
  /** How sure the aligner is of this bead, from 0 (a guess) to 1 (certain). */
  readonly confidence: number;
}

/** The sequence of beads that pairs two documents. */
export type Alignment = readonly Bead[];

/** What kind of departure from the source a divergence is. */
export type Category =
  | 'glued'
  | 'name'
  | 'number'
  | 'omission'
  | 'addition'
  | 'untranslated'
  | 'mistranslation'
  | 'terminology'
  | 'punctuation'
  | 'spelling';

/** Every category, in the order the interface lists them. */
export const CATEGORIES: readonly Category[] = [
  'glued',
  'name',
  'number',
  'omission',
  'addition',
  'untranslated',
  'mistranslation',
  'terminology',
  'punctuation',
  'spelling',
];

/** How much a divergence matters. */
export type Severity = 'error' | 'warning' | 'info';

/** A span inside one paragraph of one document. */
export interface Location extends Span {
  /** The paragraph's index in its document. */
  readonly paragraph: number;
}

/** Values that fill a message template; words for people are made at the edge. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A phrase where the translation departs from the source. The engine says what and
 * where with a message code and parameters; the interface turns them into words.
 */
export interface Divergence {
  /**
   * A key that stays the same when the pair is checked again with the same texts:
   * category, message code and the phrases, plus an occurrence number. Resolutions
   * (dismissed, fixed) are stored under it.
   */
  readonly key: string;
  /** The kind of divergence. */
  readonly category: Category;
  /** How much it matters. */
  readonly severity: Severity;
  /** The message's code: an i18next key under `divergence.` in translations/. */
  readonly code: string;
  /** Values for the message template. */
  readonly params: MessageParams;
  /** A replacement for the target span, when one can be computed. */
  readonly suggestion?: string;
  /** Where it stands in the target; null for an omission. */
  readonly target: Location | null;
  /** Where it stands in the source; null for an addition. */
  readonly source: Location | null;
  /**
   * How likely the flag is right, from 0 to 1: the measured precision of its kind of
   * evidence, raised or lowered by what the check saw. Under a threshold (0.5 unless
   * the user sets another) a divergence is a hint: shown dimmed, counted nowhere.
   */
  readonly confidence: number;
}
