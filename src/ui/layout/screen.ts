/**
 * The rows around the texts: the header with the two files, the status line, the key
 * hint or the prompt, and the help screen; all made of words from the `ui` namespace.
 */
import path from 'node:path';
import type {SentenceLink, SessionState} from '../../core/session.js';
import type {Divergence} from '../../core/types.js';
import {bindingLabel, helpSections} from '../keys/describe.js';
import {KEY_TABLE, type Binding, type Command} from '../keys/key-table.js';
import type {DocumentCount} from '../state/divergence-index.js';
import {isOpen} from '../state/divergence-index.js';
import type {Mode, Notice, ReviewState} from '../state/review.js';
import type {Pending, SaveView} from '../state/use-review.js';
import type {UiTranslate} from '../translate.js';
import {gutterWidth, STACK_BELOW} from './pairs.js';
import {visibleText} from './sanitize.js';
import {editableWindow, flowParts, middleEllipsis, wrapSegments} from './fit.js';
import {truncateRow, withoutColour, type Row, type Segment, type Style} from './styled.js';
import {displayWidth, wrapText} from './wrap.js';

function firstKey(command: Command, t: UiTranslate): string {
  const keys: readonly Binding[] = KEY_TABLE[command].keys;
  return bindingLabel(keys[0]!, t);
}

function side(doc: {readonly path: string; readonly lang: string}, t: UiTranslate): string {
  return visibleText(t('ui:header.side', {path: path.basename(doc.path), lang: doc.lang}), false);
}

/**
 * The header: each file's name and language above its column, shortened in the middle
 * when long. `gutter` is the width of the view's gutter (the pairs' unless given).
 */
export function headerRow(state: SessionState, swapped: boolean, width: number, t: UiTranslate, gutter?: number): Row {
  const [left, right] = swapped ? [state.target, state.source] : [state.source, state.target];
  const style = {bold: true};
  const gw = gutter ?? gutterWidth(state.beads.length);
  if (width < STACK_BELOW) {
    const room = Math.max(2, width - gw - 3);
    const half = Math.floor(room / 2);
    return truncateRow([{text: ' '.repeat(gw) + middleEllipsis(side(left, t), half) + ' · ' + middleEllipsis(side(right, t), room - half), style}], width);
  }
  const leftWidth = Math.floor((width - gw - 3) / 2);
  const rightWidth = width - gw - 3 - leftWidth;
  const leftText = middleEllipsis(side(left, t), leftWidth);
  const gap = Math.max(1, leftWidth - displayWidth(leftText) + 3);
  return truncateRow([{text: ' '.repeat(gw) + leftText + ' '.repeat(gap) + middleEllipsis(side(right, t), rightWidth), style}], width);
}

// The status may take this many rows on a narrow screen before parts are left out.
const STATUS_ROWS = 2;

/**
 * The status line: position, open divergences here and in the document, alignment
 * status, saving. Parts are never cut: on a narrow screen they go on a second row, and
 * then the counts give way, never the news that the work is not saved.
 */
export function statusRows(
  state: SessionState,
  divergences: readonly Divergence[],
  count: DocumentCount | null,
  save: SaveView,
  saveText: string,
  width: number,
  t: UiTranslate,
  colours: boolean,
  extra: readonly string[] = [],
  sentences: {readonly links: readonly SentenceLink[]; readonly selected: number} | null = null,
  pending: Pending = null,
): Row[] {
  const bead = state.beads[state.cursor.bead];
  const parts: {segment: Segment; keep: boolean}[] = [
    {segment: {text: t('ui:status.position', {current: state.cursor.bead + 1, total: state.beads.length}), style: {bold: true}}, keep: true},
  ];
  if (sentences !== null) {
    const position = t('ui:status.sentence-position', {current: Math.min(sentences.selected + 1, sentences.links.length), total: sentences.links.length});
    parts.push({segment: {text: position, style: {bold: true}}, keep: true});
    // The gutter's ± says it too, so on a narrow screen this gives way first.
    if (bead?.sentences !== undefined) parts.push({segment: {text: t('ui:status.sentence-edited'), style: {color: 'cyan'}}, keep: false});
  }
  if (bead?.status === 'confirmed') parts.push({segment: {text: t('ui:status.confirmed'), style: {color: 'green'}}, keep: true});
  if (bead?.status === 'edited') parts.push({segment: {text: t('ui:status.edited'), style: {color: 'cyan'}}, keep: true});
  const here = divergences.filter(d => isOpen(state, d.key)).length;
  if (pending === 'aligning' || pending === 'checks') {
    // Until then there is nothing to count: the counts would say 0 and mean "not yet".
    parts.push({segment: {text: t(pending === 'aligning' ? 'ui:status.aligning' : 'ui:status.checking'), style: {color: 'yellow'}}, keep: true});
  } else {
    // A pair checked right after this frame has no count of its own yet.
    if (pending === null) parts.push({segment: {text: t('ui:status.pair-open', {count: here}), style: {}}, keep: false});
    if (count === null || count.done < count.total) {
      parts.push({segment: {text: t('ui:status.document-counting', {done: count?.done ?? 0, total: state.beads.length}), style: {dimColor: true}}, keep: false});
    } else {
      parts.push({segment: {text: t('ui:status.document-open', {count: count.open}), style: {}}, keep: false});
    }
  }
  for (const text of extra) parts.push({segment: {text, style: {color: 'yellow', bold: true}}, keep: true});
  const saveStyle: Style =
    save === null ? {dimColor: true} : save.state === 'error' ? {color: 'red', bold: true} : save.state === 'saved' ? {color: 'green'} : {color: 'yellow'};
  if (saveText) parts.push({segment: {text: saveText, style: saveStyle}, keep: true});
  const separator: Segment = {text: ' · ', style: {dimColor: true}};
  let shown = parts;
  for (;;) {
    const rows = flowParts(
      shown.map(p => [{text: p.segment.text, style: withoutColour(p.segment.style, colours)}]),
      width,
      separator,
    );
    const droppable = shown.findLastIndex(p => !p.keep);
    if (rows.length <= STATUS_ROWS || droppable < 0) return rows.slice(0, Math.max(STATUS_ROWS, rows.length));
    shown = shown.filter((_, i) => i !== droppable);
  }
}

/** The key hint's items, as many whole ones as fit on one row. */
function hintRow(hint: string, width: number): Row[] {
  const parts = hint.split(' · ').map(text => [{text, style: {dimColor: true}}]);
  return flowParts(parts, width, {text: ' · ', style: {dimColor: true}}, 1);
}

/** A prompt's label and its text with the cursor, the text scrolled to keep the cursor in view. */
function promptRow(label: string, text: string, cursor: number, width: number): Row {
  // The label gives way only to keep some room for what is typed.
  const shownLabel = middleEllipsis(label, Math.max(Math.floor(width / 2), width - 24));
  const w = editableWindow(text, cursor, Math.max(1, width - displayWidth(shownLabel)));
  return truncateRow(
    [
      {text: shownLabel, style: {bold: true}},
      {text: w.before, style: {}},
      {text: w.at, style: {inverse: true}},
      {text: w.after, style: {}},
    ],
    width,
  );
}

// A notice wraps onto this many rows at most; what is left is shortened in the middle of the last.
const NOTICE_ROWS = 4;

/** Words wrapped to the width on at most `max` rows, whole words only. */
export function wrappedRows(text: string, style: Style, width: number, max = NOTICE_ROWS): Row[] {
  const safe = visibleText(text, false);
  const lines = wrapText(safe, width);
  const rows: Row[] = lines.slice(0, max).map(l => [{text: safe.slice(l.start, l.end), style}]);
  if (lines.length > max) {
    const last = lines[max - 1]!;
    rows[max - 1] = [{text: middleEllipsis(safe.slice(last.start), width), style}];
  }
  return rows;
}

/** The rows under the status line: a prompt, a question, a notice, or the key hint for the mode. */
export function bottomRows(review: ReviewState, quitQuestion: string, exportFormats: readonly string[], width: number, t: UiTranslate): Row[] {
  const mode: Mode = review.mode;
  if (mode.kind === 'prompt') {
    const label =
      mode.purpose === 'go-to'
        ? t('ui:prompt.go-to', {total: review.history.present.beads.length})
        : mode.purpose === 'dismiss'
          ? t('ui:prompt.dismiss')
          : t('ui:prompt.search');
    return [promptRow(label, visibleText(mode.editor.text, false), mode.editor.cursor, width)];
  }
  if (mode.kind === 'export') {
    const [before, after] = t('ui:prompt.export', {formats: '\u0000'}).split('\u0000');
    const formats = exportFormats.map((f, i): Segment[] => [{text: f, style: i === mode.format ? {inverse: true, bold: true} : {dimColor: true}}]);
    const label: Segment[] = [{text: (before ?? '').trimEnd(), style: {bold: true}}];
    const unit: Segment[] = [{text: '· ' + t(mode.unit === 'sentence' ? 'ui:export.unit-sentence' : 'ui:export.unit-paragraph'), style: {bold: true}}];
    const rows = flowParts([label, ...formats, unit], width, {text: ' ', style: {}});
    return [...rows, promptRow((after ?? '').trimStart(), visibleText(mode.editor.text, false), mode.editor.cursor, width)];
  }
  if (mode.kind === 'confirm-overwrite') {
    return wrapSegments(
      [
        {text: t('ui:question.overwrite', {name: path.basename(mode.request.path)}) + ' ', style: {bold: true}},
        {text: t('ui:hint.confirm', {yes: firstKey('confirm-yes', t), no: firstKey('confirm-no', t)}), style: {dimColor: true}},
      ],
      width,
      {text: '', style: {}},
      {text: '', style: {}},
    );
  }
  if (mode.kind === 'confirm-quit') {
    const question = mode.question === 'edit' ? t('ui:question.edit') : mode.question === 'read-only' ? t('ui:question.read-only') : quitQuestion;
    const keys = {yes: firstKey('confirm-yes', t), no: firstKey('confirm-no', t), back: firstKey('confirm-back', t)};
    return wrapSegments(
      [
        {text: question + ' ', style: {bold: true}},
        {text: mode.question === 'edit' ? t('ui:hint.edit-quit', keys) : t('ui:hint.confirm', keys), style: {dimColor: true}},
      ],
      width,
      {text: '', style: {}},
      {text: '', style: {}},
    );
  }
  if (review.notice) return wrappedRows(noticeText(review.notice, t), {bold: true}, width);
  if (mode.kind === 'edit') {
    const hint = t('ui:hint.editor', {
      accept: firstKey('editor-accept', t),
      cancel: firstKey('editor-cancel', t),
      paragraph: firstKey('editor-next-paragraph', t),
      word: firstKey('editor-word-left', t) + '/' + firstKey('editor-word-right', t),
    });
    return hintRow(hint, width);
  }
  if (review.sentenceView !== null) {
    const moves: readonly Command[] = ['source-first-to-prev', 'source-last-to-next', 'target-first-to-prev', 'target-last-to-next'];
    return hintRow(
      t('ui:hint.sentences', {
        next: firstKey('next-in-pair', t),
        merge: firstKey('merge-next', t),
        split: firstKey('split', t),
        move: moves.map(c => firstKey(c, t)).join(''),
        undo: firstKey('undo', t),
        view: firstKey('sentence-view', t),
        help: firstKey('help', t),
      }),
      width,
    );
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
  return hintRow(hint, width);
}

/** The keys of the export dialog, shown above its prompt. */
export function exportHintRow(width: number, t: UiTranslate): Row[] {
  return hintRow(
    t('ui:hint.export', {next: firstKey('export-next-format', t), unit: firstKey('export-unit', t), accept: firstKey('export-accept', t), cancel: firstKey('export-cancel', t)}),
    width,
  );
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
    body.push(...wrappedRows(section.title, {bold: true, underline: true}, width));
    for (const row of section.rows) {
      const keys = middleEllipsis(row.keys, keysWidth - 1);
      const first: Segment = {text: '  ' + keys + ' '.repeat(Math.max(1, keysWidth - displayWidth(keys))), style: {bold: true}};
      // The description wraps under itself, beside the keys column.
      body.push(...wrapSegments([{text: row.description, style: {}}], width, first, {text: ' '.repeat(displayWidth(first.text)), style: {}}));
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
  const title: Row = [{text: middleEllipsis(visibleText(lines[0] ?? '', false), width), style: {bold: true}}];
  const footer: Row = truncateRow(
    [
      {
        text: middleEllipsis(t('ui:report.footer', {close: firstKey('help-close', t), down: firstKey('help-down', t), up: firstKey('help-up', t)}), width),
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
        text: middleEllipsis(t('ui:help.footer', {close: firstKey('help-close', t), down: firstKey('help-down', t), up: firstKey('help-up', t)}), width),
        style: {dimColor: true},
      },
    ],
    width,
  );
  const bodyHeight = Math.max(1, height - HELP_FRAME_ROWS);
  const top = Math.max(0, Math.min(scroll, body.length - bodyHeight));
  return [title, [], ...body.slice(top, top + bodyHeight), footer];
}
