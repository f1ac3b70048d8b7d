/**
 * The list under the texts: one row per divergence of the current pair, with its
 * category in the category's colour, the phrase, the message in the interface
 * language and the suggestion. Rows are cut to the screen width; the list scrolls to
 * keep the selected row in view.
 */
import type {SessionState} from '../../core/session.js';
import type {Divergence} from '../../core/types.js';
import type {Pending} from '../state/use-review.js';
import {divergenceMessage, type UiTranslate} from '../translate.js';
import {visibleText} from './sanitize.js';
import {wrapSegments} from './fit.js';
import {CATEGORY_COLOURS, withoutColour, type Row, type Segment} from './styled.js';

/** The phrase a divergence is about: its target span, or its source span for an omission. */
export function phraseOf(state: SessionState, d: Divergence): string {
  const loc = d.target ?? d.source;
  if (!loc) return '';
  const doc = d.target ? state.target : state.source;
  return doc.paragraphs[loc.paragraph]?.text.slice(loc.start, loc.end) ?? '';
}

/** The prefix of an entry's first row: the selection marker. */
const MARKER_WIDTH = 2;
/** The indent of an entry's other rows: deeper than the marker, so an entry reads as one block. */
const CONTINUATION = '    ';

/**
 * One divergence as segments: category, state, phrase (only when the message does not
 * name it already), message and suggestion. Not cut: listRows wraps it.
 */
export function divergenceSegments(
  state: SessionState,
  d: Divergence,
  selected: boolean,
  t: UiTranslate,
  colours: boolean,
  offered: (d: Divergence) => boolean = () => true,
): Segment[] {
  const resolution = state.resolutions[d.key]?.state ?? 'open';
  const closed = resolution !== 'open';
  const dim = closed ? {dimColor: true} : {};
  const segments: Segment[] = [
    {text: t(`divergence:category.${d.category}`), style: {color: CATEGORY_COLOURS[d.category], underline: true, ...(selected ? {inverse: true} : {}), ...dim}},
    {text: ' ', style: {}},
  ];
  const r = state.resolutions[d.key];
  if (r?.state === 'dismissed' && r.reason) segments.push({text: visibleText(t('ui:list.dismissed-because', {reason: r.reason}), false) + ' ', style: {dimColor: true}});
  else if (closed) segments.push({text: t(resolution === 'fixed' ? 'ui:list.fixed' : 'ui:list.dismissed') + ' ', style: {dimColor: true}});
  const message = visibleText(divergenceMessage(t, d.code, d.params), false);
  const phrase = phraseOf(state, d);
  // Each message names its phrase once: most messages quote it themselves.
  if (phrase && !message.includes(phrase)) segments.push({text: visibleText(t('ui:list.quoted', {phrase}), false) + ' ', style: {bold: true, ...dim}});
  segments.push({text: message, style: dim});
  if (d.suggestion !== undefined && offered(d)) {
    segments.push({text: ' ' + visibleText(t('ui:list.suggestion', {suggestion: d.suggestion}), false), style: {color: 'green', ...dim}});
  } else if (d.suggestion !== undefined) {
    segments.push({text: ' ' + t('ui:list.withheld'), style: {dimColor: true}});
  }
  return segments.map(s => ({text: s.text, style: withoutColour(s.style, colours)}));
}

/** One divergence as the rows of the list: wrapped to the width, every word whole. */
export function divergenceEntry(
  state: SessionState,
  d: Divergence,
  selected: boolean,
  t: UiTranslate,
  options: {readonly width: number; readonly colours: boolean; readonly offered?: ((d: Divergence) => boolean) | undefined},
): Row[] {
  const marker: Segment = {text: (selected ? '›' : ' ').padEnd(MARKER_WIDTH), style: {bold: true}};
  const indent: Segment = {text: CONTINUATION, style: {}};
  // The first row is wrapped as if indented too: simpler, and only MARKER_WIDTH columns lost.
  return wrapSegments(divergenceSegments(state, d, selected, t, options.colours, options.offered), options.width, marker, indent);
}

/** The rows the list would like: every entry whole, or at least the selected one. */
export function listEntries(
  state: SessionState,
  divergences: readonly Divergence[],
  selected: string | null,
  t: UiTranslate,
  options: {readonly width: number; readonly colours: boolean; readonly offered?: ((d: Divergence) => boolean) | undefined},
): Row[][] {
  return divergences.map(d => divergenceEntry(state, d, d.key === selected, t, options));
}

/**
 * The list's rows, at most `height`: whole entries only, the selected one always (cut
 * only when it alone is taller than the list), and a last row saying how many more
 * there are above or below.
 */
export function listRows(
  state: SessionState,
  divergences: readonly Divergence[],
  selected: string | null,
  t: UiTranslate,
  options: {readonly width: number; readonly height: number; readonly colours: boolean; readonly entries?: readonly Row[][]; readonly pending?: Pending},
): Row[] {
  if (options.pending) {
    const text = t(options.pending === 'aligning' ? 'ui:list.aligning' : 'ui:list.checking');
    const indent: Segment = {text: '  ', style: {}};
    return wrapSegments([{text, style: {dimColor: true}}], options.width, indent, indent).slice(0, Math.max(1, options.height));
  }
  if (divergences.length === 0) return [[{text: '  ' + t('ui:list.none'), style: {dimColor: true}}]];
  const height = Math.max(1, options.height);
  const entries = options.entries ?? listEntries(state, divergences, selected, t, options);
  const total = entries.reduce((n, e) => n + e.length, 0);
  if (total <= height) return entries.flat();
  const at = Math.max(0, divergences.findIndex(d => d.key === selected));
  // One row is kept for the count of the entries left out.
  const room = Math.max(1, height - 1);
  let from = at;
  let to = at + 1;
  let used = entries[at]!.length;
  for (;;) {
    if (to < entries.length && used + entries[to]!.length <= room) {
      used += entries[to]!.length;
      to++;
    } else if (from > 0 && used + entries[from - 1]!.length <= room) {
      from--;
      used += entries[from]!.length;
    } else break;
  }
  const rows = entries.slice(from, to).flat().slice(0, room);
  const rest = entries.length - (to - from);
  if (rest > 0) rows.push([{text: '  ' + t('ui:list.more', {count: rest}), style: {dimColor: true}}]);
  return rows;
}
