/**
 * Text to Document: decoding, normalisation, paragraphs, then sentences and tokens
 * with exact offsets. The contract (README, "Paragraphs and offsets"):
 *
 * - UTF-8, a UTF-8 BOM dropped; UTF-16 with a BOM decoded; invalid bytes are an error
 *   naming the byte offset; a NUL byte marks a binary file.
 * - Line ends normalised to `\n`, text NFC-normalised.
 * - Paragraphs are blocks separated by blank lines; a text with no blank line has one
 *   paragraph per non-empty line. Each paragraph is trimmed.
 *
 * Sentences and tokens are computed per paragraph on first use: Intl.Segmenter given a
 * whole large text is orders of magnitude slower than given one paragraph at a time.
 */
import {fail, inputError, ok, type InputError, type Result} from './result.js';
import type {Document, LanguageCode, Paragraph, Sentence, Token, TokenKind} from './types.js';

/** Where the text came from and its language. */
export interface DocumentOrigin {
  /** The path or label shown to the user. */
  readonly path: string;
  /** The document's language. */
  readonly lang: LanguageCode;
}

/**
 * Decodes a file's bytes to normalised text, or says why they are not text:
 * `binary-file` (a NUL byte) or `invalid-utf8` (with the byte offset).
 */
export function decodeText(bytes: Uint8Array, path: string): Result<string, InputError> {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16WithoutBom(bytes) !== null) {
    text = new TextDecoder(utf16WithoutBom(bytes)!).decode(bytes);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return fail(inputError('binary-file', {path, offset: nul}));
    try {
      // ignoreBOM: false drops a leading UTF-8 BOM.
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch {
      return fail(inputError('invalid-utf8', {path, offset: firstInvalidUtf8Byte(bytes)}));
    }
  }
  if (text.includes('\0')) return fail(inputError('binary-file', {path, offset: text.indexOf('\0')}));
  return ok(normaliseText(text));
}

/**
 * The encoding of UTF-16 text saved without a byte order mark, judged from its
 * first 4 KB: text in Latin, Greek or Cyrillic script has a zero in every other
 * byte, on the odd side for little-endian and the even side for big-endian; a
 * binary file has zeros on both. Null when the bytes do not look so.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // A few bytes say nothing: "ab\0c" is a binary file, not two UTF-16 characters.
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Line ends to `\n`, a stray BOM removed, NFC. */
export function normaliseText(text: string): string {
  const unix = text.replace(/\r\n?/g, '\n');
  const bomless = unix.charCodeAt(0) === 0xfeff ? unix.slice(1) : unix;
  return bomless.normalize('NFC');
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Splits normalised text into trimmed paragraphs by the rule above. */
export function splitParagraphs(text: string): string[] {
  const hasBlankLine = /\n[ \t\f\v\u00a0]*\n/.test(text);
  const blocks = hasBlankLine ? text.split(/\n(?:[ \t\f\v\u00a0]*\n)+/) : text.split('\n');
  const out: string[] = [];
  for (const block of blocks) {
    const trimmed = block.trim();
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** A Document from decoded text; `empty-document` when it has no paragraph. */
export function documentFromText(text: string, origin: DocumentOrigin): Result<Document, InputError> {
  const paragraphs = splitParagraphs(normaliseText(text));
  if (paragraphs.length === 0) return fail(inputError('empty-document', {path: origin.path}));
  return ok(documentFromParagraphs(paragraphs, origin));
}

/** A Document from a file's bytes: decoding and paragraph errors as values. */
export function documentFromBytes(bytes: Uint8Array, origin: DocumentOrigin): Result<Document, InputError> {
  const text = decodeText(bytes, origin.path);
  if (!text.ok) return text;
  return documentFromText(text.value, origin);
}

/**
 * A Document from paragraph texts that are already split (an import, an edit). Each
 * text is trimmed and NFC-normalised; empty texts are kept, so indexes do not move.
 */
export function documentFromParagraphs(texts: readonly string[], origin: DocumentOrigin): Document {
  const paragraphs = texts.map((t, index) => makeParagraph(index, t.normalize('NFC').trim(), origin.lang));
  return {path: origin.path, lang: origin.lang, paragraphs};
}

/**
 * How many characters of text may have their tokens, and their sentences, held at once,
 * all documents together (some 100 MB). Tokens take some twelve times the memory of
 * their text: held for every paragraph of a 50 MB pair they alone would fill
 * gigabytes, while the checks and the reviewer only ever need a window of paragraphs
 * at a time. Past this budget the paragraphs computed longest ago let theirs go; they
 * are computed again when next asked.
 */
export const HELD_TEXT_BUDGET = 8_000_000;

/** The paragraphs holding computed tokens or sentences, oldest first. */
const held: {size: number; release: () => void}[] = [];
let heldHead = 0;
let heldChars = 0;

function hold(size: number, release: () => void): void {
  held.push({size, release});
  heldChars += size;
  while (heldChars > HELD_TEXT_BUDGET && heldHead < held.length - 1) {
    const oldest = held[heldHead]!;
    held[heldHead++] = undefined as never;
    oldest.release();
    heldChars -= oldest.size;
  }
  // The queue is compacted now and then, so it never grows with the documents read.
  if (heldHead > 4096 && heldHead * 2 > held.length) {
    held.splice(0, heldHead);
    heldHead = 0;
  }
}

/**
 * A paragraph whose sentences and tokens are computed on first use and held within
 * the shared budget above. A paragraph's token list keeps its identity while held.
 */
export function makeParagraph(index: number, text: string, lang: LanguageCode): Paragraph {
  let sentences: readonly Sentence[] | undefined;
  let tokens: readonly Token[] | undefined;
  // Short texts cost at least one token's worth.
  const size = Math.max(text.length, 16);
  return {
    index,
    text,
    get sentences() {
      if (!sentences) {
        sentences = splitSentences(text, lang);
        hold(size, () => (sentences = undefined));
      }
      return sentences;
    },
    get tokens() {
      if (!tokens) {
        tokens = tokenize(text);
        hold(size, () => (tokens = undefined));
      }
      return tokens;
    },
  };
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: LanguageCode): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang]).length ? lang : 'und', {granularity: 'sentence'});
    segmenters.set(lang, s);
  }
  return s;
}

/** The sentences of one paragraph, trimmed, with offsets into it. */
export function splitSentences(text: string, lang: LanguageCode): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of sentenceSegmenter(lang).segment(text)) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = seg.index + lead;
    out.push({text: body, start, end: start + body.length});
  }
  return out;
}

// Tokens are found by two means that must agree exactly. The regular expressions below
// define them: one pass of a sticky expression is far cheaper than Intl.Segmenter's word
// granularity, and it keeps what the checks need (numbers with their separators, words
// with inner apostrophes and hyphens, combining marks inside words). A scanner over
// character codes then takes the common characters without them: the expressions cost
// two calls and a match array for every token, and tokenizing runs over every paragraph
// of both documents several times in a check.

/** The marks that may join the digit groups of a number: 2,5 · 240.000 · 10:30 · 1'000. */
const NUMBER_SEPARATOR = "[.,:'’]";
/** The marks that may join two parts of a word, when a letter or digit follows: l’eau, US-led. */
const WORD_JOINER = "['’\\-‐]";

const TOKEN = new RegExp(
  `(\\p{N}+(?:${NUMBER_SEPARATOR}\\p{N}+)*)` +
    `|([\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{N}]|${WORD_JOINER}(?=[\\p{L}\\p{N}]))*)` +
    `|(\\p{P})` +
    `|(\\p{Regional_Indicator}{2}|\\p{Extended_Pictographic}(?:\\p{M}|\\u200d\\p{Extended_Pictographic}|[\\u{1F3FB}-\\u{1F3FF}])*|[^\\s])`,
  'uy',
);

/** The longest token taken for a word or a number; German's longest dictionary words stay under it. */
export const MAX_WORD_LENGTH = 100;

const LONG_RUN = new RegExp(`[\\p{L}\\p{M}\\p{N}]{${MAX_WORD_LENGTH + 1}}`, 'uy');
const RUN = /[\p{L}\p{M}\p{N}]+/uy;
const SPACE = /\s/;

/**
 * The tokens of a text by the regular expressions alone: the definition that
 * {@link tokenize} follows, kept to check it and to measure it against.
 */
export function tokenizeByExpressions(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) i = expressionStep(text, i, out);
  return out;
}

/** Takes the token at `i` (or skips white space) by the expressions; returns where the next starts. */
function expressionStep(text: string, i: number, out: Token[]): number {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 9 || c === 13 || SPACE.test(text[i]!)) return i + 1;
  // A run of letters and digits longer than any word is taken whole, by a plain
  // character class: the token expression would backtrack over every letter of it.
  LONG_RUN.lastIndex = i;
  if (LONG_RUN.test(text)) {
    RUN.lastIndex = i;
    const run = RUN.exec(text)![0];
    out.push({text: run, start: i, end: i + run.length, kind: 'symbol'});
    return i + run.length;
  }
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m) return i + 1;
  const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'punct' : 'symbol';
  // A surrogate pair matched by [^\s] must stay whole; the u flag already sees to it.
  out.push({text: m[0], start: i, end: i + m[0].length, kind: longRunKind(kind, m[0].length)});
  return i + m[0].length;
}

/**
 * A run of letters longer than any word (a base64 blob, a hash, text whose spaces were
 * lost) is not a word: checks that look inside words would only spend time on it.
 */
function longRunKind(kind: TokenKind, length: number): TokenKind {
  return kind !== 'punct' && length > MAX_WORD_LENGTH ? 'symbol' : kind;
}

// What the scanner knows of a character, one bit each. A character without KNOWN is
// left to the expressions, and so is every token that would need to look at one.
const KNOWN = 1;
const WHITE = 2;
const LETTER = 4;
const MARK = 8;
const DIGIT = 16;
const PUNCT = 32;
const JOINS_WORD = 64;
const JOINS_NUMBER = 128;
const WORD_CHAR = LETTER | MARK | DIGIT;

/**
 * The classes of ASCII, Latin-1 and Latin Extended-A and B (U+0000–U+024F) and of
 * General Punctuation (U+2000–U+206F: the curly quotes, dashes and spaces that stand
 * next to words in edited text), found by asking the very expressions that define the
 * tokens, so the two cannot disagree (ª and µ are letters, ² and ½ digits, « and ¿
 * punctuation, ° and × none of these, U+00A0 white space). Characters that start an
 * emoji sequence stay unknown: their tokens run over several characters. Until the
 * table is learnt every character is unknown, which is slow but still right.
 */
const CLASSES = new Uint8Array(0x2070);
let classesLearnt = false;

/**
 * Fills the table above. It is done on the first call to {@link tokenize}, not when
 * the module loads: it takes a few milliseconds, which a run that never tokenizes
 * (help, a session command) should not pay.
 */
function learnClasses(): void {
  const tests: [RegExp, number][] = [
    [SPACE, WHITE],
    [/\p{L}/u, LETTER],
    [/\p{M}/u, MARK],
    [/\p{N}/u, DIGIT],
    [/\p{P}/u, PUNCT],
    [new RegExp(WORD_JOINER, 'u'), JOINS_WORD],
    [new RegExp(NUMBER_SEPARATOR, 'u'), JOINS_NUMBER],
  ];
  const emoji = /\p{Regional_Indicator}|\p{Extended_Pictographic}/u;
  const ranges: [number, number][] = [
    [0, 0x250],
    [0x2000, 0x2070],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c < to; c++) CLASSES[c] = emoji.test(String.fromCharCode(c)) ? 0 : KNOWN;
  }
  // One expression at a time over all the characters: asked by turns, the same
  // questions take four times as long.
  for (const [re, bit] of tests) {
    for (let c = 0; c < CLASSES.length; c++) {
      if (CLASSES[c]! & KNOWN && re.test(String.fromCharCode(c))) CLASSES[c] = CLASSES[c]! | bit;
    }
  }
  classesLearnt = true;
}

/** The class of a UTF-16 code unit; 0 (unknown) outside the table. */
function classOf(code: number): number {
  return code < CLASSES.length ? CLASSES[code]! : 0;
}

/** The class of the character at `j`; past the end, a known character of no class. */
function classAt(text: string, j: number): number {
  return j >= text.length ? KNOWN : classOf(text.charCodeAt(j));
}

/** Returned by the scanner when a character it does not know decides the token. */
const UNDECIDED = -1;

/**
 * Where the run of characters of class `bits` from `j` ends, stopping at `limit` (not
 * past the end) at the latest; UNDECIDED if a character the table does not know ends it.
 */
function runEnd(text: string, j: number, bits: number, limit: number): number {
  for (; j < limit; j++) {
    const k = classOf(text.charCodeAt(j));
    if (!(k & bits)) return k & KNOWN ? j : UNDECIDED;
  }
  return j;
}

/**
 * Takes the word or number starting at `i` (a letter, mark or digit) as
 * {@link expressionStep} would, from the table above; returns where the next token
 * starts, or UNDECIDED, having added nothing, when the answer depends on a character
 * the table does not know.
 */
function scanWordOrNumber(text: string, i: number, first: number, out: Token[]): number {
  // The expressions first ask whether a run longer than any word starts here.
  const run = runEnd(text, i + 1, WORD_CHAR, Math.min(text.length, i + MAX_WORD_LENGTH + 1));
  if (run === UNDECIDED) return UNDECIDED;
  if (run - i > MAX_WORD_LENGTH) {
    const end = runEnd(text, run, WORD_CHAR, text.length);
    if (end === UNDECIDED) return UNDECIDED;
    out.push({text: text.slice(i, end), start: i, end, kind: 'symbol'});
    return end;
  }
  const end = first & DIGIT ? numberEnd(text, i) : wordEnd(text, run);
  if (end === UNDECIDED) return UNDECIDED;
  out.push({text: text.slice(i, end), start: i, end, kind: longRunKind(first & DIGIT ? 'number' : 'word', end - i)});
  return end;
}

/** The end of the number starting at `i`: digit groups joined by single separators. */
function numberEnd(text: string, i: number): number {
  let j = runEnd(text, i, DIGIT, text.length);
  while (j !== UNDECIDED && classAt(text, j) & JOINS_NUMBER) {
    const next = classAt(text, j + 1);
    if (!(next & KNOWN)) return UNDECIDED;
    if (!(next & DIGIT)) break;
    j = runEnd(text, j + 1, DIGIT, text.length);
  }
  return j;
}

/**
 * The end of the word whose letters, marks and digits run from its start to `j`: it
 * goes on past an apostrophe or hyphen followed by a letter or digit (not a mark).
 */
function wordEnd(text: string, j: number): number {
  while (classAt(text, j) & JOINS_WORD) {
    const next = classAt(text, j + 1);
    if (!(next & KNOWN)) return UNDECIDED;
    if (!(next & (LETTER | DIGIT))) break;
    j = runEnd(text, j + 1, WORD_CHAR, text.length);
    if (j === UNDECIDED) return UNDECIDED;
  }
  return j;
}

/** The tokens of a text: words, numbers, punctuation and symbols, white space skipped. */
export function tokenize(text: string): Token[] {
  if (!classesLearnt) learnClasses();
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const first = classOf(text.charCodeAt(i));
    let next = UNDECIDED;
    if (first & WHITE) {
      next = i + 1;
    } else if (first & WORD_CHAR) {
      next = scanWordOrNumber(text, i, first, out);
    } else if (first & KNOWN) {
      // One character: the expressions' punctuation, or their last resort [^\s].
      out.push({text: text[i]!, start: i, end: i + 1, kind: first & PUNCT ? 'punct' : 'symbol'});
      next = i + 1;
    }
    i = next === UNDECIDED ? expressionStep(text, i, out) : next;
  }
  return out;
}

/** A document with one paragraph's text replaced (a correction). */
export function withParagraphText(document: Document, index: number, text: string): Document {
  const paragraphs = document.paragraphs.map(p => (p.index === index ? makeParagraph(index, text, document.lang) : p));
  return {...document, paragraphs};
}
