/**
 * The export dialog's writer: the working state as one of the formats' files, beside
 * the target by default, written atomically and never over the documents or their
 * session files, nor over any existing file unless the user confirmed it (see
 * store/write-target.ts). The formats themselves are src/formats' writers.
 */
import nodePath from 'node:path';
import type {i18n} from 'i18next';
import type {SessionState} from '../core/session.js';
import type {Divergence} from '../core/types.js';
import {EXPORT_FORMATS, FORMATS, isExportFormat} from '../formats/index.js';
import {exportInputFromState} from '../formats/export-input.js';
import {renderMessage} from '../output.js';
import {writeFileAtomically} from '../store/session-store.js';
import {checkWriteTarget, isSessionFileName, type ProtectedFile, type WriteCheck} from '../store/write-target.js';
import {VERSION} from '../version.js';
import type {Exporter} from './state/use-review.js';

/** Where the documents are, so that an export never writes over them. */
export interface ExporterOptions {
  /** The target document's path: exports go beside it by default. */
  readonly targetPath: string;
  /** Files an export must not replace: the documents, the session file and its backup and lock. */
  readonly protectedPaths: readonly string[];
  /** The interface's i18next instance (messages in the files and on screen). */
  readonly i18n: i18n;
}

/** The exporter, with the check the dialog makes before writing. */
export interface FileExporter extends Exporter {
  /**
   * Judges a path before writing: `exists` means a file is there and the user must
   * confirm; then `write(..., {overwrite: true})` replaces it.
   */
  check(path: string): WriteCheck;
  /** Writes the state; an existing file is replaced only with `{overwrite: true}` (the user said yes). */
  write(
    state: SessionState,
    divergencesOf: (bead: number) => readonly Divergence[],
    format: string,
    path: string,
    confirmed?: {readonly overwrite?: boolean},
  ): ReturnType<Exporter['write']>;
}

/** An exporter writing the formats of src/formats beside the target. */
export function fileExporter(options: ExporterOptions): FileExporter {
  const t = options.i18n.t.bind(options.i18n);
  const message = (code: string, params: Readonly<Record<string, string | number>>): string => renderMessage(t, code, params, 'errors');
  const dir = nodePath.dirname(options.targetPath);
  const base = nodePath.basename(options.targetPath).replace(/\.[^.]*$/, '');
  const protectedFiles: ProtectedFile[] = options.protectedPaths.map(p => ({path: p, role: isSessionFileName(p) ? 'backup' : 'target'}));
  const check = (path: string): WriteCheck => checkWriteTarget(path, {protectedFiles, allowStdout: false, overwrite: false});
  return {
    formats: EXPORT_FORMATS,
    path: format => nodePath.join(dir, base + (isExportFormat(format) ? FORMATS[format].extension : `.${format}`)),
    check,
    async write(state: SessionState, divergencesOf: (bead: number) => readonly Divergence[], format: string, path: string, confirmed: {overwrite?: boolean} = {}) {
      if (!isExportFormat(format)) return {ok: false, message: message('bad-format', {command: 'export', format, formats: EXPORT_FORMATS.join(', ')})};
      const checked = checkWriteTarget(path, {protectedFiles, allowStdout: false, overwrite: confirmed.overwrite === true});
      if (checked.kind === 'refused') return {ok: false, message: message(checked.error.code, checked.error.params)};
      if (checked.kind === 'exists') return {ok: false, message: message('store.error.exists-choose-another', {path})};
      const divergences = state.beads.map((_, i) => divergencesOf(i));
      const input = exportInputFromState(state, divergences, t, {toolVersion: VERSION, uiLang: options.i18n.language});
      const written = await FORMATS[format].write(input, {segments: 'paragraph', t});
      try {
        await writeFileAtomically(path, typeof written.content === 'string' ? written.content : Buffer.from(written.content));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        return {ok: false, message: message('formats.output-unwritable', {path, reason})};
      }
      return {ok: true, path};
    },
  };
}
