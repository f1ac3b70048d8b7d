/**
 * The review screen's state and its reducer: the session history (the document work,
 * with undo) plus what only the screen cares about — the mode (browsing, editing a
 * paragraph, a prompt, the help), the column order, the last search and a notice.
 * Intents are what the user means; the key table decides which key means what.
 */
import nodePath from 'node:path';
import {historyOf, initialState, reduceHistory, sentenceLinksOf, type Action, type History, type SessionBead, type SessionState} from '../../core/session.js';
import {isDoubtful} from './bead-flags.js';
import {searchMatches} from './search.js';
import type {Alignment, Divergence} from '../../core/types.js';
import {editorOf, reduceEditor, type EditorAction, type EditorState} from './line-editor.js';
import {isOpen} from './divergence-index.js';

/** A short message on the status line, as a `ui:notice.*` code and its values. */
export interface Notice {
  /** The message's key under `ui:notice.`. */
  readonly code:
    | 'not-found'
    | 'no-pair'
    | 'no-divergence'
    | 'wrapped'
    | 'no-selection'
    | 'no-suggestion'
    | 'no-target'
    | 'unchanged'
    | 'undone'
    | 'redone'
    | 'nothing-to-undo'
    | 'nothing-to-redo'
    | 'applied'
    | 'dismissed'
    | 'reopened'
    | 'edited'
    | 'aligned'
    | 'confirmed'
    | 'message'
    | 'exporting'
    | 'exported'
    | 'no-export'
    | 'paste-ignored'
    | 'no-doubtful'
    | 'no-unconfirmed'
    | 'no-paragraph'
    | 'search-hit'
    | 'search-hit-wrapped'
    | 'no-other-paragraph'
    | 'suggestion-withheld'
    | 'paragraphs-only'
    | 'wait-aligning'
    | 'wait-checks'
    | 'aligned-now';
  /** Values for the message. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What the keys currently act on. */
export type Mode =
  | {readonly kind: 'browse'}
  | {readonly kind: 'edit'; readonly paragraph: number; readonly editor: EditorState}
  | {readonly kind: 'prompt'; readonly purpose: 'go-to' | 'search'; readonly editor: EditorState}
  /** The reason for dismissing a divergence, optional. */
  | {readonly kind: 'prompt'; readonly purpose: 'dismiss'; readonly editor: EditorState; readonly divergence: string}
  | {readonly kind: 'help'; readonly scroll: number}
  /** A report to read before working: what became of the saved work when the documents changed. */
  | {readonly kind: 'report'; readonly lines: readonly string[]; readonly scroll: number}
  /** Choosing a format, a unit (a paragraph or a sentence per segment) and a file to export to. */
  | {readonly kind: 'export'; readonly format: number; readonly unit: ExportUnit; readonly editor: EditorState}
  /** The export's file exists: write over it? `back` is the dialog to return to. */
  | {readonly kind: 'confirm-overwrite'; readonly request: ExportRequest; readonly back: Extract<Mode, {kind: 'export'}>}
  /**
   * A question before leaving: the work could not be saved (`unsaved`), nothing is
   * saved at all (`read-only`), or an edit is open (`edit`, which is kept to go back to).
   */
  | {readonly kind: 'confirm-quit'; readonly question: 'unsaved' | 'read-only'}
  | {readonly kind: 'confirm-quit'; readonly question: 'edit'; readonly paragraph: number; readonly editor: EditorState};

/** What one segment of an export holds: a paragraph, or a sentence. */
export type ExportUnit = 'paragraph' | 'sentence';

/** An export to write. */
export interface ExportRequest {
  /** The format's name. */
  readonly format: string;
  /** The file. */
  readonly path: string;
  /** A paragraph or a sentence per segment. */
  readonly unit: ExportUnit;
}

/** The sentence view: the current pair's sentence links, one of them selected. */
export interface SentenceView {
  /** The bead whose link `link` was selected; on another bead the first link is. */
  readonly bead: number;
  /** The selected link's index among the bead's sentence links. */
  readonly link: number;
}

/** Everything the review screen shows, apart from the terminal's size. */
export interface ReviewState {
  /** The session's states, for undo and redo; `present` is what is shown. */
  readonly history: History;
  /** What the keys act on. */
  readonly mode: Mode;
  /** Target on the left, source on the right. */
  readonly swapped: boolean;
  /** The last text searched for, offered again by the next search. */
  readonly lastSearch: string;
  /** A message about the last action, cleared by the next one. */
  readonly notice: Notice | null;
  /**
   * Quitting asked for: `request` saves first and asks if that fails, `now` leaves at
   * once. The screen's effect carries it out; the reducer only records it.
   */
  readonly quit: 'request' | 'now' | null;
  /** An export asked for and not done yet: the screen's effect writes it. */
  readonly exportRequest: ExportRequest | null;
  /** The folder of the last export, offered again by the next one. */
  readonly exportFolder: string | null;
  /** The sentence view, when it is on: the align keys then act on sentence links. */
  readonly sentenceView: SentenceView | null;
  /**
   * The pair is being aligned: the paragraphs are shown side by side by position, to
   * read and search, and nothing can change until the alignment comes.
   */
  readonly aligning: boolean;
}

/** What the user asks for. */
export type Intent =
  | {readonly type: 'go-to-bead'; readonly bead: number}
  | {readonly type: 'move-by'; readonly delta: number}
  | {readonly type: 'divergence'; readonly step: 1 | -1}
  | {readonly type: 'select-in-pair'; readonly step: 1 | -1}
  | {readonly type: 'apply-suggestion'}
  | {readonly type: 'dismiss'}
  | {readonly type: 'reopen'}
  | {readonly type: 'start-edit'}
  | {readonly type: 'editor'; readonly action: EditorAction}
  | {readonly type: 'accept-edit'}
  /** Keeps the edit and goes on with the pair's next (or previous) target paragraph. */
  | {readonly type: 'edit-paragraph'; readonly step: 1 | -1}
  | {readonly type: 'cancel'}
  | {readonly type: 'open-prompt'; readonly purpose: 'go-to' | 'search'}
  | {readonly type: 'accept-prompt'}
  | {readonly type: 'align'; readonly action: 'merge-next' | 'split' | 'confirm'}
  | {readonly type: 'move-paragraph'; readonly side: 'source' | 'target'; readonly edge: 'first' | 'last'}
  | {readonly type: 'unlink'; readonly side: 'source' | 'target'}
  | {readonly type: 'undo'}
  | {readonly type: 'redo'}
  | {readonly type: 'swap-columns'}
  /** Shows the current pair's sentence links instead of the paragraphs, or back. */
  | {readonly type: 'sentence-view'}
  | {readonly type: 'help'; readonly open: boolean}
  | {readonly type: 'help-scroll'; readonly delta: number}
  | {readonly type: 'quit'; readonly now: boolean}
  | {readonly type: 'open-export'}
  | {readonly type: 'export-format'; readonly step: 1 | -1}
  | {readonly type: 'accept-export'}
  | {readonly type: 'export-unit'}
  /** The answer to "write over the file?". */
  | {readonly type: 'overwrite'; readonly yes: boolean}
  | {readonly type: 'export-done'; readonly notice: Notice}
  | {readonly type: 'confirm-quit'; readonly question: 'unsaved' | 'read-only'}
  /** Ctrl-C in the editor: leave at once when nothing was typed, else ask. */
  | {readonly type: 'interrupt-edit'}
  /** The answers to the question about an open edit. */
  | {readonly type: 'edit-quit'; readonly answer: 'keep' | 'discard' | 'resume'}
  /** The first pair to show, found once the checks have run, with its divergence selected. */
  | {readonly type: 'start-at'; readonly bead: number; readonly divergence: string | null}
  /** The nearest pair whose alignment is not confirmed yet, or that the aligner doubts. */
  | {readonly type: 'find-pair'; readonly which: 'unconfirmed' | 'doubtful'; readonly step: 1 | -1}
  /** Text was pasted where no text is typed. */
  | {readonly type: 'paste-ignored'}
  /** The alignment of a pair opened while it was being aligned. */
  | {readonly type: 'aligned'; readonly alignment: Alignment};

/** What waits for the alignment of a pair opened while it is aligned: every change, and what reads the pairs. */
const AFTER_ALIGNING: ReadonlySet<Intent['type']> = new Set([
  'divergence',
  'apply-suggestion',
  'dismiss',
  'reopen',
  'start-edit',
  'align',
  'move-paragraph',
  'unlink',
  'undo',
  'redo',
  'sentence-view',
  'open-export',
  'find-pair',
  'start-at',
]);

/** What waits for the checks: what reads or writes the divergences. */
const AFTER_CHECKS: ReadonlySet<Intent['type']> = new Set(['divergence', 'apply-suggestion', 'dismiss', 'reopen', 'open-export', 'start-at']);

/** The divergences of a bead of a state; the reducer needs them for n, Tab, a, d, r. */
export interface ReviewDeps {
  /** The bead's divergences (all of them, open or not). */
  readonly divergencesOf: (state: SessionState, bead: number) => readonly Divergence[];
  /** The nearest bead with an open divergence after or before `from`, going round. */
  readonly findOpenBead: (state: SessionState, from: number, step: 1 | -1) => {bead: number; wrapped: boolean} | null;
  /** How far the help or a report can scroll on the screen as it is now. */
  readonly maxScroll: (mode: Mode) => number;
  /** Whether a divergence's suggestion leaves its pair with fewer open divergences (else it is not offered). */
  readonly suggestionHelps: (state: SessionState, bead: number, divergence: Divergence) => boolean;
  /** The export formats offered, and the file each is written to unless the user says otherwise; none: no export. */
  readonly exportFormats: readonly string[];
  /** The file an export in `format` goes to unless the user types another. */
  readonly exportPath: (format: string) => string;
  /** The extension of a format's files, with its dot. */
  readonly exportExtension: (format: string) => string;
  /** Whether writing to a path would replace a file, and so needs the user's yes. */
  readonly exportNeedsConfirmation: (path: string) => boolean;
  /** The checks are still loading: `divergencesOf` finds nothing yet, and what needs it waits. */
  readonly checksPending?: boolean | undefined;
}

/** What opening the session has to tell the user, already in words. */
export interface Opening {
  /** One-line messages (a stale lock taken over, read-only, …), shown on the status row. */
  readonly notices: readonly string[];
  /** A report shown before the document, when there is one. */
  readonly report: readonly string[] | null;
}

/** The screen's first state over a session. */
export function initialReview(history: History, opening: Opening = {notices: [], report: null}, aligning = false): ReviewState {
  const mode: Mode = opening.report ? {kind: 'report', lines: opening.report, scroll: 0} : {kind: 'browse'};
  const notice: Notice | null = opening.notices.length > 0 ? {code: 'message', params: {text: opening.notices.join(' ')}} : null;
  return {history, mode, swapped: false, lastSearch: '', notice, quit: null, exportRequest: null, exportFolder: null, sentenceView: null, aligning};
}

/**
 * The sentence link selected in the sentence view: the one chosen on this pair, kept
 * within the pair's links (an undo may have left fewer), else the first.
 */
export function selectedLink(review: ReviewState): number {
  const view = review.sentenceView;
  const state = review.history.present;
  if (view === null || view.bead !== state.cursor.bead) return 0;
  const count = sentenceLinksOf(state, state.cursor.bead).length;
  return Math.max(0, Math.min(view.link, count - 1));
}

/** A sentence action on the selected link, with the link to select after it. */
function sentenceAction(review: ReviewState, action: (bead: number, link: number) => Action, after: (link: number) => number): ReviewState {
  const bead = review.history.present.cursor.bead;
  const link = selectedLink(review);
  const next = withHistory(review, action(bead, link), {code: 'aligned'});
  if (next.history === review.history) return next;
  const count = sentenceLinksOf(next.history.present, bead).length;
  return {...next, sentenceView: {bead, link: Math.max(0, Math.min(after(link), count - 1))}};
}

/**
 * The divergence the screen highlights: the cursor's, if the bead still has it, else
 * the bead's first open one.
 */
export function selectedDivergence(state: SessionState, divergences: readonly Divergence[]): Divergence | null {
  const key = state.cursor.divergence;
  const chosen = key === null ? undefined : divergences.find(d => d.key === key);
  return chosen ?? divergences.find(d => isOpen(state, d.key)) ?? null;
}

function withHistory(review: ReviewState, action: Action | {type: 'undo'} | {type: 'redo'}, notice: Notice | null): ReviewState {
  const history = reduceHistory(review.history, action);
  if (history === review.history) {
    const unchanged: Notice = {code: action.type === 'undo' ? 'nothing-to-undo' : action.type === 'redo' ? 'nothing-to-redo' : 'unchanged'};
    return {...review, notice: action.type === 'move-cursor' ? review.notice : unchanged};
  }
  return {...review, history, notice};
}

function moveTo(review: ReviewState, bead: number, divergence: string | null = null, notice: Notice | null = null): ReviewState {
  const state = review.history.present;
  const clamped = Math.max(0, Math.min(bead, state.beads.length - 1));
  const next = withHistory(review, {type: 'move-cursor', bead: clamped, divergence}, notice);
  return {...next, notice};
}

/** The paragraph of a side that an action on "the" paragraph means: the selected divergence's, else the first. */
function focusedParagraph(state: SessionState, selected: Divergence | null, side: 'source' | 'target'): number | undefined {
  const bead = state.beads[state.cursor.bead];
  if (!bead) return undefined;
  const at = selected?.[side]?.paragraph;
  if (at !== undefined && bead[side].includes(at)) return at;
  return bead[side][0];
}

/**
 * The bead of `after` where it differs from `before`: the first corrected paragraph,
 * the first changed bead, or the bead of a divergence whose resolution changed.
 */
export function changedBead(before: SessionState, after: SessionState, deps: Pick<ReviewDeps, 'divergencesOf'>): number | null {
  if (before.target !== after.target) {
    const i = after.target.paragraphs.findIndex((p, k) => p !== before.target.paragraphs[k]);
    const at = after.beads.findIndex(b => b.target.includes(i));
    if (i >= 0 && at >= 0) return at;
  }
  if (before.beads !== after.beads) {
    const first = after.beads.findIndex((b, k) => b !== before.beads[k]);
    if (first < 0) return after.beads.length - 1;
    let last = after.beads.length - 1;
    for (let k = before.beads.length - 1; last > first && k >= 0 && after.beads[last] === before.beads[k]; k--) last--;
    // A cursor already on the changed beads stays where it is.
    const at = after.cursor.bead;
    return at >= first && at <= last ? at : first;
  }
  if (before.resolutions !== after.resolutions) {
    const keys = new Set([...Object.keys(before.resolutions), ...Object.keys(after.resolutions)]);
    const changed = [...keys].filter(k => before.resolutions[k] !== after.resolutions[k]);
    // Near the cursor first: a resolution is nearly always changed where the user stands.
    const total = after.beads.length;
    for (let k = 0; k < total; k++) {
      const bead = (after.cursor.bead + k) % total;
      if (deps.divergencesOf(after, bead).some(d => changed.includes(d.key))) return bead;
    }
  }
  return null;
}

function acceptPrompt(review: ReviewState, mode: Extract<Mode, {kind: 'prompt'}>): ReviewState {
  const state = review.history.present;
  const {purpose} = mode;
  const text = mode.editor.text;
  const browsing: ReviewState = {...review, mode: {kind: 'browse'}};
  if (mode.purpose === 'dismiss') {
    const reason = text.trim();
    const key = mode.divergence;
    const dismissed = withHistory(browsing, reason ? {type: 'dismiss', key, reason} : {type: 'dismiss', key}, {code: 'dismissed'});
    // Stay on the dismissed divergence, so that `r` right after brings it back.
    return {...dismissed, history: reduceHistory(dismissed.history, {type: 'move-cursor', bead: state.cursor.bead, divergence: key})};
  }
  if (purpose === 'go-to') {
    const wanted = text.trim();
    // `s12` and `t14` are paragraph numbers of the source and target, which stay put when pairs are merged or split.
    const paragraph = /^([st])\s*(\d+)$/i.exec(wanted);
    if (paragraph) {
      const side = paragraph[1]!.toLowerCase() === 's' ? 'source' : 'target';
      const index = Number.parseInt(paragraph[2]!, 10) - 1;
      const at = state.beads.findIndex(b => b[side].includes(index));
      if (at < 0) return {...browsing, notice: {code: 'no-paragraph', params: {number: wanted}}};
      return moveTo(browsing, at);
    }
    const n = Number.parseInt(wanted, 10);
    if (!/^\d+$/.test(wanted) || n < 1 || n > state.beads.length) {
      return {...browsing, notice: {code: 'no-pair', params: {number: wanted}}};
    }
    return moveTo(browsing, n - 1);
  }
  const query = text.trim();
  if (!query) return browsing;
  const searched = {...browsing, lastSearch: query};
  const matches = searchMatches(state, query);
  if (matches.length === 0) return {...searched, notice: {code: 'not-found', params: {query}}};
  // The next pair after the cursor with a match, going round the end.
  const next = matches.findIndex(m => m.bead > state.cursor.bead);
  const at = next >= 0 ? next : 0;
  const notice: Notice = {code: next >= 0 ? 'search-hit' : 'search-hit-wrapped', params: {current: at + 1, total: matches.length, query}};
  return moveTo(searched, matches[at]!.bead, null, notice);
}

/** The file offered for an export in `format`: in the folder of the last export, if there was one. */
function defaultExportPath(review: ReviewState, deps: ReviewDeps, format: string): string {
  const path = deps.exportPath(format);
  return review.exportFolder === null ? path : nodePath.join(review.exportFolder, nodePath.basename(path));
}

function requestExport(review: ReviewState, request: ExportRequest): ReviewState {
  return {
    ...review,
    mode: {kind: 'browse'},
    exportRequest: request,
    exportFolder: nodePath.dirname(nodePath.resolve(request.path)),
    notice: {code: 'exporting', params: {path: request.path}},
  };
}

/** The review state after an intent. */
export function reduceReview(review: ReviewState, intent: Intent, deps: ReviewDeps): ReviewState {
  const state = review.history.present;
  const bead = state.cursor.bead;
  const divergences = (): readonly Divergence[] => deps.divergencesOf(state, bead);
  const selected = (): Divergence | null => selectedDivergence(state, divergences());
  if (review.aligning && AFTER_ALIGNING.has(intent.type)) return {...review, notice: {code: 'wait-aligning'}};
  if (deps.checksPending && AFTER_CHECKS.has(intent.type)) return {...review, notice: {code: 'wait-checks'}};
  switch (intent.type) {
    case 'aligned': {
      if (!review.aligning) return review;
      // The new pairs start where the paragraph on screen is, and nothing before is undone.
      const paragraph = state.beads[bead]?.source[0] ?? state.beads[bead]?.target[0];
      const side = state.beads[bead]?.source[0] !== undefined ? 'source' : 'target';
      const aligned = initialState(state.source, state.target, intent.alignment);
      const at = paragraph === undefined ? 0 : Math.max(0, aligned.beads.findIndex(b => b[side].includes(paragraph)));
      return {...review, aligning: false, history: historyOf({...aligned, cursor: {bead: at, divergence: null}}), notice: {code: 'aligned-now'}};
    }
    case 'go-to-bead':
      return moveTo(review, intent.bead);
    case 'move-by':
      return moveTo(review, bead + intent.delta);
    case 'divergence': {
      const list = divergences();
      const current = selected();
      const at = current ? list.indexOf(current) : intent.step > 0 ? -1 : list.length;
      for (let i = at + intent.step; i >= 0 && i < list.length; i += intent.step) {
        if (isOpen(state, list[i]!.key)) return moveTo(review, bead, list[i]!.key);
      }
      const found = deps.findOpenBead(state, bead, intent.step);
      if (!found) return {...review, notice: {code: 'no-divergence'}};
      const open = deps.divergencesOf(state, found.bead).filter(d => isOpen(state, d.key));
      const target = intent.step > 0 ? open[0] : open[open.length - 1];
      return moveTo(review, found.bead, target?.key ?? null, found.wrapped ? {code: 'wrapped'} : null);
    }
    case 'select-in-pair': {
      if (review.sentenceView !== null) {
        const count = sentenceLinksOf(state, bead).length;
        if (count === 0) return {...review, notice: {code: 'no-selection'}};
        return {...review, sentenceView: {bead, link: (selectedLink(review) + intent.step + count) % count}, notice: null};
      }
      const list = divergences();
      if (list.length === 0) return {...review, notice: {code: 'no-selection'}};
      const current = selected();
      const at = current ? list.indexOf(current) : -1;
      const next = list[(at + intent.step + list.length) % list.length]!;
      return moveTo(review, bead, next.key);
    }
    case 'apply-suggestion': {
      const d = selected();
      if (!d) return {...review, notice: {code: 'no-selection'}};
      if (d.suggestion === undefined || d.target === null) return {...review, notice: {code: 'no-suggestion'}};
      if (!deps.suggestionHelps(state, bead, d)) return {...review, notice: {code: 'suggestion-withheld'}};
      return withHistory(review, {type: 'apply-suggestion', divergence: d}, {code: 'applied'});
    }
    case 'dismiss': {
      const d = selected();
      if (!d) return {...review, notice: {code: 'no-selection'}};
      const reason = state.resolutions[d.key]?.state === 'dismissed' ? (state.resolutions[d.key] as {reason?: string}).reason : undefined;
      return {...review, mode: {kind: 'prompt', purpose: 'dismiss', divergence: d.key, editor: editorOf(reason ?? '')}, notice: null};
    }
    case 'reopen': {
      const d = selected();
      if (!d) return {...review, notice: {code: 'no-selection'}};
      return withHistory(review, {type: 'reopen', key: d.key}, {code: 'reopened'});
    }
    case 'start-edit': {
      const paragraph = focusedParagraph(state, selected(), 'target');
      if (paragraph === undefined) return {...review, notice: {code: 'no-target'}};
      const text = state.target.paragraphs[paragraph]!.text;
      const d = selected();
      // Start at the selected phrase: that is what is most likely to need the fix.
      const cursor = d?.target?.paragraph === paragraph ? d.target.start : text.length;
      return {...review, mode: {kind: 'edit', paragraph, editor: editorOf(text, cursor)}, notice: null};
    }
    case 'editor': {
      const mode = review.mode;
      if (mode.kind === 'edit') return {...review, mode: {...mode, editor: reduceEditor(mode.editor, intent.action)}};
      if (mode.kind === 'prompt') return {...review, mode: {...mode, editor: reduceEditor(mode.editor, intent.action)}};
      if (mode.kind === 'export') return {...review, mode: {...mode, editor: reduceEditor(mode.editor, intent.action)}};
      return review;
    }
    case 'accept-edit': {
      const mode = review.mode;
      if (mode.kind !== 'edit') return review;
      const browsing: ReviewState = {...review, mode: {kind: 'browse'}};
      return withHistory(browsing, {type: 'edit-target', paragraph: mode.paragraph, text: mode.editor.text}, {code: 'edited'});
    }
    case 'edit-paragraph': {
      const mode = review.mode;
      if (mode.kind !== 'edit') return review;
      const paragraphs = state.beads[bead]?.target ?? [];
      const next = paragraphs[paragraphs.indexOf(mode.paragraph) + intent.step];
      if (next === undefined) return {...review, notice: {code: 'no-other-paragraph'}};
      const changed = mode.editor.text !== state.target.paragraphs[mode.paragraph]?.text;
      const kept = changed ? withHistory(review, {type: 'edit-target', paragraph: mode.paragraph, text: mode.editor.text}, null) : review;
      const text = kept.history.present.target.paragraphs[next]!.text;
      return {...kept, mode: {kind: 'edit', paragraph: next, editor: editorOf(text, 0)}, notice: null};
    }
    case 'cancel':
      return {...review, mode: {kind: 'browse'}, notice: null, quit: null};
    case 'open-prompt': {
      const initial = intent.purpose === 'search' ? review.lastSearch : '';
      return {...review, mode: {kind: 'prompt', purpose: intent.purpose, editor: editorOf(initial)}, notice: null};
    }
    case 'accept-prompt': {
      const mode = review.mode;
      if (mode.kind !== 'prompt') return review;
      return acceptPrompt(review, mode);
    }
    case 'align':
      // In the sentence view the same keys act on the selected sentence link; confirming is the pair's.
      if (review.sentenceView !== null && intent.action === 'merge-next') return sentenceAction(review, (b, link) => ({type: 'merge-sentences', bead: b, link}), link => link);
      if (review.sentenceView !== null && intent.action === 'split') return sentenceAction(review, (b, link) => ({type: 'split-sentences', bead: b, link}), link => link);
      return withHistory(review, {type: intent.action, bead}, {code: intent.action === 'confirm' ? 'confirmed' : 'aligned'});
    case 'move-paragraph':
      if (review.sentenceView !== null) {
        const {side, edge} = intent;
        const before = sentenceLinksOf(state, bead);
        // The selection follows the link that gave the sentence, or its neighbour when it is left empty.
        return sentenceAction(
          review,
          (b, link) => ({type: 'move-sentence', bead: b, link, side, edge}),
          link => {
            const emptied = before[link]?.[side].length === 1 && before[link]?.[side === 'source' ? 'target' : 'source'].length === 0;
            return edge === 'first' && emptied ? link - 1 : link;
          },
        );
      }
      return withHistory(review, {type: 'move-paragraph', bead, side: intent.side, edge: intent.edge}, {code: 'aligned'});
    case 'unlink': {
      if (review.sentenceView !== null) return {...review, notice: {code: 'paragraphs-only'}};
      const paragraph = focusedParagraph(state, selected(), intent.side);
      if (paragraph === undefined) return {...review, notice: {code: 'unchanged'}};
      return withHistory(review, {type: 'unlink', bead, side: intent.side, paragraph}, {code: 'aligned'});
    }
    case 'undo':
    case 'redo': {
      const next = withHistory(review, {type: intent.type}, {code: intent.type === 'undo' ? 'undone' : 'redone'});
      if (next.history === review.history) return next;
      // The view goes to what was undone or redone, so that the change can be seen.
      const at = changedBead(state, next.history.present, deps);
      if (at === null || at === next.history.present.cursor.bead) return next;
      return {...next, history: reduceHistory(next.history, {type: 'move-cursor', bead: at, divergence: null})};
    }
    case 'swap-columns':
      return {...review, swapped: !review.swapped, notice: null};
    case 'sentence-view':
      return {...review, sentenceView: review.sentenceView === null ? {bead, link: 0} : null, notice: null};
    case 'help':
      // Closing the opening report keeps the opening notices in view.
      return {...review, mode: intent.open ? {kind: 'help', scroll: 0} : {kind: 'browse'}, notice: review.mode.kind === 'report' ? review.notice : null};
    case 'help-scroll': {
      const mode = review.mode;
      if (mode.kind !== 'help' && mode.kind !== 'report') return review;
      const scroll = Math.max(0, Math.min(mode.scroll + intent.delta, deps.maxScroll(mode)));
      return {...review, mode: {...mode, scroll}};
    }
    case 'quit':
      return {...review, quit: intent.now ? 'now' : 'request'};
    case 'confirm-quit':
      return {...review, mode: {kind: 'confirm-quit', question: intent.question}, quit: null};
    case 'interrupt-edit': {
      const mode = review.mode;
      if (mode.kind !== 'edit') return {...review, quit: 'now'};
      if (mode.editor.text === state.target.paragraphs[mode.paragraph]?.text) return {...review, mode: {kind: 'browse'}, quit: 'now'};
      return {...review, mode: {kind: 'confirm-quit', question: 'edit', paragraph: mode.paragraph, editor: mode.editor}};
    }
    case 'edit-quit': {
      const mode = review.mode;
      if (mode.kind !== 'confirm-quit' || mode.question !== 'edit') return review;
      if (intent.answer === 'resume') return {...review, mode: {kind: 'edit', paragraph: mode.paragraph, editor: mode.editor}};
      const browsing: ReviewState = {...review, mode: {kind: 'browse'}, quit: 'now'};
      if (intent.answer === 'discard') return browsing;
      return {...withHistory(browsing, {type: 'edit-target', paragraph: mode.paragraph, text: mode.editor.text}, {code: 'edited'}), quit: 'now'};
    }
    case 'open-export': {
      const format = deps.exportFormats[0];
      if (format === undefined) return {...review, notice: {code: 'no-export'}};
      return {...review, mode: {kind: 'export', format: 0, unit: 'paragraph', editor: editorOf(defaultExportPath(review, deps, format))}, notice: null};
    }
    case 'export-format': {
      const mode = review.mode;
      if (mode.kind !== 'export') return review;
      const n = deps.exportFormats.length;
      const format = (mode.format + intent.step + n) % n;
      // The extension follows the format unless the user typed another one.
      const before = deps.exportExtension(deps.exportFormats[mode.format]!);
      const after = deps.exportExtension(deps.exportFormats[format]!);
      const text = mode.editor.text;
      const editor = text.toLowerCase().endsWith(before.toLowerCase()) ? editorOf(text.slice(0, text.length - before.length) + after) : mode.editor;
      return {...review, mode: {...mode, format, editor}};
    }
    case 'export-unit': {
      const mode = review.mode;
      if (mode.kind !== 'export') return review;
      return {...review, mode: {...mode, unit: mode.unit === 'paragraph' ? 'sentence' : 'paragraph'}};
    }
    case 'accept-export': {
      const mode = review.mode;
      if (mode.kind !== 'export' || !mode.editor.text.trim()) return review;
      const request: ExportRequest = {format: deps.exportFormats[mode.format]!, path: mode.editor.text.trim(), unit: mode.unit};
      if (deps.exportNeedsConfirmation(request.path)) return {...review, mode: {kind: 'confirm-overwrite', request, back: mode}};
      return requestExport(review, request);
    }
    case 'overwrite': {
      const mode = review.mode;
      if (mode.kind !== 'confirm-overwrite') return review;
      return intent.yes ? requestExport(review, mode.request) : {...review, mode: mode.back};
    }
    case 'export-done':
      return {...review, exportRequest: null, notice: intent.notice};
    case 'start-at':
      return moveTo(review, intent.bead, intent.divergence, review.notice);
    case 'find-pair': {
      const total = state.beads.length;
      const wanted = (b: SessionBead): boolean => (intent.which === 'doubtful' ? isDoubtful(b) : b.status !== 'confirmed');
      for (let k = 1; k <= total; k++) {
        const raw = bead + k * intent.step;
        const at = ((raw % total) + total) % total;
        if (wanted(state.beads[at]!)) return moveTo(review, at, null, raw < 0 || raw >= total ? {code: 'wrapped'} : null);
      }
      return {...review, notice: {code: intent.which === 'doubtful' ? 'no-doubtful' : 'no-unconfirmed'}};
    }
    case 'paste-ignored':
      return {...review, notice: {code: 'paste-ignored'}};
  }
}
