/**
 * Every command of the interface and the keys bound to it, as data. Components ask
 * "does this key mean `next-divergence`?" (commandFor / means); the help screen and
 * the README's key table are generated from this table, so they cannot drift apart.
 */
import type {KeyPress, SpecialKey} from './parse-key.js';

/** Where a binding applies: the document view, the inline editor, a prompt, … */
export type Scope = 'review' | 'editor' | 'prompt' | 'export' | 'help' | 'confirm';

/** Every scope, in the order the help screen shows them. */
export const SCOPES: readonly Scope[] = ['review', 'editor', 'prompt', 'export', 'help', 'confirm'];

/** One key with its modifiers. */
export interface Binding {
  /** A special key's name or a printable character (its case matters: `G` is Shift-g). */
  readonly key: SpecialKey | (string & {});
  /** Ctrl held. */
  readonly ctrl?: boolean;
  /** Alt (Meta, Option) held. */
  readonly meta?: boolean;
  /** Shift held, for special keys only. */
  readonly shift?: boolean;
}

/** A command's scope, its keys and the group it is listed under in the help. */
export interface CommandSpec {
  /** Where the keys apply. */
  readonly scope: Scope;
  /** The group it belongs to on the help screen. */
  readonly group: 'move' | 'review' | 'align' | 'view' | 'edit' | 'prompt';
  /** The keys, the first one shown in the key hint. */
  readonly keys: readonly Binding[];
}

/** The commands and their keys. The description of `X` is `ui:keys.X`. */
export const KEY_TABLE = {
  'next-pair': {scope: 'review', group: 'move', keys: [{key: 'j'}, {key: 'down'}]},
  'prev-pair': {scope: 'review', group: 'move', keys: [{key: 'k'}, {key: 'up'}]},
  'page-down': {scope: 'review', group: 'move', keys: [{key: 'pagedown'}, {key: 'd', ctrl: true}]},
  'page-up': {scope: 'review', group: 'move', keys: [{key: 'pageup'}, {key: 'u', ctrl: true}]},
  'first-pair': {scope: 'review', group: 'move', keys: [{key: 'g'}, {key: 'home'}]},
  'last-pair': {scope: 'review', group: 'move', keys: [{key: 'G'}, {key: 'end'}]},
  'go-to-pair': {scope: 'review', group: 'move', keys: [{key: ':'}]},
  search: {scope: 'review', group: 'move', keys: [{key: '/'}]},
  'next-unconfirmed': {scope: 'review', group: 'move', keys: [{key: '.'}]},
  'prev-unconfirmed': {scope: 'review', group: 'move', keys: [{key: ','}]},
  'next-doubtful': {scope: 'review', group: 'move', keys: [{key: '>'}]},
  'prev-doubtful': {scope: 'review', group: 'move', keys: [{key: '<'}]},
  'next-divergence': {scope: 'review', group: 'move', keys: [{key: 'n'}]},
  'prev-divergence': {scope: 'review', group: 'move', keys: [{key: 'N'}]},
  'next-in-pair': {scope: 'review', group: 'move', keys: [{key: 'tab'}, {key: 'right'}]},
  'prev-in-pair': {scope: 'review', group: 'move', keys: [{key: 'tab', shift: true}, {key: 'left'}]},
  'apply-suggestion': {scope: 'review', group: 'review', keys: [{key: 'a'}]},
  dismiss: {scope: 'review', group: 'review', keys: [{key: 'd'}]},
  reopen: {scope: 'review', group: 'review', keys: [{key: 'r'}]},
  'edit-target': {scope: 'review', group: 'review', keys: [{key: 'i'}, {key: 'return'}]},
  undo: {scope: 'review', group: 'review', keys: [{key: 'u'}]},
  redo: {scope: 'review', group: 'review', keys: [{key: 'r', ctrl: true}, {key: 'U'}]},
  'merge-next': {scope: 'review', group: 'align', keys: [{key: 'm'}]},
  split: {scope: 'review', group: 'align', keys: [{key: 'b'}]},
  'source-first-to-prev': {scope: 'review', group: 'align', keys: [{key: '['}]},
  'source-last-to-next': {scope: 'review', group: 'align', keys: [{key: ']'}]},
  'target-first-to-prev': {scope: 'review', group: 'align', keys: [{key: '{'}]},
  'target-last-to-next': {scope: 'review', group: 'align', keys: [{key: '}'}]},
  'unlink-source': {scope: 'review', group: 'align', keys: [{key: 'X'}]},
  'unlink-target': {scope: 'review', group: 'align', keys: [{key: 'x'}]},
  confirm: {scope: 'review', group: 'align', keys: [{key: 'c'}]},
  'swap-columns': {scope: 'review', group: 'view', keys: [{key: 's'}]},
  'sentence-view': {scope: 'review', group: 'view', keys: [{key: 'v'}]},
  export: {scope: 'review', group: 'view', keys: [{key: 'e'}]},
  help: {scope: 'review', group: 'view', keys: [{key: '?'}]},
  quit: {scope: 'review', group: 'view', keys: [{key: 'q'}, {key: 'c', ctrl: true}]},
  'editor-accept': {scope: 'editor', group: 'edit', keys: [{key: 'return'}]},
  'editor-cancel': {scope: 'editor', group: 'edit', keys: [{key: 'escape'}]},
  'editor-next-paragraph': {scope: 'editor', group: 'edit', keys: [{key: 'tab'}, {key: 'down'}]},
  'editor-prev-paragraph': {scope: 'editor', group: 'edit', keys: [{key: 'tab', shift: true}, {key: 'up'}]},
  'editor-left': {scope: 'editor', group: 'edit', keys: [{key: 'left'}, {key: 'b', ctrl: true}]},
  'editor-right': {scope: 'editor', group: 'edit', keys: [{key: 'right'}, {key: 'f', ctrl: true}]},
  'editor-word-left': {
    scope: 'editor',
    group: 'edit',
    keys: [{key: 'left', ctrl: true}, {key: 'left', meta: true}, {key: 'b', meta: true}],
  },
  'editor-word-right': {
    scope: 'editor',
    group: 'edit',
    keys: [{key: 'right', ctrl: true}, {key: 'right', meta: true}, {key: 'f', meta: true}],
  },
  'editor-home': {scope: 'editor', group: 'edit', keys: [{key: 'home'}, {key: 'a', ctrl: true}]},
  'editor-end': {scope: 'editor', group: 'edit', keys: [{key: 'end'}, {key: 'e', ctrl: true}]},
  'editor-backspace': {scope: 'editor', group: 'edit', keys: [{key: 'backspace'}]},
  'editor-delete': {scope: 'editor', group: 'edit', keys: [{key: 'delete'}, {key: 'd', ctrl: true}]},
  'editor-delete-word': {
    scope: 'editor',
    group: 'edit',
    keys: [{key: 'w', ctrl: true}, {key: 'backspace', meta: true}],
  },
  'prompt-accept': {scope: 'prompt', group: 'prompt', keys: [{key: 'return'}]},
  'prompt-cancel': {scope: 'prompt', group: 'prompt', keys: [{key: 'escape'}]},
  'export-next-format': {scope: 'export', group: 'prompt', keys: [{key: 'tab'}, {key: 'down'}]},
  'export-prev-format': {scope: 'export', group: 'prompt', keys: [{key: 'tab', shift: true}, {key: 'up'}]},
  'export-unit': {scope: 'export', group: 'prompt', keys: [{key: 't', ctrl: true}]},
  'export-accept': {scope: 'export', group: 'prompt', keys: [{key: 'return'}]},
  'export-cancel': {scope: 'export', group: 'prompt', keys: [{key: 'escape'}]},
  'help-close': {scope: 'help', group: 'view', keys: [{key: 'escape'}, {key: '?'}, {key: 'q'}, {key: 'return'}]},
  'help-down': {scope: 'help', group: 'view', keys: [{key: 'j'}, {key: 'down'}]},
  'help-up': {scope: 'help', group: 'view', keys: [{key: 'k'}, {key: 'up'}]},
  'help-page-down': {scope: 'help', group: 'view', keys: [{key: 'pagedown'}, {key: 'space'}]},
  'help-page-up': {scope: 'help', group: 'view', keys: [{key: 'pageup'}]},
  'confirm-yes': {scope: 'confirm', group: 'prompt', keys: [{key: 'y'}, {key: 'Y'}]},
  'confirm-no': {scope: 'confirm', group: 'prompt', keys: [{key: 'n'}, {key: 'N'}]},
  'confirm-back': {scope: 'confirm', group: 'prompt', keys: [{key: 'escape'}]},
} as const satisfies Record<string, CommandSpec>;

/** A command's name. */
export type Command = keyof typeof KEY_TABLE;

/** Every command, in table order. */
export const COMMANDS = Object.keys(KEY_TABLE) as Command[];

/** Whether a key press is this binding. */
export function isBinding(binding: Binding, key: KeyPress): boolean {
  return (
    binding.key === key.name &&
    (binding.ctrl ?? false) === key.ctrl &&
    (binding.meta ?? false) === key.meta &&
    (binding.shift ?? false) === key.shift
  );
}

/** Whether the key press means `command`. */
export function means(command: Command, key: KeyPress): boolean {
  const spec: CommandSpec = KEY_TABLE[command];
  return spec.keys.some(b => isBinding(b, key));
}

/** The command a key press means in a scope, if any. */
export function commandFor(key: KeyPress, scope: Scope): Command | undefined {
  return COMMANDS.find(c => KEY_TABLE[c].scope === scope && means(c, key));
}

/** The commands of one scope, in table order. */
export function commandsOf(scope: Scope): Command[] {
  return COMMANDS.filter(c => KEY_TABLE[c].scope === scope);
}
