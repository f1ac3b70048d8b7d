/**
 * `cotejo export SOURCE TARGET --format F [--output FILE] [--segments paragraph|sentence]`:
 * the pair, as the saved session has it (corrected text, edited alignment,
 * resolutions), written as a bilingual file or a review report.
 *
 * Without --output the file goes to standard output (not xlsx, which is binary). With
 * it, the file is written atomically (a temporary file renamed over the target), and
 * never over one of the documents being exported or their session files.
 */
import fs from 'node:fs';
import {openOptionsOf, thresholdOf, type CommandRun} from '../command.js';
import {isHint} from '../core/checks/confidence.js';
import {inputError, type InputError} from '../core/result.js';
import {beadDivergences} from '../core/session.js';
import {EXPORT_FORMATS, FORMATS, isExportFormat, readBilingualFile, type ExportFormat} from '../formats/index.js';
import {exportInputFromState} from '../formats/export-input.js';
import type {Segmentation} from '../formats/model.js';
import {describeInputError, printError, renderMessage} from '../output.js';
import {backupPathFor, lockPathFor, sameFile, sessionPathFor} from '../store/paths.js';
import {writeFileAtomically} from '../store/session-store.js';
import {VERSION} from '../version.js';
import {openWorkspace, type Workspace} from '../workspace.js';

const EXIT_OK = 0;
const EXIT_INPUT = 2;

function option(run: CommandRun, name: string): string | undefined {
  const v = run.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** The files an export must never write over: the documents and their session's files. */
export function protectedPaths(run: CommandRun): string[] {
  const files = [...run.files];
  const target = run.files[1] ?? run.files[0];
  const session = option(run, 'session') ?? (target !== undefined ? sessionPathFor(target) : undefined);
  if (session !== undefined) files.push(session, backupPathFor(session), lockPathFor(session));
  return files;
}

/** Why the output path cannot be used, or null when it can. */
function outputProblem(run: CommandRun, output: string): InputError | null {
  for (const p of protectedPaths(run)) if (sameFile(output, p)) return inputError('formats.output-is-input', {path: output});
  try {
    if (fs.statSync(output).isDirectory()) return inputError('formats.output-is-directory', {path: output});
  } catch {
    // Not there yet: it will be created.
  }
  return null;
}

/**
 * The identifiers a bilingual file gave its units, when the pair was opened from one
 * and its beads are still the file's (same paragraphs); otherwise none, and the beads
 * are numbered.
 */
async function keptIds(run: CommandRun, workspace: Workspace): Promise<readonly string[] | undefined> {
  if (run.files.length !== 1) return undefined;
  const file = await readBilingualFile(run.files[0]!, {sourceLang: option(run, 'source-lang'), targetLang: option(run, 'target-lang')});
  if (!file.ok) return undefined;
  const key = (b: {source: readonly number[]; target: readonly number[]}) => `${b.source.join(',')}|${b.target.join(',')}`;
  const byBead = new Map(file.value.alignment.map((b, i) => [key(b), file.value.ids[i]!]));
  return workspace.state.beads.map(b => byBead.get(key(b)) ?? '');
}

/** Runs `export` and returns the exit code. */
export async function runExport(run: CommandRun): Promise<number> {
  const t = run.t;
  const fail = (error: InputError): number => {
    printError(describeInputError(t, error));
    return EXIT_INPUT;
  };
  const format = option(run, 'format');
  if (format === undefined) return fail(inputError('formats.format-required', {formats: EXPORT_FORMATS.join(', ')}));
  if (!isExportFormat(format)) return fail(inputError('bad-format', {command: 'export', format, formats: EXPORT_FORMATS.join(', ')}));
  const threshold = thresholdOf(run);
  if (!threshold.ok) return fail(inputError('bad-confidence', {value: threshold.value}));
  const segments = option(run, 'segments') ?? 'paragraph';
  if (segments !== 'paragraph' && segments !== 'sentence') return fail(inputError('formats.bad-segments', {value: segments}));
  const output = option(run, 'output');
  if (FORMATS[format].binary && output === undefined) return fail(inputError('formats.xlsx-needs-output', {}));
  if (output !== undefined) {
    const problem = outputProblem(run, output);
    if (problem) return fail(problem);
  }

  const opened = await openWorkspace(openOptionsOf(run, {readOnly: true}));
  if (!opened.ok) return fail(opened.error);
  const workspace = opened.value;
  try {
    if (output !== undefined && sameFile(output, workspace.sessionPath)) return fail(inputError('formats.output-is-input', {path: output}));
    return await exportWorkspace(run, workspace, format, segments, output);
  } finally {
    workspace.release();
  }
}

/** Writes an opened workspace in a format; the exit code. */
async function exportWorkspace(run: CommandRun, workspace: Workspace, format: ExportFormat, segments: Segmentation, output: string | undefined): Promise<number> {
  const t = run.t;
  const {state, ctx} = workspace;
  // Hints are counted nowhere: not in a unit's state, not among its notes.
  const threshold = thresholdOf(run);
  const divergences = state.beads.map((_, i) => beadDivergences(state, i, ctx).filter(d => !isHint(d, threshold.ok ? threshold.value : undefined)));
  const ids = await keptIds(run, workspace);
  const input = exportInputFromState(state, divergences, t, {
    ...(ids !== undefined ? {ids} : {}),
    toolVersion: VERSION,
    uiLang: run.uiLang,
  });
  for (const n of workspace.notices) if (n.code.startsWith('formats.')) printError(`cotejo: ${renderMessage(t, n.code, n.params, 'formats')}`);
  const written = await FORMATS[format].write(input, {segments, t});
  for (const w of written.warnings) printError(`cotejo: ${renderMessage(t, w.code, w.params, 'formats')}`);

  if (output === undefined) {
    process.stdout.write(written.content);
    return EXIT_OK;
  }
  try {
    const data = typeof written.content === 'string' ? written.content : Buffer.from(written.content);
    await writeFileAtomically(output, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    printError(describeInputError(t, inputError('formats.output-unwritable', {path: output, reason})));
    return EXIT_INPUT;
  }
  const units = segments === 'sentence' && format !== 'html' && format !== 'xliff2' ? input.beads.reduce((n, b) => n + Math.max(1, b.segments.length), 0) : input.beads.length;
  printError(`cotejo: ${renderMessage(t, 'formats.written', {count: units, path: output, format}, 'formats')}`);
  return EXIT_OK;
}
