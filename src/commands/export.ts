/**
 * `cotejo export SOURCE TARGET --format F [--output FILE] [--segments paragraph|sentence]`:
 * the pair, as the saved session has it (corrected text, edited alignment,
 * resolutions), written as a bilingual file or a review report.
 *
 * Without --output, or with `-o -` or /dev/stdout, the file goes to standard output
 * (xlsx, which is binary, only when that is not a terminal). With a file, the path is
 * checked before anything is read or written (see store/write-target.ts): never a
 * document, the glossary, a session file or its backups, never a device or FIFO; an
 * existing file only with --force. The file is written atomically, through symbolic
 * links, keeping the mode of the file it replaces.
 */
import {openOptionsOf, thresholdOf, type CommandRun} from '../command.js';
import {isHint} from '../core/checks/confidence.js';
import {inputError, type InputError} from '../core/result.js';
import {beadDivergences} from '../core/session.js';
import {EXPORT_FORMATS, FORMATS, isExportFormat, readBilingualFile, type ExportFormat} from '../formats/index.js';
import {exportInputFromState} from '../formats/export-input.js';
import type {Segmentation} from '../formats/model.js';
import {describeInputError, printError, renderMessage} from '../output.js';
import {writeFileAtomically} from '../store/session-store.js';
import {checkWriteTarget, protectedFilesOf, type WriteTarget} from '../store/write-target.js';
import {VERSION} from '../version.js';
import {openWorkspace, type Workspace} from '../workspace.js';

const EXIT_OK = 0;
const EXIT_INPUT = 2;

function option(run: CommandRun, name: string): string | undefined {
  const v = run.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** Where the export goes, or why it cannot go there. */
function outputTarget(run: CommandRun, output: string | undefined): {ok: true; target: WriteTarget} | {ok: false; error: InputError} {
  if (output === undefined) return {ok: true, target: {kind: 'stdout'}};
  const check = checkWriteTarget(output, {
    protectedFiles: protectedFilesOf({
      files: run.files,
      sessionPath: option(run, 'session'),
      glossaryPath: option(run, 'glossary'),
    }),
    allowStdout: true,
    overwrite: run.options['force'] === true,
  });
  if (check.kind === 'refused') return {ok: false, error: check.error};
  if (check.kind === 'exists') return {ok: false, error: inputError('store.error.output-exists', {path: output})};
  return {ok: true, target: check.target};
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
  const where = outputTarget(run, option(run, 'output'));
  if (!where.ok) return fail(where.error);
  const target = where.target;
  if (FORMATS[format].binary && target.kind === 'stdout' && process.stdout.isTTY !== false) return fail(inputError('formats.xlsx-needs-output', {}));

  const opened = await openWorkspace(openOptionsOf(run, {readOnly: true}));
  if (!opened.ok) return fail(opened.error);
  const workspace = opened.value;
  try {
    return await exportWorkspace(run, workspace, format, segments, target);
  } finally {
    workspace.release();
  }
}

/** Writes an opened workspace in a format; the exit code. */
async function exportWorkspace(run: CommandRun, workspace: Workspace, format: ExportFormat, segments: Segmentation, target: WriteTarget): Promise<number> {
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

  if (target.kind === 'stdout') {
    process.stdout.write(written.content);
    return EXIT_OK;
  }
  const output = option(run, 'output') ?? target.path;
  try {
    const data = typeof written.content === 'string' ? written.content : Buffer.from(written.content);
    await writeFileAtomically(target.path, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    printError(describeInputError(t, inputError('formats.output-unwritable', {path: output, reason})));
    return EXIT_INPUT;
  }
  const units = segments === 'sentence' && format !== 'html' && format !== 'xliff2' ? input.beads.reduce((n, b) => n + Math.max(1, b.segments.length), 0) : input.beads.length;
  printError(`cotejo: ${renderMessage(t, 'formats.written', {count: units, path: output, format}, 'formats')}`);
  return EXIT_OK;
}
