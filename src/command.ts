/**
 * What the command line hands to a command: the parsed arguments and the interface's
 * words. Each command returns its exit code (0, 1 or 2; see EXIT in cli.ts).
 */
import type {TFunction} from 'i18next';
import type {UiLanguage} from './i18n.js';
import {HINT_BELOW} from './core/checks/confidence.js';
import type {OpenOptions} from './workspace.js';

/** A parsed invocation of one command. */
export interface CommandRun {
  /** The command's name. */
  readonly command: 'open' | 'check' | 'export';
  /** Positional arguments: SOURCE and TARGET, or one bilingual file. */
  readonly files: readonly string[];
  /** Option values by long name (`format`, `output`, `source-lang`, …). */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** The interface's translation function. */
  readonly t: TFunction;
  /** The interface language. */
  readonly uiLang: UiLanguage;
}

/** The workspace options that a command line names. */
export function openOptionsOf(run: CommandRun, extra: Partial<OpenOptions> = {}): OpenOptions {
  const str = (name: string): string | undefined => {
    const v = run.options[name];
    return typeof v === 'string' ? v : undefined;
  };
  return {
    sourcePath: run.files[0] ?? '',
    targetPath: run.files[1],
    sourceLang: str('source-lang'),
    targetLang: str('target-lang'),
    sessionPath: str('session'),
    glossaryPath: str('glossary'),
    fresh: run.options['fresh'] === true,
    recover: run.options['recover'] === true,
    readOnly: run.options['read-only'] === true,
    ...extra,
  };
}

/** The confidence threshold a command line sets, or the reason it cannot be read. */
export function thresholdOf(run: CommandRun): {ok: true; value: number} | {ok: false; value: string} {
  const raw = run.options['min-confidence'];
  if (raw === undefined) return {ok: true, value: HINT_BELOW};
  const value = typeof raw === 'string' && /^\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isNaN(value) ? {ok: false, value: String(raw)} : {ok: true, value};
}
