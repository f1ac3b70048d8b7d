/**
 * The working state of a review as a pure reducer: the two documents, the corrections
 * made to the target, the alignment as the user edited it, the resolution of each
 * divergence and the cursor. Every change is an Action; `reduce` returns a new state
 * and never mutates the old one, so undo is keeping old states and the session file
 * is a picture of one state.
 *
 * Invalid actions (an index out of range, merging the last bead, splitting a 1-1
 * bead, …) return the very same state object, which callers use to tell that nothing
 * happened (no undo step, no save).
 */
import {alignSentences} from './align.js';
import {compareBead} from './compare.js';
import type {CheckContext} from './checks/context.js';
import {withParagraphText} from './document.js';
import type {Alignment, Bead, Divergence, Document} from './types.js';

/**
 * Where a bead came from: the aligner (`automatic`), the aligner's bead approved by
 * the user (`confirmed`), or a bead the user made by merging, splitting, moving or
 * unlinking (`edited`). Confirmed and edited beads survive re-alignment.
 */
export type BeadStatus = 'automatic' | 'confirmed' | 'edited';

/**
 * A link between sentences inside one bead: sentence numbers count from 0 across the
 * bead's paragraphs in order on each side, as `alignSentences` numbers them.
 */
export interface SentenceLink extends Bead {
  /** The sentence aligner's link (`automatic`) or one the user made (`edited`). */
  readonly status: BeadStatus;
}

/** A bead of the working alignment with its status. */
export interface SessionBead extends Bead {
  /** Who decided this bead: the aligner, or the user. */
  readonly status: BeadStatus;
  /**
   * The bead's sentence links as the user corrected them; absent while the sentence
   * aligner's links stand. They hold only for the bead's paragraphs with their texts
   * as they are, so they are dropped, never re-derived, whenever those change: a
   * merge, split, move or unlink makes new beads without them, and an edit of one of
   * the bead's target paragraphs (by hand or by a suggestion) drops them from its
   * bead. So they never point at sentences that no longer exist; the pair is back on
   * the sentence aligner's links, and undo brings the corrected ones back.
   */
  readonly sentences?: readonly SentenceLink[];
}

/**
 * What became of a divergence: still `open`, `fixed` (a suggestion was applied) or
 * `dismissed` (the user judged the translation right, optionally saying why).
 */
export type Resolution =
  | {readonly state: 'open'}
  | {readonly state: 'fixed'}
  | {
      readonly state: 'dismissed';
      /** The user's note on why the translation stands. */
      readonly reason?: string;
    };

/** Where the user is: a bead and, inside it, a divergence. */
export interface Cursor {
  /** Index of the bead in `SessionState.beads`. */
  readonly bead: number;
  /** The key of the selected divergence, or null when none is selected. */
  readonly divergence: string | null;
}

/** Everything the user's work consists of, at one moment. */
export interface SessionState {
  /** The source as aligned. */
  readonly source: Document;
  /** The target as loaded, before any correction: the base the corrections are kept against. */
  readonly original: Document;
  /** The target with the corrections applied; the checks run on this one. */
  readonly target: Document;
  /** The working alignment; it covers every paragraph of source and target exactly once. */
  readonly beads: readonly SessionBead[];
  /** Resolutions by Divergence.key; a key that is absent is open. */
  readonly resolutions: Readonly<Record<string, Resolution>>;
  /** Where the user is. */
  readonly cursor: Cursor;
}

/** A change the user makes; the reducer applies it. */
export type Action =
  | {type: 'edit-target'; paragraph: number; text: string}
  /** Replaces the divergence's target span by its suggestion and marks it fixed. */
  | {type: 'apply-suggestion'; divergence: Divergence}
  | {type: 'dismiss'; key: string; reason?: string}
  | {type: 'reopen'; key: string}
  | {type: 'merge-next'; bead: number}
  /** A bead of several paragraphs becomes 1-1 beads, then 1-0 or 0-1 beads for the rest. */
  | {type: 'split'; bead: number}
  /** `first` goes to the end of the previous bead, `last` to the start of the next one. */
  | {type: 'move-paragraph'; bead: number; side: 'source' | 'target'; edge: 'first' | 'last'}
  /** The paragraph gets a bead of its own with no counterpart. */
  | {type: 'unlink'; bead: number; side: 'source' | 'target'; paragraph: number}
  | {type: 'confirm'; bead: number}
  /** Sentence link `link` of the bead takes in the next link's sentences. */
  | {type: 'merge-sentences'; bead: number; link: number}
  /** A sentence link of several sentences becomes 1-1 links, then 1-0 or 0-1 links for the rest. */
  | {type: 'split-sentences'; bead: number; link: number}
  /** `first` goes to the end of the previous link, `last` to the start of the next one. */
  | {type: 'move-sentence'; bead: number; link: number; side: 'source' | 'target'; edge: 'first' | 'last'}
  | {type: 'move-cursor'; bead: number; divergence?: string | null};

/**
 * The confidence given to a bead the user made: the aligner's doubt no longer
 * applies to it, and views that flag doubtful beads should not flag the user's.
 */
export const USER_BEAD_CONFIDENCE = 1;

/** The state at the start of a review: no correction, the aligner's beads, all open. */
export function initialState(
  source: Document,
  target: Document,
  alignment: Alignment | readonly (Bead & {readonly status?: BeadStatus})[],
): SessionState {
  return {
    source,
    original: target,
    target,
    // A bilingual file may record statuses (reviewed, final): they are kept.
    beads: alignment.map(b => ({
      source: [...b.source],
      target: [...b.target],
      confidence: b.confidence,
      status: ('status' in b && b.status) || 'automatic',
    })),
    resolutions: {},
    cursor: {bead: 0, divergence: null},
  };
}

/** The state after one action; the same object when the action changes nothing or is invalid. */
export function reduce(state: SessionState, action: Action): SessionState {
  switch (action.type) {
    case 'edit-target':
      return editTarget(state, action.paragraph, action.text);
    case 'apply-suggestion':
      return applySuggestion(state, action.divergence);
    case 'dismiss':
      return dismiss(state, action.key, action.reason);
    case 'reopen':
      return reopen(state, action.key);
    case 'merge-next':
      return mergeNext(state, action.bead);
    case 'split':
      return split(state, action.bead);
    case 'move-paragraph':
      return moveParagraph(state, action.bead, action.side, action.edge);
    case 'unlink':
      return unlink(state, action.bead, action.side, action.paragraph);
    case 'confirm':
      return confirm(state, action.bead);
    case 'merge-sentences':
      return withSentenceLinks(state, action.bead, links => mergeLinks(links, action.link));
    case 'split-sentences':
      return withSentenceLinks(state, action.bead, links => splitLink(links, action.link));
    case 'move-sentence':
      return withSentenceLinks(state, action.bead, links => moveSentence(links, action.link, action.side, action.edge));
    case 'move-cursor':
      return moveCursor(state, action.bead, action.divergence ?? null);
  }
}

/** A paragraph's text as the document model keeps it: NFC and trimmed. */
function normaliseParagraph(text: string): string {
  return text.normalize('NFC').trim();
}

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function editTarget(state: SessionState, paragraph: number, text: string): SessionState {
  if (!isIndex(paragraph, state.target.paragraphs.length)) return state;
  const next = normaliseParagraph(text);
  if (state.target.paragraphs[paragraph]!.text === next) return state;
  // Resolutions are left alone: a divergence whose phrase is gone no longer shows up
  // when the bead is checked again, and its key (made of the phrase) cannot come back
  // by accident with another meaning.
  return {...withoutSentenceLinks(state, paragraph), target: withParagraphText(state.target, paragraph, next)};
}

/** The state with the corrected sentence links of the bead holding target paragraph `paragraph` dropped. */
function withoutSentenceLinks(state: SessionState, paragraph: number): SessionState {
  const at = state.beads.findIndex(b => b.target.includes(paragraph));
  const bead = state.beads[at];
  if (bead?.sentences === undefined) return state;
  const {sentences: _dropped, ...rest} = bead;
  return {...state, beads: state.beads.map((b, i) => (i === at ? rest : b))};
}

function applySuggestion(state: SessionState, divergence: Divergence): SessionState {
  const {target, suggestion} = divergence;
  if (target === null || suggestion === undefined) return state;
  if (!isIndex(target.paragraph, state.target.paragraphs.length)) return state;
  const text = state.target.paragraphs[target.paragraph]!.text;
  if (!Number.isInteger(target.start) || !Number.isInteger(target.end)) return state;
  if (target.start < 0 || target.end < target.start || target.end > text.length) return state;
  const next = normaliseParagraph(text.slice(0, target.start) + suggestion + text.slice(target.end));
  if (next === text && state.resolutions[divergence.key]?.state === 'fixed') return state;
  const resolutions = {...state.resolutions, [divergence.key]: {state: 'fixed'} as const};
  if (next === text) return {...state, resolutions};
  return {...withoutSentenceLinks(state, target.paragraph), target: withParagraphText(state.target, target.paragraph, next), resolutions};
}

function dismiss(state: SessionState, key: string, reason: string | undefined): SessionState {
  const current = state.resolutions[key];
  const note = reason?.trim() ? reason.trim() : undefined;
  if (current?.state === 'dismissed' && current.reason === note) return state;
  const resolution: Resolution = note === undefined ? {state: 'dismissed'} : {state: 'dismissed', reason: note};
  return {...state, resolutions: {...state.resolutions, [key]: resolution}};
}

function reopen(state: SessionState, key: string): SessionState {
  const current = state.resolutions[key];
  if (current === undefined) return state;
  const resolutions = {...state.resolutions};
  delete resolutions[key];
  return {...state, resolutions};
}

/** A bead the user made. */
function edited(source: readonly number[], target: readonly number[]): SessionBead {
  return {source, target, confidence: USER_BEAD_CONFIDENCE, status: 'edited'};
}

/**
 * Replaces `count` beads from `start` by `replacement`, and keeps the cursor on the
 * same bead (or on the first of the ones that replace it).
 */
function spliceBeads(state: SessionState, start: number, count: number, replacement: readonly SessionBead[]): SessionState {
  const beads = [...state.beads.slice(0, start), ...replacement, ...state.beads.slice(start + count)];
  let bead = state.cursor.bead;
  if (bead >= start + count) bead += replacement.length - count;
  else if (bead >= start) bead = start + Math.min(bead - start, Math.max(replacement.length - 1, 0));
  bead = Math.max(0, Math.min(bead, beads.length - 1));
  // A divergence key belongs to the old bead's texts; after a change of the beads it
  // may not exist any more, so only a cursor that stayed on an untouched bead keeps it.
  const touched = state.cursor.bead >= start && state.cursor.bead < start + count;
  const cursor = touched ? {bead, divergence: null} : {bead, divergence: state.cursor.divergence};
  return {...state, beads, cursor};
}

function mergeNext(state: SessionState, index: number): SessionState {
  if (!isIndex(index, state.beads.length - 1)) return state;
  const a = state.beads[index]!;
  const b = state.beads[index + 1]!;
  return spliceBeads(state, index, 2, [edited([...a.source, ...b.source], [...a.target, ...b.target])]);
}

/**
 * A link (of paragraphs or sentences) taken apart: one to one in order while both
 * sides last, then what is left of the longer side one by one.
 */
function splitSides(source: readonly number[], target: readonly number[]): [number[], number[]][] {
  const pairs = Math.min(source.length, target.length);
  const parts: [number[], number[]][] = [];
  for (let k = 0; k < pairs; k++) parts.push([[source[k]!], [target[k]!]]);
  for (const s of source.slice(pairs)) parts.push([[s], []]);
  for (const t of target.slice(pairs)) parts.push([[], [t]]);
  return parts;
}

function split(state: SessionState, index: number): SessionState {
  if (!isIndex(index, state.beads.length)) return state;
  const bead = state.beads[index]!;
  if (bead.source.length <= 1 && bead.target.length <= 1) return state;
  return spliceBeads(state, index, 1, splitSides(bead.source, bead.target).map(([s, t]) => edited(s, t)));
}

function withSide(bead: SessionBead, side: 'source' | 'target', paragraphs: readonly number[]): SessionBead {
  return side === 'source' ? edited(paragraphs, bead.target) : edited(bead.source, paragraphs);
}

function isEmpty(bead: Bead): boolean {
  return bead.source.length === 0 && bead.target.length === 0;
}

function moveParagraph(state: SessionState, index: number, side: 'source' | 'target', edge: 'first' | 'last'): SessionState {
  if (!isIndex(index, state.beads.length)) return state;
  const bead = state.beads[index]!;
  const own = bead[side];
  if (own.length === 0) return state;
  const neighbourIndex = edge === 'first' ? index - 1 : index + 1;
  if (!isIndex(neighbourIndex, state.beads.length)) return state;
  const neighbour = state.beads[neighbourIndex]!;
  // Beads are monotonic and cover every paragraph, so the paragraph at the edge is
  // always adjacent to the neighbour's paragraphs on that side (or to the beads
  // beyond it when the neighbour has none): the order stays valid.
  const moved = edge === 'first' ? own[0]! : own[own.length - 1]!;
  const rest = edge === 'first' ? own.slice(1) : own.slice(0, -1);
  const grown = edge === 'first' ? [...neighbour[side], moved] : [moved, ...neighbour[side]];
  const shrunk = withSide(bead, side, rest);
  const receiver = withSide(neighbour, side, grown);
  const pair = edge === 'first' ? [receiver, shrunk] : [shrunk, receiver];
  const start = Math.min(index, neighbourIndex);
  const next = spliceBeads(state, start, 2, pair.filter(b => !isEmpty(b)));
  // The cursor follows the moved paragraph's old bead if it still exists, else the receiver.
  if (state.cursor.bead !== index) return next;
  const cursorBead = isEmpty(shrunk) ? start : edge === 'first' ? start + 1 : start;
  return {...next, cursor: {bead: cursorBead, divergence: null}};
}

function unlink(state: SessionState, index: number, side: 'source' | 'target', paragraph: number): SessionState {
  if (!isIndex(index, state.beads.length)) return state;
  const bead = state.beads[index]!;
  const own = bead[side];
  const other = side === 'source' ? 'target' : 'source';
  const at = own.indexOf(paragraph);
  if (at < 0) return state;
  if (own.length === 1 && bead[other].length === 0) return state;
  const alone = withSide({...bead, source: [], target: []}, side, [paragraph]);
  const before = own.slice(0, at);
  const after = own.slice(at + 1);
  let parts: SessionBead[];
  if (before.length === 0) {
    // First on its side: it goes before what stays linked.
    parts = [alone, withSide(bead, side, after)];
  } else if (after.length === 0) {
    parts = [withSide(bead, side, before), alone];
  } else {
    // In the middle: the paragraphs before it keep the counterpart, and the ones after
    // it cannot stay linked to that counterpart without crossing, so they stand alone
    // as one bead (the user can move or merge them back).
    parts = [withSide(bead, side, before), alone, withSide({...bead, source: [], target: []}, side, after)];
  }
  return spliceBeads(state, index, 1, parts.filter(b => !isEmpty(b)));
}

function confirm(state: SessionState, index: number): SessionState {
  if (!isIndex(index, state.beads.length)) return state;
  const bead = state.beads[index]!;
  if (bead.status === 'confirmed') return state;
  const beads = state.beads.map((b, i) => (i === index ? {...b, status: 'confirmed' as const} : b));
  return {...state, beads};
}

/** A sentence link the user made. */
function editedLink(source: readonly number[], target: readonly number[]): SentenceLink {
  return {source, target, confidence: USER_BEAD_CONFIDENCE, status: 'edited'};
}

/**
 * The state with bead `index`'s sentence links changed by `change` (which returns null
 * for an invalid change); the links become the bead's corrected ones.
 */
function withSentenceLinks(state: SessionState, index: number, change: (links: readonly SentenceLink[]) => SentenceLink[] | null): SessionState {
  if (!isIndex(index, state.beads.length)) return state;
  const next = change(sentenceLinksOf(state, index));
  if (next === null) return state;
  const beads = state.beads.map((b, i) => (i === index ? {...b, sentences: next} : b));
  return {...state, beads};
}

function mergeLinks(links: readonly SentenceLink[], k: number): SentenceLink[] | null {
  if (!isIndex(k, links.length - 1)) return null;
  const a = links[k]!;
  const b = links[k + 1]!;
  return [...links.slice(0, k), editedLink([...a.source, ...b.source], [...a.target, ...b.target]), ...links.slice(k + 2)];
}

function splitLink(links: readonly SentenceLink[], k: number): SentenceLink[] | null {
  if (!isIndex(k, links.length)) return null;
  const link = links[k]!;
  if (link.source.length <= 1 && link.target.length <= 1) return null;
  const parts = splitSides(link.source, link.target).map(([s, t]) => editedLink(s, t));
  return [...links.slice(0, k), ...parts, ...links.slice(k + 1)];
}

function moveSentence(links: readonly SentenceLink[], k: number, side: 'source' | 'target', edge: 'first' | 'last'): SentenceLink[] | null {
  if (!isIndex(k, links.length)) return null;
  const link = links[k]!;
  const own = link[side];
  const neighbourIndex = edge === 'first' ? k - 1 : k + 1;
  if (own.length === 0 || !isIndex(neighbourIndex, links.length)) return null;
  const neighbour = links[neighbourIndex]!;
  // As with paragraphs: the sentence at the edge is next to the neighbour's on that side.
  const moved = edge === 'first' ? own[0]! : own[own.length - 1]!;
  const rest = edge === 'first' ? own.slice(1) : own.slice(0, -1);
  const grown = edge === 'first' ? [...neighbour[side], moved] : [moved, ...neighbour[side]];
  const withSide = (l: SentenceLink, sentences: readonly number[]) => (side === 'source' ? editedLink(sentences, l.target) : editedLink(l.source, sentences));
  const shrunk = withSide(link, rest);
  const receiver = withSide(neighbour, grown);
  const pair = (edge === 'first' ? [receiver, shrunk] : [shrunk, receiver]).filter(l => !isEmpty(l));
  const start = Math.min(k, neighbourIndex);
  return [...links.slice(0, start), ...pair, ...links.slice(start + 2)];
}

// The sentence aligner's links per bead content, so that a key press in the sentence
// view aligns the pair's sentences once, not once per frame.
const SENTENCE_MEMO_LIMIT = 256;
const sentenceMemo = new Map<string, readonly SentenceLink[]>();

/** The sentence aligner's links of a bead of the working state (the corrected target). */
export function automaticSentenceLinks(state: SessionState, index: number): readonly SentenceLink[] {
  const bead = state.beads[index];
  if (bead === undefined) return [];
  const key = memoKey(state, bead);
  const hit = sentenceMemo.get(key);
  if (hit !== undefined) return hit;
  const paragraphs = (doc: Document, list: readonly number[]) => list.map(i => doc.paragraphs[i]).filter(p => p !== undefined);
  const links = alignSentences(paragraphs(state.source, bead.source), paragraphs(state.target, bead.target)).map(
    (b): SentenceLink => ({source: b.source, target: b.target, confidence: b.confidence, status: 'automatic'}),
  );
  sentenceMemo.set(key, links);
  if (sentenceMemo.size > SENTENCE_MEMO_LIMIT) sentenceMemo.delete(sentenceMemo.keys().next().value!);
  return links;
}

/** A bead's sentence links: the user's corrected ones where it has them, else the sentence aligner's. */
export function sentenceLinksOf(state: SessionState, index: number): readonly SentenceLink[] {
  return state.beads[index]?.sentences ?? automaticSentenceLinks(state, index);
}

/** How many sentences the bead's paragraphs hold on each side. */
export function sentenceCounts(state: SessionState, bead: Bead): {source: number; target: number} {
  const count = (doc: Document, list: readonly number[]) => list.reduce((n, i) => n + (doc.paragraphs[i]?.sentences.length ?? 0), 0);
  return {source: count(state.source, bead.source), target: count(state.target, bead.target)};
}

/**
 * The state with every bead's corrected sentence links checked against the sentences
 * its paragraphs hold now; links that do not cover them exactly (the sentence
 * splitter of another runtime cut a paragraph differently) are dropped.
 */
export function withFittingSentenceLinks(state: SessionState): SessionState {
  let changed = false;
  const beads = state.beads.map(b => {
    if (b.sentences === undefined) return b;
    const counts = sentenceCounts(state, b);
    if (beadsProblem(b.sentences, counts.source, counts.target) === null) return b;
    changed = true;
    const {sentences: _dropped, ...rest} = b;
    return rest;
  });
  return changed ? {...state, beads} : state;
}

function moveCursor(state: SessionState, bead: number, divergence: string | null): SessionState {
  if (!isIndex(bead, state.beads.length)) return state;
  if (state.cursor.bead === bead && state.cursor.divergence === divergence) return state;
  return {...state, cursor: {bead, divergence}};
}

/** The states before and after the present one, for undo and redo. */
export interface History {
  /** Earlier states, oldest first. */
  readonly past: readonly SessionState[];
  /** The state the user sees. */
  readonly present: SessionState;
  /** States undone, the next one to redo first. */
  readonly future: readonly SessionState[];
}

/**
 * How many undo steps are kept. Each step shares all but the changed parts with its
 * neighbours, but an edit still copies the paragraph list, so a long session on a
 * very large document would otherwise grow without bound.
 */
export const HISTORY_LIMIT = 1000;

/** A history with nothing to undo or redo. */
export function historyOf(state: SessionState): History {
  return {past: [], present: state, future: []};
}

/**
 * The history after an action, an undo or a redo. Cursor moves change the present
 * without becoming undo steps (and keep what can be redone); an action that changes
 * nothing leaves the history as it is.
 */
export function reduceHistory(history: History, action: Action | {type: 'undo'} | {type: 'redo'}): History {
  if (action.type === 'undo') {
    const previous = history.past[history.past.length - 1];
    if (previous === undefined) return history;
    return {past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future]};
  }
  if (action.type === 'redo') {
    const next = history.future[0];
    if (next === undefined) return history;
    return {past: [...history.past, history.present], present: next, future: history.future.slice(1)};
  }
  const present = reduce(history.present, action);
  if (present === history.present) return history;
  if (action.type === 'move-cursor') return {...history, present};
  const past = [...history.past, history.present];
  return {past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present, future: []};
}

/** The bead's paragraphs of the working state as a plain bead. */
function plainBead(bead: SessionBead): Bead {
  return {source: bead.source, target: bead.target, confidence: bead.confidence};
}

/** The working alignment without the statuses, as the checks and exports take it. */
export function alignmentOf(state: SessionState): Alignment {
  return state.beads.map(plainBead);
}

/** Indexes of the target paragraphs whose text differs from the text as loaded. */
export function correctedParagraphs(state: SessionState): number[] {
  const out: number[] = [];
  state.target.paragraphs.forEach((p, i) => {
    if (p.text !== state.original.paragraphs[i]?.text) out.push(i);
  });
  return out;
}

/** A divergence's resolution, `open` when none was recorded. */
export function resolutionOf(state: SessionState, key: string): Resolution {
  return state.resolutions[key] ?? {state: 'open'};
}

// Memo of the checks per bead. The key is made of the paragraph indexes and texts,
// because divergences carry paragraph indexes: the same texts elsewhere give other
// locations. One cache per check context, dropped with it.
const MEMO_LIMIT = 4096;
const memo = new WeakMap<CheckContext, Map<string, Divergence[]>>();

function memoKey(state: SessionState, bead: SessionBead): string {
  const parts: string[] = [state.source.lang, state.target.lang];
  for (const i of bead.source) parts.push(`s${i}`, state.source.paragraphs[i]?.text ?? '');
  for (const i of bead.target) parts.push(`t${i}`, state.target.paragraphs[i]?.text ?? '');
  // U+0000 never occurs in a decoded document, so it cannot make two keys collide.
  return parts.join('\u0000');
}

/**
 * The divergences of one bead of the working state (the corrected target), computed
 * once per distinct content of the bead; an empty list for an index out of range.
 */
export function beadDivergences(state: SessionState, bead: number, ctx: CheckContext): Divergence[] {
  const b = state.beads[bead];
  if (b === undefined) return [];
  let cache = memo.get(ctx);
  if (cache === undefined) {
    cache = new Map();
    memo.set(ctx, cache);
  }
  const key = memoKey(state, b);
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place so the least recently used entry is the one dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const found = compareBead(state.source, state.target, plainBead(b), ctx);
  cache.set(key, found);
  if (cache.size > MEMO_LIMIT) cache.delete(cache.keys().next().value!);
  return found;
}

/** Why a list of beads is not a valid alignment of two documents. */
export interface BeadsProblem {
  /** The first bead at fault (the bead count when a paragraph is left uncovered at the end). */
  readonly bead: number;
  /** What is wrong: `empty-bead`, `not-consecutive`, `out-of-order`, `out-of-range` or `uncovered`. */
  readonly code: 'empty-bead' | 'not-consecutive' | 'out-of-order' | 'out-of-range' | 'uncovered';
  /** The side at fault. */
  readonly side: 'source' | 'target';
}

/**
 * Checks that beads are monotonic, have consecutive paragraphs, are never empty on
 * both sides and cover each of `sourceCount` and `targetCount` paragraphs exactly
 * once; null when they do. Every reducer step keeps this true; a session file read
 * from disk is checked with it.
 */
export function beadsProblem(beads: readonly Bead[], sourceCount: number, targetCount: number): BeadsProblem | null {
  const next = {source: 0, target: 0};
  const counts = {source: sourceCount, target: targetCount};
  for (let i = 0; i < beads.length; i++) {
    const bead = beads[i]!;
    if (bead.source.length === 0 && bead.target.length === 0) return {bead: i, code: 'empty-bead', side: 'source'};
    for (const side of ['source', 'target'] as const) {
      for (const p of bead[side]) {
        if (!Number.isInteger(p) || p < 0 || p >= counts[side]) return {bead: i, code: 'out-of-range', side};
        if (p !== next[side]) return {bead: i, code: p < next[side] ? 'out-of-order' : 'not-consecutive', side};
        next[side]++;
      }
    }
  }
  if (next.source !== sourceCount) return {bead: beads.length, code: 'uncovered', side: 'source'};
  if (next.target !== targetCount) return {bead: beads.length, code: 'uncovered', side: 'target'};
  return null;
}
