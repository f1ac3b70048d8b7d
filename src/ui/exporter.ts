/**
 * The export dialog's writer: the working state as one of the formats' files, beside
 * the target by default, written atomically and never over the documents or their
 * session files, nor over any existing file unless the user confirmed it (see
 * store/write-target.ts). The formats themselves are src/formats' writers.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import type {i18n} from 'i18next';
import type {SessionState} from '../core/session.js';
import type {Divergence} from '../core/types.js';
import {EXPORT_FORMATS, FORMATS, isExportFormat} from '../formats/index.js';
import {exportInputFromState} from '../formats/export-input.js';
import {renderMessage} from '../output.js';
import {sameFile} from '../store/paths.js';
import {writeFileAtomically} from '../store/session-store.js';
import {checkWriteTarget, isSessionFileName, type ProtectedFile, type WriteCheck} from '../store/write-target.js';
import {VERSION} from '../version.js';
import type {ExportRequest} from './state/review.js';
import type {Exporter} from './state/use-review.js';
import {uiTranslate} from './translate.js';

/** Where the documents are, so that an export never writes over them. */
export interface ExporterOptions {
  /** The target document's path: exports go beside it by default. */
  readonly targetPath: string;
  /** Files an export must not replace: the documents, the session file and its backup and lock. */
  readonly protectedPaths: readonly string[];
  /** The interface's i18next instance (messages in the files and on screen). */
  readonly i18n: i18n;
}

/** Why a file could not be written, in the reviewer's words rather than a system code. */
function writeFailure(error: unknown): 'missing-folder' | 'no-permission' | 'disk-full' | 'read-only-disk' | 'other' {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing-folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only-disk';
    default:
      return 'other';
  }
}

/** An exporter writing the formats of src/formats beside the target. */
export function fileExporter(options: ExporterOptions): Exporter {
  const t = uiTranslate(options.i18n);
  const formatsT = options.i18n.t.bind(options.i18n);
  const dir = nodePath.dirname(options.targetPath);
  const protectedFiles: ProtectedFile[] = options.protectedPaths.map(p => ({path: p, role: isSessionFileName(p) ? 'backup' : 'target'}));
  const check = (path: string): WriteCheck => checkWriteTarget(path, {protectedFiles, allowStdout: false, overwrite: false});
  const base = nodePath.basename(options.targetPath).replace(/\.[^.]*$/, '');
  const extension = (format: string): string => (isExportFormat(format) ? FORMATS[format].extension : `.${format}`);
  return {
    formats: EXPORT_FORMATS,
    path: format => nodePath.join(dir, base + extension(format)),
    extension,
    // The documents are refused when written, never offered to be replaced.
    needsConfirmation: path => !options.protectedPaths.some(p => sameFile(path, p)) && check(path).kind === 'exists',
    async write(state: SessionState, divergencesOf: (bead: number) => readonly Divergence[], request: ExportRequest) {
      const {format, path, unit} = request;
      const name = nodePath.basename(path);
      if (!isExportFormat(format)) return {ok: false, message: t('ui:export-error.format', {format})};
      if (options.protectedPaths.some(p => sameFile(path, p))) return {ok: false, message: t('ui:export-error.document', {name})};
      if (fs.existsSync(path) && fs.statSync(path).isDirectory()) return {ok: false, message: t('ui:export-error.folder', {name})};
      if (!fs.existsSync(nodePath.dirname(path))) return {ok: false, message: t('ui:export-error.missing-folder', {name, folder: nodePath.dirname(path)})};
      // The dialog has asked before replacing a file; what is never to be written stays refused.
      const checked = checkWriteTarget(path, {protectedFiles, allowStdout: false, overwrite: true});
      if (checked.kind === 'refused') return {ok: false, message: renderMessage(formatsT, checked.error.code, checked.error.params, 'errors')};
      const divergences = state.beads.map((_, i) => divergencesOf(i));
      const input = exportInputFromState(state, divergences, formatsT, {toolVersion: VERSION, uiLang: options.i18n.language});
      const written = await FORMATS[format].write(input, {segments: unit, t: formatsT});
      try {
        await writeFileAtomically(path, typeof written.content === 'string' ? written.content : Buffer.from(written.content));
      } catch (error) {
        const folder = nodePath.dirname(path);
        return {ok: false, message: t(`ui:export-error.${writeFailure(error)}`, {name, folder})};
      }
      return {ok: true, path};
    },
  };
}
