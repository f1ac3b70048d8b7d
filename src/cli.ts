#!/usr/bin/env node
/**
 * The command line: parses arguments and hands over to a command. Usage and input
 * problems reach the user as one line on stderr and exit code 2; a bug is printed
 * as one line too, with a hint to rerun with COTEJO_DEBUG=1 for the stack.
 */
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import type {CommandRun} from './command.js';
import {createI18n, pickUiLanguage, UI_LANGUAGES, type UiLanguage} from './i18n.js';
import {parseSize, setMaxInputBytes} from './load.js';
import {describeInputError, printError} from './output.js';
import {inputError, type InputError} from './core/result.js';
import {VERSION} from './version.js';

/** Exit codes: 0 nothing wrong, 1 error-severity divergences, 2 usage or input error. */
export const EXIT = {ok: 0, divergences: 1, usage: 2} as const;

const COMMON = {
  'source-lang': {type: 'string'},
  'target-lang': {type: 'string'},
  'ui-lang': {type: 'string'},
  session: {type: 'string'},
  glossary: {type: 'string'},
  'min-confidence': {type: 'string'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'V'},
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = {
  open: {...COMMON, fresh: {type: 'boolean'}, recover: {type: 'boolean'}, 'read-only': {type: 'boolean'}},
  check: {...COMMON, format: {type: 'string'}, links: {type: 'boolean'}, jobs: {type: 'string'}},
  export: {...COMMON, format: {type: 'string'}, output: {type: 'string', short: 'o'}, segments: {type: 'string'}, force: {type: 'boolean'}},
} as const satisfies Record<string, ParseArgsConfig['options']>;

/** A command's name. */
export type CommandName = keyof typeof COMMANDS;

/** The parsed command line: which command, its positional arguments and its options. */
export interface Invocation {
  /** The command to run. */
  readonly command: CommandName;
  /** Positional arguments: SOURCE and TARGET, or one bilingual file. */
  readonly files: readonly string[];
  /** Option values by long name. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

/** The parsed command line, or the usage error to report. */
export function parseInvocation(argv: readonly string[]): {ok: true; value: Invocation} | {ok: false; error: InputError} {
  const first = argv[0];
  // The reviewer is the default command, not a named one: a first argument "open" is a file.
  const named = first === 'check' || first === 'export';
  const command: CommandName = named ? first : 'open';
  const rest = named ? argv.slice(1) : argv;
  const options = COMMANDS[command];
  try {
    const parsed = parseArgs({args: [...rest], options, allowPositionals: true, strict: true});
    const values = parsed.values as Record<string, string | boolean | undefined>;
    return {ok: true, value: {command, files: parsed.positionals, options: values}};
  } catch (error) {
    return {ok: false, error: usageError(error, Object.keys(options), command)};
  }
}

/**
 * The message of a usage error for a command: the default command (the reviewer) has
 * no name of its own on the command line, so its messages point to `cotejo --help`.
 */
function usageCode(code: string, command: CommandName): string {
  return command === 'open' ? `main-${code}` : code;
}

function usageError(error: unknown, known: readonly string[], command: CommandName): InputError {
  const err = error as {code?: string; message?: string};
  const option = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = option.replace(/^-+/, '');
    const hint = closest(name, known);
    return hint
      ? inputError(usageCode('unknown-option-hint', command), {option, hint: `--${hint}`, command})
      : inputError(usageCode('unknown-option', command), {option, command});
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(err.message ?? '')) {
    return inputError('option-takes-no-value', {option: option.split(/[ ,=]/)[0] ?? option, command});
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return inputError(usageCode('option-needs-value', command), {option: option.split(/[ ,]/)[0] ?? option, command});
  }
  return inputError(usageCode('bad-arguments', command), {detail: err.message ?? String(error), command});
}

/** The known name nearest to a mistyped one (edit distance at most 2), or null. */
function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance || (k.startsWith(name) && name.length >= 3 && bestDistance > 1)) {
      bestDistance = Math.min(d, 1);
      best = k;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The value of `--ui-lang` read before full parsing, so usage errors speak the user's language. */
function uiLangFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--ui-lang=')) return a.slice('--ui-lang='.length);
    if (a === '--ui-lang') return argv[i + 1];
  }
  return undefined;
}

/** Runs the command line and returns the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const uiLang: UiLanguage = pickUiLanguage(uiLangFlag(argv), env);
  const i18n = createI18n(uiLang);
  const t = i18n.t.bind(i18n);
  // An interface language Cotejo does not speak is an error, not a silent English.
  const flag = uiLangFlag(argv);
  if (flag !== undefined && !(UI_LANGUAGES as readonly string[]).includes(flag.toLowerCase())) {
    printError(describeInputError(t, inputError('bad-ui-lang', {lang: flag, languages: UI_LANGUAGES.join(', ')})));
    return EXIT.usage;
  }
  const parsed = parseInvocation(argv);
  if (!parsed.ok) {
    printError(describeInputError(t, parsed.error));
    return EXIT.usage;
  }
  const {command, files, options} = parsed.value;
  if (options['version']) {
    process.stdout.write(`cotejo ${VERSION}\n`);
    return EXIT.ok;
  }
  if (options['help']) {
    process.stdout.write(t(`help.${command}`, {version: VERSION}) + '\n');
    return EXIT.ok;
  }
  if (files.length === 0) {
    printError(describeInputError(t, inputError(usageCode('missing-files', command), {command})));
    return EXIT.usage;
  }
  if (files.length > 2) {
    printError(describeInputError(t, inputError(usageCode('too-many-files', command), {command, extra: files[2] ?? ''})));
    return EXIT.usage;
  }
  const maxSize = options['max-size'];
  if (typeof maxSize === 'string') {
    const bytes = parseSize(maxSize);
    if (bytes === null) {
      printError(describeInputError(t, inputError('bad-size', {value: maxSize})));
      return EXIT.usage;
    }
    setMaxInputBytes(bytes);
  }
  const run: CommandRun = {command, files, options, t, uiLang};
  switch (command) {
    case 'check': {
      const {runCheck} = await import('./commands/check.js');
      return runCheck(run);
    }
    case 'export': {
      const {runExport} = await import('./commands/export.js');
      return runExport(run);
    }
    case 'open': {
      const {runOpenCommand} = await import('./commands/open-command.js');
      return runOpenCommand(run);
    }
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return fs.realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    (error: unknown) => {
      printError(`cotejo: internal error: ${(error as Error).message ?? String(error)} (rerun with COTEJO_DEBUG=1 for details)`);
      if (process.env['COTEJO_DEBUG']) console.error(error);
      process.exitCode = 70;
    },
  );
}
