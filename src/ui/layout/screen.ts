/**
 * The rows around the texts: the header with the two files, the status line, the key
 * hint or the prompt, and the help screen; all made of words from the `ui` namespace.
 */
import path from 'node:path';
import type {SessionState} from '../../core/session.js';
import type {Divergence} from '../../core/types.js';
import {bindingLabel, helpSections} from '../keys/describe.js';
import {KEY_TABLE, type Binding, type Command} from '../keys/key-table.js';
import type {DocumentCount} from '../state/divergence-index.js';
import {isOpen} from '../state/divergence-index.js';
import type {Mode, Notice, ReviewState} from '../state/review.js';
import type {SaveView} from '../state/use-review.js';
import type {UiTranslate} from '../translate.js';
import {gutterWidth, STACK_BELOW} from './pairs.js';
import {visibleText} from './sanitize.js';
import {rowWidth, truncateRow, withoutColour, type Row, type Segment, type Style} from './styled.js';
import {displayWidth, wrapText} from './wrap.js';

function firstKey(command: Command, t: UiTranslate): string {
  const keys: readonly Binding[] = KEY_TABLE[command].keys;
  return bindingLabel(keys[0]!, t);
}

function side(doc: {readonly path: string; readonly lang: string}, t: UiTranslate): string {
  return visibleText(t('ui:header.side', {path: path.basename(doc.path), lang: doc.lang}), false);
}

/** The header: each file's name and language above its column. */
export function headerRow(state: SessionState, swapped: boolean, width: number, t: UiTranslate): Row {
  const [left, right] = swapped ? [state.target, state.source] : [state.source, state.target];
  const style = {bold: true};
  const gw = gutterWidth(state.beads.length);
  if (width < STACK_BELOW) {
    return truncateRow([{text: ' '.repeat(gw) + side(left, t) + ' · ' + side(right, t), style}], width);
  }
  const leftWidth = Math.floor((width - gw - 3) / 2);
  const leftText = side(left, t);
  const gap = Math.max(1, leftWidth - displayWidth(leftText) + 3);
  return truncateRow([{text: ' '.repeat(gw) + leftText + ' '.repeat(gap) + side(right, t), style}], width);
}

/** The status line: position, open divergences here and in the document, alignment status, saving. */
export function statusRow(
  state: SessionState,
  divergences: readonly Divergence[],
  count: DocumentCount | null,
  save: SaveView,
  saveText: string,
  width: number,
  t: UiTranslate,
  colours: boolean,
): Row {
  const bead = state.beads[state.cursor.bead];
  const parts: Segment[] = [{text: t('ui:status.position', {current: state.cursor.bead + 1, total: state.beads.length}), style: {bold: true}}];
  if (bead?.status === 'confirmed') parts.push({text: t('ui:status.confirmed'), style: {color: 'green'}});
  if (bead?.status === 'edited') parts.push({text: t('ui:status.edited'), style: {color: 'cyan'}});
  const here = divergences.filter(d => isOpen(state, d.key)).length;
  parts.push({text: t('ui:status.pair-open', {count: here}), style: {}});
  if (count === null || count.done < count.total) {
    parts.push({text: t('ui:status.document-counting', {done: count?.done ?? 0, total: state.beads.length}), style: {dimColor: true}});
  } else {
    parts.push({text: t('ui:status.document-open', {count: count.open}), style: {}});
  }
  const saveStyle: Style =
    save === null ? {dimColor: true} : save.state === 'error' ? {color: 'red', bold: true} : save.state === 'saved' ? {color: 'green'} : {color: 'yellow'};
  const left: Segment[] = [];
  parts.forEach((p, i) => {
    if (i > 0) left.push({text: ' · ', style: {dimColor: true}});
    left.push({text: p.text, style: withoutColour(p.style, colours)});
  });
  // The save status keeps its place at the right edge: on a narrow screen the counts
  // give way, never the news that the work is not saved.
  const saveWidth = displayWidth(saveText);
  const room = Math.max(0, width - saveWidth - 1);
  const shown = truncateRow(left, room);
  const gap = Math.max(1, width - rowWidth(shown) - saveWidth);
  return truncateRow([...shown, {text: ' '.repeat(gap), style: {}}, {text: saveText, style: withoutColour(saveStyle, colours)}], width);
}

/** The last row: a prompt, a question, a notice, or the key hint for the mode. */
export function bottomRow(review: ReviewState, quitQuestion: string, exportFormats: readonly string[], width: number, t: UiTranslate): Row {
  const mode: Mode = review.mode;
  if (mode.kind === 'prompt') {
    const label = mode.purpose === 'go-to' ? t('ui:prompt.go-to', {total: review.history.present.beads.length}) : t('ui:prompt.search');
    const text = visibleText(mode.editor.text, false);
    const at = mode.editor.cursor;
    const cursorCell = text.slice(at, at + 1) || ' ';
    return truncateRow(
      [
        {text: label, style: {bold: true}},
        {text: text.slice(0, at), style: {}},
        {text: cursorCell, style: {inverse: true}},
        {text: text.slice(at + cursorCell.length), style: {}},
      ],
      width,
    );
  }
  if (mode.kind === 'export') {
    const formats = exportFormats.flatMap((f, i): Segment[] => [
      ...(i > 0 ? [{text: ' ', style: {}}] : []),
      {text: f, style: i === mode.format ? {inverse: true, bold: true} : {dimColor: true}},
    ]);
    const [before, after] = t('ui:prompt.export', {formats: '\u0000'}).split('\u0000');
    const text = visibleText(mode.editor.text, false);
    const at = mode.editor.cursor;
    const cursorCell = text.slice(at, at + 1) || ' ';
    return truncateRow(
      [
        {text: before ?? '', style: {bold: true}},
        ...formats,
        {text: after ?? '', style: {bold: true}},
        {text: text.slice(0, at), style: {}},
        {text: cursorCell, style: {inverse: true}},
        {text: text.slice(at + cursorCell.length), style: {}},
      ],
      width,
    );
  }
  if (mode.kind === 'confirm-quit') {
    return truncateRow(
      [
        {text: quitQuestion + ' ', style: {bold: true}},
        {text: t('ui:hint.confirm', {yes: firstKey('confirm-yes', t), no: firstKey('confirm-no', t)}), style: {dimColor: true}},
      ],
      width,
    );
  }
  if (review.notice) return truncateRow([{text: noticeText(review.notice, t), style: {bold: true}}], width);
  if (mode.kind === 'edit') {
    const hint = t('ui:hint.editor', {
      accept: firstKey('editor-accept', t),
      cancel: firstKey('editor-cancel', t),
      word: firstKey('editor-word-left', t) + '/' + firstKey('editor-word-right', t),
    });
    return truncateRow([{text: hint, style: {dimColor: true}}], width);
  }
  const hint = t('ui:hint.review', {
    next: firstKey('next-pair', t),
    divergence: firstKey('next-divergence', t),
    apply: firstKey('apply-suggestion', t),
    dismiss: firstKey('dismiss', t),
    edit: firstKey('edit-target', t),
    undo: firstKey('undo', t),
    help: firstKey('help', t),
    quit: firstKey('quit', t),
  });
  return truncateRow([{text: hint, style: {dimColor: true}}], width);
}

/** The keys of the export dialog, shown above its prompt. */
export function exportHintRow(width: number, t: UiTranslate): Row {
  const hint = t('ui:hint.export', {next: firstKey('export-next-format', t), accept: firstKey('export-accept', t), cancel: firstKey('export-cancel', t)});
  return truncateRow([{text: hint, style: {dimColor: true}}], width);
}

/** A notice in words. */
export function noticeText(notice: Notice, t: UiTranslate): string {
  return visibleText(t(`ui:notice.${notice.code}`, {...notice.params}), false);
}

function helpBody(width: number, t: UiTranslate): Row[] {
  const sections = helpSections(t);
  const keysWidth = Math.min(
    Math.floor(width / 2),
    Math.max(...sections.flatMap(s => s.rows.map(r => displayWidth(r.keys)))) + 2,
  );
  const body: Row[] = [];
  for (const section of sections) {
    if (body.length > 0) body.push([]);
    body.push([{text: section.title, style: {bold: true, underline: true}}]);
    for (const row of section.rows) {
      const keys = row.keys + ' '.repeat(Math.max(1, keysWidth - displayWidth(row.keys)));
      body.push(truncateRow([{text: '  ' + keys, style: {bold: true}}, {text: row.description, style: {}}], width));
    }
  }
  return body;
}

// The title, a blank row and the footer take three rows.
const HELP_FRAME_ROWS = 3;

/** A report's lines wrapped to the width (the first line is its title). */
function reportBody(lines: readonly string[], width: number): Row[] {
  const body: Row[] = [];
  for (const line of lines.slice(1)) {
    const safe = visibleText(line, false);
    for (const w of wrapText(safe, width)) body.push([{text: safe.slice(w.start, w.end), style: {}}]);
  }
  return body;
}

/** How far the help or a report can scroll on a screen of `width` × `height`. */
export function pagerMaxScroll(mode: Mode, width: number, height: number, t: UiTranslate): number {
  const body = mode.kind === 'report' ? reportBody(mode.lines, width) : helpBody(width, t);
  return Math.max(0, body.length - Math.max(1, height - HELP_FRAME_ROWS));
}

/** The rows of a report shown on opening, scrolled by `scroll` rows. */
export function reportRows(lines: readonly string[], width: number, height: number, scroll: number, t: UiTranslate): Row[] {
  const body = reportBody(lines, width);
  const title: Row = truncateRow([{text: visibleText(lines[0] ?? '', false), style: {bold: true}}], width);
  const footer: Row = truncateRow(
    [
      {
        text: t('ui:report.footer', {close: firstKey('help-close', t), down: firstKey('help-down', t), up: firstKey('help-up', t)}),
        style: {dimColor: true},
      },
    ],
    width,
  );
  const bodyHeight = Math.max(1, height - HELP_FRAME_ROWS);
  const top = Math.max(0, Math.min(scroll, body.length - bodyHeight));
  return [title, [], ...body.slice(top, top + bodyHeight), footer];
}

/** The help screen's rows, generated from the key table, scrolled by `scroll` rows. */
export function helpRows(width: number, height: number, scroll: number, t: UiTranslate): Row[] {
  const body = helpBody(width, t);
  const title: Row = [{text: t('ui:help.title'), style: {bold: true}}];
  const footer: Row = truncateRow(
    [
      {
        text: t('ui:help.footer', {close: firstKey('help-close', t), down: firstKey('help-down', t), up: firstKey('help-up', t)}),
        style: {dimColor: true},
      },
    ],
    width,
  );
  const bodyHeight = Math.max(1, height - HELP_FRAME_ROWS);
  const top = Math.max(0, Math.min(scroll, body.length - bodyHeight));
  return [title, [], ...body.slice(top, top + bodyHeight), footer];
}
