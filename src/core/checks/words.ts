/**
 * Shared reading of a bead for the checks: every token of both sides as a `Word`
 * with its paragraph, offsets, sentence, stem and flags, built once per bead and
 * kept while the bead is checked, so seven checks do not tokenise and stem the same text seven times.
 */
import {foldAccents, type LanguageProfile} from '../../languages/profile.js';
import type {Location, Paragraph, Token} from '../types.js';
import {tokenize} from '../document.js';
import type {CheckContext, CheckInput} from './context.js';

/** A token of one side of a bead, with what the checks need to know about it. */
export interface Word {
  /** Position of the word in its side's sequence for the bead. */
  readonly i: number;
  /** The document paragraph it belongs to. */
  readonly paragraph: number;
  /** First code unit in the paragraph. */
  readonly start: number;
  /** One past the last code unit in the paragraph. */
  readonly end: number;
  /** The token's text. */
  readonly text: string;
  /** Lowercase text, a trailing possessive removed. */
  readonly lower: string;
  /** Lowercase text without accents. */
  readonly folded: string;
  /** The token's kind. */
  readonly kind: Token['kind'];
  /** The stem (words only; other tokens: their lowercase text). */
  readonly stem: string;
  /** A function word of its language. */
  readonly isFunction: boolean;
  /** Starts with an uppercase letter. */
  readonly capitalized: boolean;
  /** Written in capitals throughout, two letters or more (an acronym). */
  readonly allCaps: boolean;
  /** The first word of its sentence (after opening quotes or brackets). */
  readonly sentenceStart: boolean;
  /** Index of its sentence within the side (across the bead's paragraphs). */
  readonly sentence: number;
  /** Nothing (no white space) between this token and the next one. */
  readonly joinedToNext: boolean;
  /** Inside quotation marks. */
  readonly quoted: boolean;
}

/** Both sides of a bead as words. */
export interface BeadWords {
  /** Source words in order. */
  readonly source: readonly Word[];
  /** Target words in order. */
  readonly target: readonly Word[];
}

const OPENING = new Set(['«', '“', '"', '‘', "'", '(', '[', '¿', '¡', '—', '-', '–']);
const QUOTE_OPEN = new Set(['«', '“', '"']);
const QUOTE_CLOSE = new Set(['»', '”', '"']);

/** What a token's text alone says about it, in one language: the same for every occurrence. */
interface TokenInfo {
  readonly lower: string;
  readonly folded: string;
  readonly stem: string;
  readonly isFunction: boolean;
  readonly capitalized: boolean;
  readonly allCaps: boolean;
}

// A document repeats its words thousands of times: lowercasing, folding and stemming
// are done once per distinct token text and language, not once per occurrence.
const infos = new WeakMap<LanguageProfile, Map<string, TokenInfo>>();

function tokenInfo(text: string, kind: Token['kind'], profile: LanguageProfile): TokenInfo {
  let table = infos.get(profile);
  if (!table) infos.set(profile, (table = new Map()));
  // Kinds never share a text except by accident of the tokenizer; keep them apart anyway.
  const key = kind === 'word' ? text : `${kind}\u0000${text}`;
  let info = table.get(key);
  if (info) return info;
  const lower = text.toLowerCase().replace(/[’']s$/, '');
  const isWord = kind === 'word';
  const letters = isWord ? text.replace(/[^\p{L}]/gu, '') : '';
  info = {
    lower,
    folded: foldAccents(lower),
    stem: isWord ? profile.stem(lower) : lower,
    isFunction: isWord && profile.functionWords.has(lower),
    capitalized: isWord && /^\p{Lu}/u.test(text),
    allCaps: isWord && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
  if (table.size > 200_000) table.clear();
  table.set(key, info);
  return info;
}

/**
 * Characters after which a sentence may end (Unicode's sentence terminators and
 * paragraph separators, as far as Latin, Greek and Cyrillic text goes, and a few
 * more to be safe), and the terminators and closing marks that end a paragraph.
 */
const TERMINATOR = /[.!?;\n\r\u037e\u0085\u2024\u2028\u2029\u203c\u203d\u2047-\u2049\ufe52\uff0e]/;
const TRAILING = /[.!?]+["'”’»)\]]*$/u;
/** A character outside the scripts whose terminators TERMINATOR lists. */
const UNLISTED_SCRIPT = /[\u0530-\u1dff\u2070-\u209f\u2150-\uffff]/;

const ONE_SENTENCE: readonly {readonly end: number}[] = [{end: Infinity}];

/**
 * The sentences of a paragraph as far as the words need them (where each ends). A
 * paragraph with no terminator before its end is one sentence, and the sentence
 * segmenter, which costs more than everything else here, is not asked.
 */
export function sentenceEnds(p: Paragraph): readonly {readonly end: number}[] {
  const text = p.text;
  if (text && !UNLISTED_SCRIPT.test(text) && !TERMINATOR.test(text.replace(TRAILING, ''))) return ONE_SENTENCE;
  return p.sentences;
}

function sideWords(paragraphs: readonly Paragraph[], ctx: CheckContext, side: 'source' | 'target'): Word[] {
  const profile = side === 'source' ? ctx.source : ctx.target;
  const out: Word[] = [];
  let sentenceBase = 0;
  for (const p of paragraphs) {
    const sentences = sentenceEnds(p);
    let s = 0;
    let sentenceEnd = sentences[0]?.end ?? Infinity;
    let atStart = true;
    let quoted = false;
    const tokens = p.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      while (s < sentences.length - 1 && t.start >= sentenceEnd) {
        s++;
        sentenceEnd = sentences[s]!.end;
        atStart = true;
      }
      const isWord = t.kind === 'word';
      if (!isWord && t.kind !== 'number') {
        if (QUOTE_OPEN.has(t.text) && !(t.text === '"' && quoted)) quoted = true;
        else if (QUOTE_CLOSE.has(t.text)) quoted = false;
      }
      const next = tokens[k + 1];
      const info = tokenInfo(t.text, t.kind, profile);
      out.push({
        i: out.length,
        paragraph: p.index,
        start: t.start,
        end: t.end,
        text: t.text,
        lower: info.lower,
        folded: info.folded,
        kind: t.kind,
        stem: info.stem,
        isFunction: info.isFunction,
        capitalized: info.capitalized,
        allCaps: info.allCaps,
        sentenceStart: isWord && atStart,
        sentence: sentenceBase + s,
        joinedToNext: next !== undefined && next.start === t.end,
        quoted,
      });
      // Opening quotes and brackets keep the next word at the start of its sentence.
      if (isWord || t.kind === 'number') atStart = false;
      else if (!OPENING.has(t.text)) atStart = false;
    }
    sentenceBase += Math.max(1, sentences.length);
  }
  return out;
}

/**
 * What the checks share about one bead, computed on first use. It is keyed by the
 * input object, which compare makes afresh for each bead, so it is dropped as soon
 * as the bead is checked, and an edited text never meets a stale reading.
 */
export interface BeadMemo {
  /** The context the entries were computed with. */
  readonly ctx: CheckContext;
  /** The words of both sides. */
  words?: BeadWords;
  /** Other per-bead results, by the name of the module that computes them. */
  readonly extra: Map<string, unknown>;
}

const memos = new WeakMap<CheckInput, BeadMemo>();

/** The shared memo of an input's bead under a context (a new one for another context). */
export function beadMemo(input: CheckInput, ctx: CheckContext): BeadMemo {
  let memo = memos.get(input);
  if (!memo || memo.ctx !== ctx) {
    memo = {ctx, extra: new Map()};
    memos.set(input, memo);
  }
  return memo;
}

/** The words of both sides of the input's bead (computed once per input and context). */
export function beadWords(input: CheckInput, ctx: CheckContext): BeadWords {
  const memo = beadMemo(input, ctx);
  if (memo.words) return memo.words;
  const src = input.bead.source.map(i => input.source[i]).filter((p): p is Paragraph => p !== undefined);
  const tgt = input.bead.target.map(i => input.target[i]).filter((p): p is Paragraph => p !== undefined);
  const out = {source: sideWords(src, ctx, 'source'), target: sideWords(tgt, ctx, 'target')};
  memo.words = out;
  return out;
}

/** The location of a run of words (they must share a paragraph; else the first word's). */
export function spanOf(words: readonly Word[], from: number, to: number): Location {
  const a = words[from]!;
  let b = words[to]!;
  if (b.paragraph !== a.paragraph) {
    for (let k = to; k >= from; k--) {
      if (words[k]!.paragraph === a.paragraph) {
        b = words[k]!;
        break;
      }
    }
  }
  return {paragraph: a.paragraph, start: a.start, end: b.end};
}

/** The location of one word. */
export function locationOf(word: Word): Location {
  return {paragraph: word.paragraph, start: word.start, end: word.end};
}

/** The text of a paragraph span. */
export function textOf(paragraphs: readonly Paragraph[], loc: Location): string {
  return paragraphs[loc.paragraph]?.text.slice(loc.start, loc.end) ?? '';
}

/**
 * Calls `visit` with each word of a whole document, as written. The paragraphs'
 * tokens are read afresh and not kept: a pass over every paragraph would push out the
 * tokens the checks are using, and the engine would carry tokens kept only to be let
 * go into its long-lived heap (with a long document, much of a check thread's time).
 */
export function forEachDocumentWord(paragraphs: readonly Paragraph[], visit: (word: string) => void): void {
  for (const p of paragraphs) for (const t of tokenize(p.text)) if (t.kind === 'word') visit(t.text);
}
