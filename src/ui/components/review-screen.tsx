/**
 * The review screen: header, the two texts, the current pair's divergences, the
 * status line and the key hint; or the help screen. It only renders: the layout
 * functions decide what goes where, the hooks decide what happens.
 */
import {Box} from 'ink';
import {sentenceLinksOf} from '../../core/session.js';
import type {Divergence} from '../../core/types.js';
import {listEntries, listRows} from '../layout/divergence-list.js';
import {layoutPairs} from '../layout/pairs.js';
import {layoutSentences, sentenceGutterWidth} from '../layout/sentences.js';
import {bottomRows, exportHintRow, headerRow, helpRows, reportRows, statusRows} from '../layout/screen.js';
import {truncateRow, type Row} from '../layout/styled.js';
import type {DocumentCount} from '../state/divergence-index.js';
import {selectedLink, type ReviewState} from '../state/review.js';
import type {TerminalSize} from '../state/use-terminal-size.js';
import type {Pending, SaveView} from '../state/use-review.js';
import type {UiTranslate} from '../translate.js';
import {StyledRow} from './styled-row.js';

/** Props of ReviewScreen. */
export interface ReviewScreenProps {
  /** The screen's state. */
  readonly review: ReviewState;
  /** The current pair's divergences. */
  readonly divergences: readonly Divergence[];
  /** The highlighted divergence. */
  readonly selected: Divergence | null;
  /** Whether a divergence's suggestion is offered. */
  readonly suggestionOffered?: ((divergence: Divergence) => boolean) | undefined;
  /** Another pair's divergences, when known. */
  readonly divergencesOf?: ((bead: number) => readonly Divergence[] | undefined) | undefined;
  /** The document-wide count. */
  readonly documentCount: DocumentCount | null;
  /** What the pair waits for before its divergences can be shown. */
  readonly pending?: Pending | undefined;
  /** The save status. */
  readonly save: SaveView;
  /** The save status in words. */
  readonly saveText: string;
  /** The question asked when quitting would lose work. */
  readonly quitQuestion: string;
  /** More for the status line, always shown (that nothing is saved, …). */
  readonly statusExtra?: readonly string[] | undefined;
  /** The export formats offered. */
  readonly exportFormats: readonly string[];
  /** The screen's size. */
  readonly size: TerminalSize;
  /** Whether colours may be used. */
  readonly colours: boolean;
  /** The interface's words. */
  readonly t: UiTranslate;
}

// The texts keep at least this many rows, however long the messages below them.
const MIN_TEXT_ROWS = 3;

/**
 * Rows the screen draws: one fewer than the terminal has, because output as tall as
 * the terminal makes Ink clear the whole screen on every frame.
 */
export function screenRows(size: TerminalSize): number {
  return Math.max(4, size.rows - 1);
}

/** The whole screen, one row per line of the terminal but the last. */
export function ReviewScreen(props: ReviewScreenProps) {
  const {review, size, t, colours} = props;
  const rows = screenRows(size);
  const width = Math.max(10, size.columns);
  let lines: Row[];
  if (review.mode.kind === 'help') {
    lines = helpRows(width, rows, review.mode.scroll, t);
  } else if (review.mode.kind === 'report') {
    lines = reportRows(review.mode.lines, width, rows, review.mode.scroll, t);
  } else {
    const state = review.history.present;
    const selectedKey = props.selected?.key ?? null;
    // The sentence view stands in for the paragraphs, except while a paragraph is edited.
    const sentences = review.sentenceView !== null && review.mode.kind !== 'edit' ? {links: sentenceLinksOf(state, state.cursor.bead), selected: selectedLink(review)} : null;
    const bottom = bottomRows(review, props.quitQuestion, props.exportFormats, width, t);
    const status =
      review.mode.kind === 'export'
        ? exportHintRow(width, t)
        : statusRows(state, props.divergences, props.documentCount, props.save, props.saveText, width, t, colours, props.statusExtra ?? [], sentences, props.pending ?? null);
    const entries = listEntries(state, props.divergences, selectedKey, t, {width, colours, offered: props.suggestionOffered});
    // The list takes what its entries need, up to about a third of the screen (more
    // when the selected entry alone needs it), and always leaves the texts some rows.
    const fixed = 2 + status.length + bottom.length;
    const wanted = Math.max(1, entries.reduce((n, e) => n + e.length, 0));
    const selectedRows = entries[Math.max(0, props.divergences.findIndex(d => d.key === selectedKey))]?.length ?? 1;
    const cap = Math.max(Math.floor(rows / 3), selectedRows + (entries.length > 1 ? 1 : 0));
    const listHeight = Math.max(1, Math.min(wanted, cap, rows - fixed - MIN_TEXT_ROWS));
    const pairsHeight = Math.max(1, rows - fixed - listHeight);
    const pairs = sentences
      ? layoutSentences({
          state,
          links: sentences.links,
          selected: sentences.selected,
          width,
          height: pairsHeight,
          swapped: review.swapped,
          colours,
          noCounterpart: t('ui:pair.no-counterpart'),
        })
      : layoutPairs({
          state,
          divergences: props.divergences,
          selected: selectedKey,
          width,
          height: pairsHeight,
          swapped: review.swapped,
          colours,
          editing: review.mode.kind === 'edit' ? {paragraph: review.mode.paragraph, editor: review.mode.editor} : undefined,
          noCounterpart: t('ui:pair.no-counterpart'),
          divergencesOf: props.divergencesOf,
          search: review.lastSearch,
        });
    while (pairs.length < pairsHeight) pairs.push([]);
    const rule: Row = [{text: '─'.repeat(width), style: {dimColor: true}}];
    lines = [
      headerRow(state, review.swapped, width, t, sentences ? sentenceGutterWidth(sentences.links.length) : undefined),
      ...pairs.map(r => truncateRow(r, width)),
      rule,
      ...listRows(state, props.divergences, selectedKey, t, {width, height: listHeight, colours, entries, pending: props.pending ?? null}),
      ...status,
      ...bottom,
    ];
  }
  return (
    <Box flexDirection="column" width={width}>
      {lines.slice(0, rows).map((row, i) => (
        <StyledRow key={i} row={row} />
      ))}
    </Box>
  );
}
