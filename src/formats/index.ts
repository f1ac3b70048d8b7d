/**
 * The formats' registry: which formats Cotejo writes and reads, by name and file
 * extension, and the one entry point that opens a bilingual file as a document pair.
 */
import type {TFunction} from 'i18next';
import {decodeText} from '../core/document.js';
import {fail, inputError, type InputError, type Result} from '../core/result.js';
import {readFileBytes} from '../load.js';
import {writeHtml} from './html.js';
import {writeJsonl} from './jsonl.js';
import {writeMarkdown} from './markdown.js';
import type {BilingualFile, BilingualFormat, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {decodeBytes} from './paragraphs.js';
import {readTmx, rootName, writeTmx} from './tmx.js';
import {readCsv, readTsv, writeCsv, writeTsv} from './tsv.js';
import {readXliff, writeXliff} from './xliff.js';
import {writeXliff12} from './xliff12.js';

/** The formats `cotejo export --format` writes. */
export const EXPORT_FORMATS = ['tmx', 'xliff', 'xliff2', 'tsv', 'csv', 'xlsx', 'html', 'md', 'jsonl'] as const;
/** A format Cotejo writes. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a name is one of the export formats. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** What a writer needs besides the input. */
export interface WriteOptions {
  /** A unit per bead or per sentence group (every format with units: TMX, XLIFF, tables, Markdown, JSON Lines). */
  readonly segments: Segmentation;
  /** The interface's words (HTML and Markdown headings). */
  readonly t: TFunction;
}

/** How each format is written. */
export interface FormatEntry {
  /** The usual file extension, with its dot. */
  readonly extension: string;
  /** Whether the content is bytes that a terminal should not be sent. */
  readonly binary: boolean;
  /** The media type, for tools that want one. */
  readonly mediaType: string;
  /** Writes the input. */
  readonly write: (input: ExportInput, options: WriteOptions) => Promise<WriteOutput<string | Uint8Array>>;
}

/** Every export format. */
export const FORMATS: Readonly<Record<ExportFormat, FormatEntry>> = {
  tmx: {extension: '.tmx', binary: false, mediaType: 'application/x-tmx+xml', write: async (i, o) => writeTmx(i, {segments: o.segments})},
  xliff: {extension: '.xlf', binary: false, mediaType: 'application/xliff+xml', write: async (i, o) => writeXliff12(i, {segments: o.segments})},
  xliff2: {extension: '.xlf', binary: false, mediaType: 'application/xliff+xml', write: async (i, o) => writeXliff(i, {segments: o.segments})},
  tsv: {extension: '.tsv', binary: false, mediaType: 'text/tab-separated-values', write: async (i, o) => writeTsv(i, {segments: o.segments})},
  csv: {extension: '.csv', binary: false, mediaType: 'text/csv', write: async (i, o) => writeCsv(i, {segments: o.segments})},
  xlsx: {
    extension: '.xlsx',
    binary: true,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    // exceljs is large: loaded only when a workbook is written or read.
    write: async (i, o) => (await import('./xlsx.js')).writeXlsx(i, {segments: o.segments}),
  },
  html: {extension: '.html', binary: false, mediaType: 'text/html', write: async (i, o) => writeHtml(i, o.t)},
  md: {extension: '.md', binary: false, mediaType: 'text/markdown', write: async (i, o) => writeMarkdown(i, {segments: o.segments}, o.t)},
  jsonl: {extension: '.jsonl', binary: false, mediaType: 'application/jsonl', write: async (i, o) => writeJsonl(i, {segments: o.segments})},
};

const READ_EXTENSIONS: Readonly<Record<string, BilingualFormat>> = {
  '.tmx': 'tmx',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.xlf2': 'xliff',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

function extensionOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash ? path.slice(dot).toLowerCase() : '';
}

/** The bilingual format a path's extension names, or null. */
export function bilingualFormatOfPath(path: string): BilingualFormat | null {
  return READ_EXTENSIONS[extensionOf(path)] ?? null;
}

/**
 * Opens a TMX, XLIFF (2.x or 1.2), TSV, CSV or XLSX file as a document pair, keeping
 * each unit's identifier and status and the resolutions the file records. The format comes from the extension, or, for an
 * XML file with another name, from its root element. Languages named in `options`
 * win over the file's.
 */
export async function readBilingualFile(path: string, options: ReadOptions = {}): Promise<Result<BilingualFile, InputError>> {
  const bytes = readFileBytes(path);
  if (!bytes.ok) return bytes;
  let format = bilingualFormatOfPath(path);
  if (format === 'xlsx') return (await import('./xlsx.js')).readXlsx(bytes.value, path, options);
  if (format === 'tsv' || format === 'csv') {
    const text = decodeBytes(bytes.value, path);
    if (!text.ok) return text;
    return format === 'tsv' ? readTsv(text.value, path, options) : readCsv(text.value, path, options);
  }
  // XML: decoded as any document is (line ends normalised, as XML requires).
  const text = decodeText(bytes.value, path);
  if (!text.ok) return text;
  if (format === null) {
    const root = rootName(text.value);
    format = root === 'tmx' ? 'tmx' : root !== null && (root === 'xliff' || root.endsWith(':xliff')) ? 'xliff' : null;
  }
  if (format === 'tmx') return readTmx(text.value, path, options);
  if (format === 'xliff') return readXliff(text.value, path, options);
  return fail(inputError('formats.unknown-bilingual-format', {path}));
}

export type {BilingualFile, BilingualFormat, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
export {exportInputFromState} from './export-input.js';
