/**
 * The list under the texts: one row per divergence of the current pair, with its
 * category in the category's colour, the phrase, the message in the interface
 * language and the suggestion. Rows are cut to the screen width; the list scrolls to
 * keep the selected row in view.
 */
import type {SessionState} from '../../core/session.js';
import type {Divergence} from '../../core/types.js';
import {divergenceMessage, type UiTranslate} from '../translate.js';
import {visibleText} from './sanitize.js';
import {CATEGORY_COLOURS, truncateRow, withoutColour, type Row, type Segment} from './styled.js';

/** The phrase a divergence is about: its target span, or its source span for an omission. */
export function phraseOf(state: SessionState, d: Divergence): string {
  const loc = d.target ?? d.source;
  if (!loc) return '';
  const doc = d.target ? state.target : state.source;
  return doc.paragraphs[loc.paragraph]?.text.slice(loc.start, loc.end) ?? '';
}

/** One divergence as a row of the list. */
export function divergenceRow(state: SessionState, d: Divergence, selected: boolean, t: UiTranslate, colours: boolean): Row {
  const resolution = state.resolutions[d.key]?.state ?? 'open';
  const closed = resolution !== 'open';
  const dim = closed ? {dimColor: true} : {};
  const segments: Segment[] = [
    {text: selected ? '› ' : '  ', style: {bold: true}},
    {text: t(`divergence:category.${d.category}`), style: {color: CATEGORY_COLOURS[d.category], underline: true, ...(selected ? {inverse: true} : {}), ...dim}},
    {text: ' ', style: {}},
  ];
  // Before the phrase and message, which a narrow screen cuts off: the state must show.
  if (closed) segments.push({text: t(resolution === 'fixed' ? 'ui:list.fixed' : 'ui:list.dismissed') + ' ', style: {dimColor: true}});
  const phrase = phraseOf(state, d);
  if (phrase) segments.push({text: visibleText(t('ui:list.quoted', {phrase}), false) + ' ', style: {bold: true, ...dim}});
  segments.push({text: visibleText(divergenceMessage(t, d.code, d.params), false), style: dim});
  if (d.suggestion !== undefined) {
    segments.push({text: ' ' + visibleText(t('ui:list.suggestion', {suggestion: d.suggestion}), false), style: {color: 'green', ...dim}});
  }
  return segments.map(s => ({text: s.text, style: withoutColour(s.style, colours)}));
}

/** The list's rows, at most `height`, scrolled so the selected divergence shows. */
export function listRows(
  state: SessionState,
  divergences: readonly Divergence[],
  selected: string | null,
  t: UiTranslate,
  options: {readonly width: number; readonly height: number; readonly colours: boolean},
): Row[] {
  if (divergences.length === 0) return [[{text: '  ' + t('ui:list.none'), style: {dimColor: true}}]];
  const height = Math.max(1, options.height);
  const at = Math.max(0, divergences.findIndex(d => d.key === selected));
  const fits = divergences.length <= height;
  // When the list does not fit, the last row says how many are left below.
  const shown = fits ? height : height - 1;
  const top = fits ? 0 : Math.max(0, Math.min(at - Math.floor(shown / 2), divergences.length - shown));
  const rows = divergences
    .slice(top, top + Math.max(1, shown))
    .map(d => truncateRow(divergenceRow(state, d, d.key === selected, t, options.colours), options.width));
  const rest = divergences.length - (top + rows.length);
  if (!fits && rest > 0) rows.push([{text: '  ' + t('ui:list.more', {count: rest}), style: {dimColor: true}}]);
  return rows;
}
