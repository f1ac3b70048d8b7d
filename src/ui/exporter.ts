/**
 * The export dialog's writer: the working state as one of the formats' files, beside
 * the target by default, written atomically and never over the documents or their
 * session files. The formats themselves are src/formats' writers.
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

/** An exporter writing the formats of src/formats beside the target. */
export function fileExporter(options: ExporterOptions): Exporter {
  const t = options.i18n.t.bind(options.i18n);
  const message = (code: string, params: Readonly<Record<string, string | number>>): string => renderMessage(t, code, params, 'errors');
  const dir = nodePath.dirname(options.targetPath);
  const base = nodePath.basename(options.targetPath).replace(/\.[^.]*$/, '');
  return {
    formats: EXPORT_FORMATS,
    path: format => nodePath.join(dir, base + (isExportFormat(format) ? FORMATS[format].extension : `.${format}`)),
    async write(state: SessionState, divergencesOf: (bead: number) => readonly Divergence[], format: string, path: string) {
      if (!isExportFormat(format)) return {ok: false, message: message('bad-format', {command: 'export', format, formats: EXPORT_FORMATS.join(', ')})};
      if (options.protectedPaths.some(p => sameFile(path, p))) return {ok: false, message: message('formats.output-is-input', {path})};
      if (fs.existsSync(path) && fs.statSync(path).isDirectory()) return {ok: false, message: message('formats.output-is-directory', {path})};
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
