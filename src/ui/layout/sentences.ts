/**
 * The sentence view as rows of styled text: the current pair's sentence links one
 * under the other, each with its source and target sentences side by side (or one
 * above the other on a narrow screen), its shape, its confidence and whether the user
 * made it. Only the current pair's sentences are laid out, so a key press costs the
 * same in a long document as in a short one.
 */
import type {SentenceLink, SessionState} from '../../core/session.js';
import type {Document} from '../../core/types.js';
import {isDoubtful} from '../state/bead-flags.js';
import {STACK_BELOW} from './pairs.js';
import {visibleText} from './sanitize.js';
import {styleLine, withoutColour, type Row, type Segment, type Style} from './styled.js';
import {displayWidth, wrapText} from './wrap.js';

/** What the sentence view needs to draw itself. */
export interface SentencesInput {
  /** The working state; the view shows its cursor's bead. */
  readonly state: SessionState;
  /** The bead's sentence links (corrected or the aligner's). */
  readonly links: readonly SentenceLink[];
  /** The selected link's index. */
  readonly selected: number;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** Target on the left, source on the right. */
  readonly swapped: boolean;
  /** Whether colours may be used. */
  readonly colours: boolean;
  /** Shown in a side of a link that has no sentence. */
  readonly noCounterpart: string;
}

type Side = 'source' | 'target';

const SEPARATOR = ' │ ';
const DIM: Style = {dimColor: true};
// Columns of the link's shape (1:1, 2:1) and of its confidence (100%).
const SHAPE_WIDTH = 3;
const CONFIDENCE_WIDTH = 4;

/** The texts of the bead's sentences on one side, numbered across its paragraphs. */
function sentenceTexts(doc: Document, paragraphs: readonly number[]): string[] {
  return paragraphs.flatMap(i => doc.paragraphs[i]?.sentences.map(s => s.text) ?? []);
}

/** Columns taken by a link's gutter for a pair of `count` links. */
export function sentenceGutterWidth(count: number): number {
  return 1 + String(Math.max(1, count)).length + 1 + SHAPE_WIDTH + 1 + CONFIDENCE_WIDTH + 2;
}

function shapeText(link: SentenceLink): string {
  const text = `${link.source.length}:${link.target.length}`;
  return text.length <= SHAPE_WIDTH ? text.padEnd(SHAPE_WIDTH) : 'n:m';
}

/** A link's gutter: the selection mark, its number, its shape, its confidence, ± when the user made it. */
function gutter(input: SentencesInput, k: number): Segment[] {
  const link = input.links[k]!;
  const current = k === input.selected;
  const base: Style = current ? {bold: true} : DIM;
  const digits = String(input.links.length).length;
  const confidence = `${Math.round(link.confidence * 100)}%`.padStart(CONFIDENCE_WIDTH);
  // The user's links are sure by definition; the aligner's doubtful ones stand out as in the pair view.
  const doubtful = isDoubtful(link);
  const segments: Segment[] = [
    {text: (current ? '›' : ' ') + String(k + 1).padStart(digits) + ' ', style: base},
    {text: shapeText(link) + ' ', style: base},
    {text: confidence, style: doubtful ? {...base, color: 'yellow'} : base},
    {text: link.status === 'edited' ? '±' : ' ', style: {...base, color: 'cyan'}},
    {text: ' ', style: base},
  ];
  return segments.map(s => ({text: s.text, style: withoutColour(s.style, input.colours)}));
}

/** The wrapped lines of one side of a link. */
function sideLines(input: SentencesInput, texts: readonly string[], sentences: readonly number[], width: number): Segment[][] {
  if (sentences.length === 0) return [[{text: input.noCounterpart, style: DIM}]];
  // A link's sentences may come from two paragraphs: they read as one run of text here.
  const text = visibleText(sentences.map(i => texts[i] ?? '').join(' '));
  return wrapText(text, width).map(line => styleLine(text, line, []));
}

function pad(segments: readonly Segment[], width: number): Segment[] {
  const used = segments.reduce((n, s) => n + displayWidth(s.text), 0);
  return used >= width ? [...segments] : [...segments, {text: ' '.repeat(width - used), style: {}}];
}

/** One link laid out as rows. */
function layoutLink(input: SentencesInput, k: number, texts: Record<Side, readonly string[]>): Row[] {
  const link = input.links[k]!;
  const gw = sentenceGutterWidth(input.links.length);
  const blank: Segment = {text: ' '.repeat(gw), style: DIM};
  const [first, second]: [Side, Side] = input.swapped ? ['target', 'source'] : ['source', 'target'];
  const rows: Row[] = [];
  if (input.width < STACK_BELOW) {
    const inner = Math.max(1, input.width - gw);
    const a = sideLines(input, texts[first], link[first], inner);
    const b = sideLines(input, texts[second], link[second], inner);
    a.forEach((line, i) => rows.push([...(i === 0 ? gutter(input, k) : [blank]), ...line]));
    b.forEach((line, i) => rows.push([{text: i === 0 ? ' '.repeat(gw - 2) + '↳ ' : blank.text, style: DIM}, ...line]));
    return rows;
  }
  const inner = Math.max(2, input.width - gw - SEPARATOR.length);
  const leftWidth = Math.floor(inner / 2);
  const rightWidth = inner - leftWidth;
  const a = sideLines(input, texts[first], link[first], leftWidth);
  const b = sideLines(input, texts[second], link[second], rightWidth);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    rows.push([...(i === 0 ? gutter(input, k) : [blank]), ...pad(a[i] ?? [], leftWidth), {text: SEPARATOR, style: DIM}, ...(b[i] ?? [])]);
  }
  return rows;
}

/**
 * The rows of the sentence view, at most `height` of them, scrolled so that the
 * selected link is in view (its start first when it is taller than the screen).
 */
export function layoutSentences(input: SentencesInput): Row[] {
  const height = Math.max(1, input.height);
  const bead = input.state.beads[input.state.cursor.bead];
  if (bead === undefined) return [];
  const texts: Record<Side, readonly string[]> = {
    source: sentenceTexts(input.state.source, bead.source),
    target: sentenceTexts(input.state.target, bead.target),
  };
  const rows: Row[] = [];
  let selectedStart = 0;
  let selectedEnd = 0;
  input.links.forEach((_, k) => {
    if (k > 0) rows.push([]);
    if (k === input.selected) selectedStart = rows.length;
    rows.push(...layoutLink(input, k, texts));
    if (k === input.selected) selectedEnd = rows.length;
  });
  if (rows.length <= height) return rows;
  // Keep the selected link about a third of the way down, all of it when it fits.
  let top = Math.max(0, selectedStart - Math.floor(height / 3));
  if (selectedEnd - top > height) top = selectedEnd - selectedStart > height ? selectedStart : selectedEnd - height;
  top = Math.max(0, Math.min(top, rows.length - height));
  return rows.slice(top, top + height);
}
