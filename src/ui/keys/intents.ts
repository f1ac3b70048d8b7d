/**
 * Which intent a key press means in each mode: the bridge between the key table and
 * the review reducer. Keys that mean nothing in a mode are ignored; printable keys
 * type text in the editor and in prompts.
 */
import {reduceReview, type Intent, type Mode, type ReviewDeps, type ReviewState} from '../state/review.js';
import {commandFor, type Command, type Scope} from './key-table.js';
import {PASTE, type KeyPress} from './parse-key.js';
import {pastedText} from '../state/line-editor.js';

/** How many pairs a page key moves. */
export const PAGE = 10;

/** What a key press asks for: an intent, quitting, or nothing. */
export type KeyMeaning = {readonly kind: 'intent'; readonly intent: Intent} | {readonly kind: 'quit' | 'quit-now' | 'none'};

const REVIEW: Partial<Record<Command, Intent>> = {
  'next-pair': {type: 'move-by', delta: 1},
  'prev-pair': {type: 'move-by', delta: -1},
  'page-down': {type: 'move-by', delta: PAGE},
  'page-up': {type: 'move-by', delta: -PAGE},
  'first-pair': {type: 'go-to-bead', bead: 0},
  'last-pair': {type: 'go-to-bead', bead: Number.MAX_SAFE_INTEGER},
  'go-to-pair': {type: 'open-prompt', purpose: 'go-to'},
  search: {type: 'open-prompt', purpose: 'search'},
  'next-unconfirmed': {type: 'find-pair', which: 'unconfirmed', step: 1},
  'prev-unconfirmed': {type: 'find-pair', which: 'unconfirmed', step: -1},
  'next-doubtful': {type: 'find-pair', which: 'doubtful', step: 1},
  'prev-doubtful': {type: 'find-pair', which: 'doubtful', step: -1},
  'next-divergence': {type: 'divergence', step: 1},
  'prev-divergence': {type: 'divergence', step: -1},
  'next-in-pair': {type: 'select-in-pair', step: 1},
  'prev-in-pair': {type: 'select-in-pair', step: -1},
  'apply-suggestion': {type: 'apply-suggestion'},
  dismiss: {type: 'dismiss'},
  reopen: {type: 'reopen'},
  'edit-target': {type: 'start-edit'},
  undo: {type: 'undo'},
  redo: {type: 'redo'},
  'merge-next': {type: 'align', action: 'merge-next'},
  split: {type: 'align', action: 'split'},
  'source-first-to-prev': {type: 'move-paragraph', side: 'source', edge: 'first'},
  'source-last-to-next': {type: 'move-paragraph', side: 'source', edge: 'last'},
  'target-first-to-prev': {type: 'move-paragraph', side: 'target', edge: 'first'},
  'target-last-to-next': {type: 'move-paragraph', side: 'target', edge: 'last'},
  'unlink-source': {type: 'unlink', side: 'source'},
  'unlink-target': {type: 'unlink', side: 'target'},
  confirm: {type: 'align', action: 'confirm'},
  'swap-columns': {type: 'swap-columns'},
  'sentence-view': {type: 'sentence-view'},
  export: {type: 'open-export'},
  help: {type: 'help', open: true},
};

const EDITING: Partial<Record<Command, Intent>> = {
  'editor-left': {type: 'editor', action: {type: 'left'}},
  'editor-right': {type: 'editor', action: {type: 'right'}},
  'editor-word-left': {type: 'editor', action: {type: 'word-left'}},
  'editor-word-right': {type: 'editor', action: {type: 'word-right'}},
  'editor-home': {type: 'editor', action: {type: 'home'}},
  'editor-end': {type: 'editor', action: {type: 'end'}},
  'editor-backspace': {type: 'editor', action: {type: 'backspace'}},
  'editor-delete': {type: 'editor', action: {type: 'delete'}},
  'editor-delete-word': {type: 'editor', action: {type: 'delete-word'}},
};

function intent(i: Intent | undefined): KeyMeaning {
  return i ? {kind: 'intent', intent: i} : {kind: 'none'};
}

function isCtrlC(key: KeyPress): boolean {
  return key.ctrl && key.name === 'c';
}

/** The scope whose bindings apply in a mode. */
export function scopeOf(mode: Mode): Scope {
  switch (mode.kind) {
    case 'browse':
      return 'review';
    case 'edit':
      return 'editor';
    case 'prompt':
      return 'prompt';
    case 'export':
      return 'export';
    case 'help':
    case 'report':
      return 'help';
    case 'confirm-quit':
    case 'confirm-overwrite':
      return 'confirm';
  }
}

/** What a key press means in a mode. */
export function meaningOf(key: KeyPress, mode: Mode): KeyMeaning {
  // Pasted text is text, whatever it holds: it never reaches the command keys.
  if (key.name === PASTE) return pasteMeaning(key.text, mode);
  // Ctrl-C leaves from anywhere, as a terminal user expects; an open edit is asked about first.
  if (isCtrlC(key) && mode.kind === 'edit') return intent({type: 'interrupt-edit'});
  if (isCtrlC(key) && mode.kind !== 'browse') return {kind: 'quit-now'};
  const command = commandFor(key, scopeOf(mode));
  switch (mode.kind) {
    case 'browse':
      if (command === 'quit') return {kind: 'quit'};
      return intent(command ? REVIEW[command] : undefined);
    case 'edit':
      if (command === 'editor-accept') return intent({type: 'accept-edit'});
      if (command === 'editor-cancel') return intent({type: 'cancel'});
      if (command === 'editor-next-paragraph') return intent({type: 'edit-paragraph', step: 1});
      if (command === 'editor-prev-paragraph') return intent({type: 'edit-paragraph', step: -1});
      if (command) return intent(EDITING[command]);
      return typed(key);
    case 'prompt': {
      if (command === 'prompt-accept') return intent({type: 'accept-prompt'});
      if (command === 'prompt-cancel') return intent({type: 'cancel'});
      // A prompt is a one-line editor: the editor's keys work there too.
      const edit = commandFor(key, 'editor');
      if (edit && EDITING[edit]) return intent(EDITING[edit]);
      return typed(key);
    }
    case 'export': {
      if (command === 'export-accept') return intent({type: 'accept-export'});
      if (command === 'export-cancel') return intent({type: 'cancel'});
      if (command === 'export-next-format') return intent({type: 'export-format', step: 1});
      if (command === 'export-prev-format') return intent({type: 'export-format', step: -1});
      if (command === 'export-unit') return intent({type: 'export-unit'});
      // The file name is edited with the editor's keys.
      const edit = commandFor(key, 'editor');
      if (edit && EDITING[edit]) return intent(EDITING[edit]);
      return typed(key);
    }
    case 'help':
    case 'report':
      if (command === 'help-close') return intent({type: 'help', open: false});
      if (command === 'help-down') return intent({type: 'help-scroll', delta: 1});
      if (command === 'help-up') return intent({type: 'help-scroll', delta: -1});
      if (command === 'help-page-down') return intent({type: 'help-scroll', delta: PAGE});
      if (command === 'help-page-up') return intent({type: 'help-scroll', delta: -PAGE});
      return {kind: 'none'};
    case 'confirm-overwrite':
      if (command === 'confirm-yes') return intent({type: 'overwrite', yes: true});
      if (command === 'confirm-no' || command === 'confirm-back') return intent({type: 'overwrite', yes: false});
      return {kind: 'none'};
    case 'confirm-quit':
      if (mode.question === 'edit') {
        if (command === 'confirm-yes') return intent({type: 'edit-quit', answer: 'keep'});
        if (command === 'confirm-no') return intent({type: 'edit-quit', answer: 'discard'});
        if (command === 'confirm-back') return intent({type: 'edit-quit', answer: 'resume'});
        return {kind: 'none'};
      }
      if (command === 'confirm-yes') return {kind: 'quit-now'};
      if (command === 'confirm-no' || command === 'confirm-back') return intent({type: 'cancel'});
      return {kind: 'none'};
  }
}

function pasteMeaning(text: string, mode: Mode): KeyMeaning {
  if (mode.kind === 'edit' || mode.kind === 'prompt' || mode.kind === 'export') {
    return intent({type: 'editor', action: {type: 'insert', text: pastedText(text)}});
  }
  return intent({type: 'paste-ignored'});
}

function typed(key: KeyPress): KeyMeaning {
  if (key.ctrl || key.meta || key.text === '') return {kind: 'none'};
  return intent({type: 'editor', action: {type: 'insert', text: key.text}});
}

/**
 * The review state after a chunk of key presses. Each key is read in the mode the
 * keys before it left (`i` then `abc` typed fast edits "abc"); a quit ends the chunk.
 */
export function applyKeys(review: ReviewState, keys: readonly KeyPress[], deps: ReviewDeps): ReviewState {
  let next = review;
  for (const key of keys) {
    const meaning = meaningOf(key, next.mode);
    if (meaning.kind === 'none') continue;
    if (meaning.kind === 'intent') {
      next = reduceReview(next, meaning.intent, deps);
      continue;
    }
    return reduceReview(next, {type: 'quit', now: meaning.kind === 'quit-now'}, deps);
  }
  return next;
}
