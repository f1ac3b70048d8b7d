/**
 * Tab- and comma-separated tables, UTF-8, with a header row (see table.ts for the
 * columns and for how cells are made inert for spreadsheets).
 *
 * TSV is written as spreadsheets and Python's csv module (dialect excel-tab) read it:
 * a field holding a tab, a quote or a line end is enclosed in double quotes, with a
 * quote inside doubled; every other field is written as it is. Records end with a
 * line feed. Reading takes the same quoting (and CRLF line ends).
 *
 * CSV follows RFC 4180: records end with CRLF; a field holding a comma, a quote, a CR
 * or an LF is enclosed in double quotes, and a quote inside is doubled. Reading also
 * takes LF-only line ends, and reports a field whose quoting is broken by its line.
 */
import {fail, ok, inputError, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {bilingualFileFromRecords, inertCell, resolvedElsewhereRow, tableCells, tableHeader, tableRows, type TableRecord} from './table.js';

/**
 * A field quoted when it holds the delimiter, a quote or a line end (or, for TSV,
 * starts with a quote, which readers take as quoting), quotes inside doubled.
 */
export function escapeDelimitedField(text: string, delimiter: ',' | '\t'): string {
  let needs = false;
  for (const ch of text) {
    if (ch === delimiter || ch === '"' || ch === '\r' || ch === '\n') {
      needs = true;
      break;
    }
  }
  return needs ? `"${text.split('"').join('""')}"` : text;
}

/** A CSV field, quoted when RFC 4180 needs it. */
export function escapeCsvField(text: string): string {
  return escapeDelimitedField(text, ',');
}

/** A TSV field, quoted as Python's csv (excel-tab) and LibreOffice read it. */
export function escapeTsvField(text: string): string {
  return escapeDelimitedField(text, '\t');
}

function cells(input: ExportInput, segments: Segmentation): string[][] {
  // A plain table has no other place for resolutions that belong to no row: a last row.
  const elsewhere = resolvedElsewhereRow(input);
  const rows = [...tableRows(input, segments), ...(elsewhere ? [elsewhere] : [])].map(r => tableCells(r, segments));
  return [tableHeader(input, segments), ...rows].map(row => row.map(inertCell));
}

/** Writes the review as TSV. */
export function writeTsv(input: ExportInput, options: {segments: Segmentation}): WriteOutput {
  const lines = cells(input, options.segments).map(row => row.map(escapeTsvField).join('\t'));
  return {content: lines.join('\n') + '\n', warnings: []};
}

/** Writes the review as CSV (RFC 4180). */
export function writeCsv(input: ExportInput, options: {segments: Segmentation}): WriteOutput {
  const lines = cells(input, options.segments).map(row => row.map(escapeCsvField).join(','));
  return {content: lines.join('\r\n') + '\r\n', warnings: []};
}

/** TSV records: RFC 4180 quoting with tabs between fields (LF or CRLF line ends). */
export function parseTsv(text: string, path: string): Result<TableRecord[], InputError> {
  return parseDelimited(text, path, '\t');
}

/** CSV records by RFC 4180 (LF line ends accepted too), or where the quoting breaks. */
export function parseCsv(text: string, path: string): Result<TableRecord[], InputError> {
  return parseDelimited(text, path, ',');
}

function parseDelimited(text: string, path: string, delimiter: ',' | '\t'): Result<TableRecord[], InputError> {
  const out: TableRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    // One record: fields until an unquoted line end or the end of the text.
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const fieldLine = line;
        i++;
        for (;;) {
          if (i >= n) return fail(inputError('formats.table-unclosed-quote', {path, line: fieldLine}));
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        const after = text[i];
        if (after !== undefined && after !== delimiter && after !== '\n' && !(after === '\r' && text[i + 1] === '\n')) {
          return fail(inputError('formats.table-text-after-quote', {path, line}));
        }
      } else {
        while (i < n) {
          const ch = text[i]!;
          if (ch === delimiter || ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) break;
          // A quote inside an unquoted field is a literal quote for TSV readers; for CSV it breaks RFC 4180.
          if (ch === '"' && delimiter === ',') return fail(inputError('formats.table-bad-quote', {path, line}));
          field += ch;
          i++;
        }
      }
      fields.push(field);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === '')) out.push({line: recordLine, cells: fields});
  }
  return ok(out);
}

/** Reads a TSV file (already decoded) as a bilingual file. */
export function readTsv(text: string, path: string, options: ReadOptions = {}): Result<BilingualFile, InputError> {
  const records = parseTsv(text, path);
  if (!records.ok) return records;
  return bilingualFileFromRecords(records.value, path, 'tsv', options);
}

/** Reads a CSV file (already decoded) as a bilingual file. */
export function readCsv(text: string, path: string, options: ReadOptions = {}): Result<BilingualFile, InputError> {
  const records = parseCsv(text, path);
  if (!records.ok) return records;
  return bilingualFileFromRecords(records.value, path, 'csv', options);
}
