/**
 * The document view as rows of styled text: the current pair in two columns (or one
 * above the other on a narrow screen), its divergences highlighted, and neighbouring
 * pairs dimmed above and below as far as the screen allows. Only the pairs that show
 * are laid out, so the cost of a key press does not grow with the document.
 */
import type {SessionBead, SessionState} from '../../core/session.js';
import type {Divergence, Document} from '../../core/types.js';
import type {EditorState} from '../state/line-editor.js';
import {isCorrected, isDoubtful} from '../state/bead-flags.js';
import {matchesIn} from '../state/search.js';
import {correctionDisplay, plainDisplay, type DisplayText} from './correction.js';
import {visibleText} from './sanitize.js';
import {CATEGORY_COLOURS, styleLine, withoutColour, type Mark, type Row, type Segment, type Style} from './styled.js';
import {displayWidth, wrapText} from './wrap.js';

/** Below this many columns the two texts are stacked instead of side by side. */
export const STACK_BELOW = 60;

/** What the document view needs to draw itself. */
export interface PairsInput {
  /** The working state. */
  readonly state: SessionState;
  /** The divergences of the current pair (the cursor's bead). */
  readonly divergences: readonly Divergence[];
  /** The key of the highlighted divergence, if any. */
  readonly selected: string | null;
  /** Columns available. */
  readonly width: number;
  /** Rows available. */
  readonly height: number;
  /** Target on the left, source on the right. */
  readonly swapped: boolean;
  /** Whether colours may be used (off with NO_COLOR); underline, inverse and strikethrough stay. */
  readonly colours: boolean;
  /** The target paragraph being edited, with the editor's text and cursor. */
  readonly editing?: {readonly paragraph: number; readonly editor: EditorState} | undefined;
  /** Shown in a side that has no paragraph. */
  readonly noCounterpart: string;
  /** The last search, whose matches in the current pair are highlighted. */
  readonly search?: string | undefined;
  /**
   * The divergences of another bead, when they are known already: neighbours are
   * marked as their checks finish, and never wait for them.
   */
  readonly divergencesOf?: ((bead: number) => readonly Divergence[] | undefined) | undefined;
}

type Side = 'source' | 'target';

interface Block {
  readonly rows: Row[];
  /** The row to keep on screen: the selected divergence's, or the cursor's. */
  readonly focus: number;
}

const SEPARATOR = ' │ ';
const DIM: Style = {dimColor: true};

function isOpen(state: SessionState, key: string): boolean {
  const r = state.resolutions[key];
  return r === undefined || r.state === 'open';
}

/**
 * The marks of divergences on one paragraph of one side, in display offsets. The
 * current pair's are in colour, the selected one reversed; a neighbour's open ones
 * keep their underline, dimmed with the rest of the neighbour.
 */
function divergenceMarks(input: PairsInput, side: Side, paragraph: number, display: DisplayText, list: readonly Divergence[], current: boolean): Mark[] {
  const marks: Mark[] = [];
  for (const d of list) {
    const loc = d[side];
    if (loc === null || loc.paragraph !== paragraph) continue;
    const selected = current && d.key === input.selected;
    const open = isOpen(input.state, d.key);
    // The source span of an unselected divergence is marked only when there is no
    // target span to mark (an omission): otherwise the source column would be as busy
    // as the target one.
    const shown = selected || (open && (side === 'target' || d.target === null));
    if (!shown) continue;
    // A closed divergence that is selected (to reopen it) is only reversed: the colour
    // and underline say "open", and it is not.
    const style: Style = !open
      ? {inverse: true}
      : current
        ? {color: CATEGORY_COLOURS[d.category], underline: true, ...(selected ? {inverse: true} : {})}
        : {color: CATEGORY_COLOURS[d.category], underline: true, dimColor: true};
    const start = display.toDisplay(loc.start);
    const end = loc.end > loc.start ? display.toDisplay(loc.end - 1) + 1 : start;
    // An empty span (a place, not a phrase) still gets one cell so it can be seen.
    marks.push({start, end: Math.max(end, Math.min(start + 1, display.text.length)), style});
  }
  return marks;
}

// A search match: bold on a yellow ground, bold and underlined without colours.
const MATCH: Style = {background: 'yellow', bold: true};
const MATCH_PLAIN: Style = {bold: true, underline: true};

/** The matches of the last search in a paragraph of the current pair. */
function searchMarks(input: PairsInput, text: string, display: DisplayText, current: boolean): Mark[] {
  if (!current || !input.search) return [];
  return matchesIn(text, input.search).map(m => ({
    start: display.toDisplay(m.start),
    end: m.end > m.start ? display.toDisplay(m.end - 1) + 1 : display.toDisplay(m.start),
    style: input.colours ? MATCH : MATCH_PLAIN,
  }));
}

function paragraphDisplay(input: PairsInput, doc: Document, side: Side, index: number): DisplayText {
  const text = doc.paragraphs[index]?.text ?? '';
  if (side === 'source') return plainDisplay(text);
  const original = input.state.original.paragraphs[index]?.text;
  return original === undefined ? plainDisplay(text) : correctionDisplay(original, text);
}

/** The lines of one side of a bead, each a row of segments, and the row of the focus. */
function sideLines(input: PairsInput, bead: number, side: Side, width: number, current: boolean): {lines: Segment[][]; focus: number} {
  const b = input.state.beads[bead]!;
  const doc = side === 'source' ? input.state.source : input.state.target;
  const base: Style = current ? {} : DIM;
  const lines: Segment[][] = [];
  let focus = -1;
  const list = current ? input.divergences : (input.divergencesOf?.(bead) ?? []);
  if (b[side].length === 0) return {lines: [[{text: input.noCounterpart, style: DIM}]], focus};
  b[side].forEach((p, k) => {
    if (k > 0) lines.push([]);
    const editing = current && side === 'target' && input.editing?.paragraph === p ? input.editing.editor : undefined;
    let display: DisplayText;
    let marks: Mark[];
    if (editing) {
      // The cursor is a reversed cell; at the end of the text it needs a cell of its own.
      // On a space it is a no-break space, which the wrapper does not drop at a line end.
      const at = editing.cursor;
      const text =
        at >= editing.text.length
          ? editing.text + '\u00a0'
          : editing.text[at] === ' '
            ? editing.text.slice(0, at) + '\u00a0' + editing.text.slice(at + 1)
            : editing.text;
      display = plainDisplay(text);
      const end = editing.cursor + Math.max(1, nextClusterLength(text, editing.cursor));
      marks = [{start: editing.cursor, end, style: {inverse: true}}];
    } else {
      display = paragraphDisplay(input, doc, side, p);
      marks = [...display.marks, ...divergenceMarks(input, side, p, display, list, current), ...searchMarks(input, doc.paragraphs[p]?.text ?? '', display, current)];
    }
    const safe = visibleText(display.text);
    const wrapped = wrapText(safe, width);
    const focusAt = editing ? editing.cursor : focusOffset(input, side, p, display, current);
    for (const line of wrapped) {
      if (focusAt !== undefined && focus < 0 && focusAt >= line.start && focusAt <= line.end) focus = lines.length;
      lines.push(styleLine(safe, line, marks, base).map(s => ({text: s.text, style: withoutColour(s.style, input.colours)})));
    }
  });
  return {lines, focus};
}

function nextClusterLength(text: string, at: number): number {
  const c = text.codePointAt(at);
  return c === undefined ? 1 : c > 0xffff ? 2 : 1;
}

function focusOffset(input: PairsInput, side: Side, paragraph: number, display: DisplayText, current: boolean): number | undefined {
  if (!current || input.selected === null) return undefined;
  const d = input.divergences.find(x => x.key === input.selected);
  const loc = d?.[side];
  if (!loc || loc.paragraph !== paragraph) return undefined;
  return display.toDisplay(loc.start);
}

function pad(segments: readonly Segment[], width: number): Segment[] {
  const used = segments.reduce((n, s) => n + displayWidth(s.text), 0);
  return used >= width ? [...segments] : [...segments, {text: ' '.repeat(width - used), style: {}}];
}

// Columns of the link type (1:1, 2:1, 1:0), of the two marks and of the open count.
const LINK_WIDTH = 3;
const COUNT_WIDTH = 2;

function linkText(bead: SessionBead): string {
  const text = `${bead.source.length}:${bead.target.length}`;
  return text.length <= LINK_WIDTH ? text.padEnd(LINK_WIDTH) : 'n:m';
}

/**
 * The gutter of a bead's first row: the cursor, the pair's number, its link type, a
 * mark for its alignment (? doubtful, ✓ confirmed, ± changed by hand), ✎ when its
 * translation was corrected, and its open divergences (· while not yet checked).
 */
function gutterSegments(input: PairsInput, bead: number, current: boolean, open: number | undefined): Segment[] {
  const state = input.state;
  const b = state.beads[bead]!;
  const digits = String(state.beads.length).length;
  const base: Style = current ? {bold: true} : DIM;
  const alignMark: Segment =
    b.status === 'confirmed'
      ? {text: '✓', style: {...base, color: 'green'}}
      : b.status === 'edited'
        ? {text: '±', style: {...base, color: 'cyan'}}
        : isDoubtful(b)
          ? {text: '?', style: {...base, color: 'yellow', bold: true}}
          : {text: ' ', style: base};
  const textMark: Segment = isCorrected(state, b) ? {text: '✎', style: {...base, color: 'cyan'}} : {text: ' ', style: base};
  const count = open === undefined ? '·' : open === 0 ? '' : open > 9 ? '9+' : String(open);
  const segments: Segment[] = [
    {text: (current ? '›' : ' ') + String(bead + 1).padStart(digits) + ' ', style: base},
    {text: linkText(b), style: b.source.length === 1 && b.target.length === 1 ? DIM : base},
    alignMark,
    textMark,
    {text: count.padStart(COUNT_WIDTH) + ' ', style: open ? {...base, color: 'red'} : DIM},
  ];
  return segments.map(seg => ({text: seg.text, style: withoutColour(seg.style, input.colours)}));
}

/** Columns taken by the gutter at the left edge. */
export function gutterWidth(total: number): number {
  return String(total).length + 2 + LINK_WIDTH + 2 + COUNT_WIDTH + 1;
}

function openCount(input: PairsInput, bead: number, current: boolean): number | undefined {
  const list = current ? input.divergences : input.divergencesOf?.(bead);
  return list?.filter(d => isOpen(input.state, d.key)).length;
}

/** One bead laid out as rows. */
function layoutBead(input: PairsInput, bead: number, current: boolean): Block {
  const total = input.state.beads.length;
  const gw = gutterWidth(total);
  const gutter = gutterSegments(input, bead, current, openCount(input, bead, current));
  const blank = ' '.repeat(gw);
  const [first, second]: [Side, Side] = input.swapped ? ['target', 'source'] : ['source', 'target'];
  const rows: Row[] = [];
  if (input.width < STACK_BELOW) {
    const inner = Math.max(1, input.width - gw);
    const a = sideLines(input, bead, first, inner, current);
    const b = sideLines(input, bead, second, inner, current);
    a.lines.forEach((line, i) => rows.push([...(i === 0 ? gutter : [{text: blank, style: DIM}]), ...line]));
    b.lines.forEach((line, i) => rows.push([{text: i === 0 ? ' '.repeat(gw - 2) + '↳ ' : blank, style: DIM}, ...line]));
    const focus = b.focus >= 0 ? a.lines.length + b.focus : a.focus;
    return {rows, focus: Math.max(0, focus)};
  }
  const inner = Math.max(2, input.width - gw - SEPARATOR.length);
  const leftWidth = Math.floor(inner / 2);
  const rightWidth = inner - leftWidth;
  const a = sideLines(input, bead, first, leftWidth, current);
  const b = sideLines(input, bead, second, rightWidth, current);
  const n = Math.max(a.lines.length, b.lines.length);
  for (let i = 0; i < n; i++) {
    rows.push([
      ...(i === 0 ? gutter : [{text: blank, style: DIM}]),
      ...pad(a.lines[i] ?? [], leftWidth),
      {text: SEPARATOR, style: DIM},
      ...(b.lines[i] ?? []),
    ]);
  }
  const focus = input.swapped ? (a.focus >= 0 ? a.focus : b.focus) : b.focus >= 0 ? b.focus : a.focus;
  return {rows, focus: Math.max(0, focus)};
}

/**
 * The rows of the document view, at most `height` of them: the current pair placed
 * about a third of the way down, earlier pairs above it and later ones below.
 */
export function layoutPairs(input: PairsInput): Row[] {
  const height = Math.max(1, input.height);
  const current = input.state.cursor.bead;
  if (input.state.beads[current] === undefined) return [];
  const block = layoutBead(input, current, true);
  if (block.rows.length >= height) {
    // A pair taller than the screen: scroll inside it to keep the focus in view.
    const top = Math.max(0, Math.min(block.focus - Math.floor(height / 3), block.rows.length - height));
    return block.rows.slice(top, top + height);
  }
  const wantAbove = Math.floor((height - block.rows.length) / 3);
  const above: Row[] = [];
  for (let i = current - 1; i >= 0 && above.length < wantAbove; i--) {
    above.unshift(...layoutBead(input, i, false).rows, []);
  }
  const kept = above.slice(Math.max(0, above.length - wantAbove));
  const rows: Row[] = [...kept, ...block.rows];
  for (let i = current + 1; i < input.state.beads.length && rows.length < height; i++) {
    rows.push([], ...layoutBead(input, i, false).rows);
  }
  return rows.slice(0, height);
}
