/**
 * Key bindings in words, for the help screen, the key hint and the README: the same
 * table the input handlers read, so what is shown is what works.
 */
import type {UiTranslate} from '../translate.js';
import {COMMANDS, KEY_TABLE, SCOPES, type Binding, type Command, type CommandSpec, type Scope} from './key-table.js';

const SPECIAL = new Set([
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'insert',
  'delete',
  'backspace',
  'return',
  'escape',
  'tab',
  'space',
] as const);

type SpecialName = typeof SPECIAL extends Set<infer T> ? T : never;

function isSpecial(key: string): key is SpecialName {
  return (SPECIAL as Set<string>).has(key);
}

/** A binding as the user reads it: `Ctrl-R`, `Shift-Tab`, `↓`, `G`. */
export function bindingLabel(binding: Binding, t: UiTranslate): string {
  const parts: string[] = [];
  if (binding.ctrl) parts.push(t('ui:modifier.ctrl'));
  if (binding.meta) parts.push(t('ui:modifier.meta'));
  if (binding.shift) parts.push(t('ui:modifier.shift'));
  // Ctrl-letter is written in capitals, as terminals and manuals write it; Ctrl ignores case.
  const key = binding.ctrl && /^[a-z]$/.test(binding.key) ? binding.key.toUpperCase() : binding.key;
  parts.push(isSpecial(key) ? t(`ui:keyname.${key}`) : key);
  return parts.join('-');
}

/** All keys of a command, joined for a help row: `j, ↓`. */
export function commandKeysLabel(command: Command, t: UiTranslate): string {
  const spec: CommandSpec = KEY_TABLE[command];
  return spec.keys.map(b => bindingLabel(b, t)).join(', ');
}

/** One help row: the keys and what they do. */
export interface HelpRow {
  /** The command. */
  readonly command: Command;
  /** Its keys, as the user reads them. */
  readonly keys: string;
  /** What it does. */
  readonly description: string;
}

/** A titled group of help rows. */
export interface HelpSection {
  /** The scope the keys apply in. */
  readonly scope: Scope;
  /** The section's title. */
  readonly title: string;
  /** The commands of that scope. */
  readonly rows: readonly HelpRow[];
}

/** The help screen's content, generated from the key table. */
export function helpSections(t: UiTranslate): HelpSection[] {
  return SCOPES.map(scope => ({
    scope,
    title: t(`ui:help.scope.${scope}`),
    rows: COMMANDS.filter(c => KEY_TABLE[c].scope === scope).map(command => ({
      command,
      keys: commandKeysLabel(command, t),
      description: t(`ui:keys.${command}`),
    })),
  }));
}

function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|');
}

/** The key table as Markdown, one table per scope, for the README. */
export function keyTableMarkdown(t: UiTranslate): string {
  const out: string[] = [];
  for (const section of helpSections(t)) {
    out.push(`### ${section.title}`, '', `| ${t('ui:help.keys-column')} | ${t('ui:help.action-column')} |`, '| --- | --- |');
    for (const row of section.rows) {
      const keys = KEY_TABLE[row.command].keys.map((b: Binding) => '`' + markdownCell(bindingLabel(b, t)) + '`').join(', ');
      out.push(`| ${keys} | ${markdownCell(row.description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
