/**
 * Tab- and comma-separated tables, UTF-8, with a header row (see table.ts for the
 * columns and for how cells are made inert for spreadsheets).
 *
 * TSV has no quoting, so a field escapes what would break the table: a tab is written
 * `\t`, a line feed `\n`, a carriage return `\r` and a backslash `\\`; reading undoes
 * exactly these four (a backslash before any other character is kept as it is).
 * Records end with a line feed.
 *
 * CSV follows RFC 4180: records end with CRLF; a field holding a comma, a quote, a CR
 * or an LF is enclosed in double quotes, and a quote inside is doubled. Reading also
 * takes LF-only line ends, and reports a field whose quoting is broken by its line.
 */
import {fail, ok, inputError, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {bilingualFileFromRecords, inertCell, tableHeader, tableRows, type TableRecord} from './table.js';

/** A TSV field with tab, line ends and backslash escaped. */
export function escapeTsvField(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return out;
}

/** The text of an escaped TSV field. */
export function unescapeTsvField(field: string): string {
  if (!field.includes('\\')) return field;
  let out = '';
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!;
    if (ch !== '\\' || i === field.length - 1) {
      out += ch;
      continue;
    }
    const next = field[i + 1]!;
    const value = next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next === '\\' ? '\\' : null;
    if (value === null) {
      out += ch;
    } else {
      out += value;
      i++;
    }
  }
  return out;
}

/** A CSV field, quoted when RFC 4180 needs it. */
export function escapeCsvField(text: string): string {
  let needs = false;
  for (const ch of text) {
    if (ch === ',' || ch === '"' || ch === '\r' || ch === '\n') {
      needs = true;
      break;
    }
  }
  return needs ? `"${text.split('"').join('""')}"` : text;
}

function cells(input: ExportInput, segments: Segmentation): string[][] {
  const rows = tableRows(input, segments).map(r => [r.id, r.source, r.target, r.status, r.notes]);
  return [tableHeader(input), ...rows].map(row => row.map(inertCell));
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

/** TSV records: lines split at tabs, fields unescaped; blank lines skipped. */
export function parseTsv(text: string): TableRecord[] {
  const out: TableRecord[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') return;
    out.push({line: i + 1, cells: line.split('\t').map(unescapeTsvField)});
  });
  return out;
}

/** CSV records by RFC 4180 (LF line ends accepted too), or where the quoting breaks. */
export function parseCsv(text: string, path: string): Result<TableRecord[], InputError> {
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
        if (after !== undefined && after !== ',' && after !== '\n' && !(after === '\r' && text[i + 1] === '\n')) {
          return fail(inputError('formats.table-text-after-quote', {path, line}));
        }
      } else {
        while (i < n) {
          const ch = text[i]!;
          if (ch === ',' || ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) break;
          if (ch === '"') return fail(inputError('formats.table-bad-quote', {path, line}));
          field += ch;
          i++;
        }
      }
      fields.push(field);
      if (text[i] === ',') {
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
  return bilingualFileFromRecords(parseTsv(text), path, 'tsv', options);
}

/** Reads a CSV file (already decoded) as a bilingual file. */
export function readCsv(text: string, path: string, options: ReadOptions = {}): Result<BilingualFile, InputError> {
  const records = parseCsv(text, path);
  if (!records.ok) return records;
  return bilingualFileFromRecords(records.value, path, 'csv', options);
}
