/**
 * Excel workbooks through exceljs: one sheet with the table columns (see table.ts),
 * a bold frozen header, wrapped text and widths fit for paragraphs.
 *
 * Resolutions whose divergence no row shows any more (fixed by changing its phrase)
 * are on a second sheet, `Resolutions`, one per row with the columns `key`,
 * `category`, `state` (fixed or dismissed) and `reason`, so that the first sheet stays
 * the pairs and nothing else; it is written only when there are such resolutions.
 *
 * A workbook is XML inside, where control characters cannot stand. Excel's own
 * convention (ECMA-376, ST_Xstring) writes such a character as `_xHHHH_` and a
 * literal `_xHHHH_` with its underscore escaped (`_x005F_xHHHH_`); exceljs decodes
 * both on reading, as Excel does, but does not encode them on writing (it drops the
 * characters). So this module encodes them, and a workbook keeps every character,
 * carriage returns and DEL included. Cells are typed strings, never formulas, so they
 * need no apostrophe in front of `=`, `+`, `-` or `@` (spreadsheets would show it).
 */
import ExcelJS from 'exceljs';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import type {Resolution} from '../core/session.js';
import type {BilingualFile, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {bilingualFileFromRecords, tableCells, tableHeader, tableRows, type TableRecord} from './table.js';

/** Column widths in characters, by the column's name (source and target carry their language). */
const WIDTHS: Readonly<Record<string, number>> = {id: 10, source: 60, target: 60, status: 12, corrected: 10, notes: 48, bead: 10, resolutions: 48};
/** How many columns of the first sheet are read: every column the tables write. */
const COLUMNS = 8;
/** The sheet of resolutions that belong to no row, and its columns. */
const RESOLUTIONS_SHEET = 'Resolutions';
const RESOLUTION_COLUMNS = ['key', 'category', 'state', 'reason'] as const;
const RESOLUTION_WIDTHS = [60, 14, 12, 60];

function isHex(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'));
}

/** Whether `_xHHHH_` starts at `i`. */
function escapeStartsAt(text: string, i: number): boolean {
  return text[i] === '_' && text[i + 1] === 'x' && isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5]) && text[i + 6] === '_';
}

/**
 * Text in Excel's string encoding: characters XML cannot hold (and CR and DEL, which
 * readers fold or drop) as `_xHHHH_`, and the underscore that starts a literal
 * `_xHHHH_` as `_x005F_`, so that decoding gives back exactly the text.
 */
export function encodeExcelString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (escapeStartsAt(text, i)) {
      out += '_x005F_';
    } else if (c < 0x20 ? c !== 0x9 && c !== 0xa : c === 0x7f || c === 0xfffe || c === 0xffff || isLoneSurrogate(text, i)) {
      out += `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    } else {
      out += text[i];
    }
  }
  return out;
}

function isLoneSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}

/** Writes the review as an Excel workbook. */
export async function writeXlsx(input: ExportInput, options: {segments: Segmentation}): Promise<WriteOutput<Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cotejo';
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;
  const sheet = workbook.addWorksheet('Cotejo', {views: [{state: 'frozen', ySplit: 1}]});
  const names = tableHeader(input, options.segments);
  sheet.columns = names.map(name => ({width: WIDTHS[name.split(' ')[0] ?? ''] ?? 10}));
  const header = sheet.addRow(names);
  header.font = {bold: true};
  for (const row of tableRows(input, options.segments)) {
    // Typed string cells are never formulas: no apostrophe, which spreadsheets would show.
    const cells = tableCells(row, options.segments).map(encodeExcelString);
    const added = sheet.addRow(cells);
    // Strings stay strings: exceljs would read nothing into them, but say so anyway.
    added.eachCell(cell => {
      cell.value = String(cell.value ?? '');
    });
  }
  sheet.eachRow(row => {
    row.alignment = {wrapText: true, vertical: 'top'};
  });
  const elsewhere = input.resolvedElsewhere ?? [];
  if (elsewhere.length > 0) {
    const more = workbook.addWorksheet(RESOLUTIONS_SHEET, {views: [{state: 'frozen', ySplit: 1}]});
    more.columns = RESOLUTION_WIDTHS.map(width => ({width}));
    more.addRow([...RESOLUTION_COLUMNS]).font = {bold: true};
    for (const r of elsewhere) {
      const added = more.addRow([r.key, r.category, r.resolution, r.reason ?? ''].map(encodeExcelString));
      added.eachCell(cell => {
        cell.value = String(cell.value ?? '');
      });
      added.alignment = {wrapText: true, vertical: 'top'};
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {content: new Uint8Array(buffer as ArrayBuffer), warnings: []};
}

/** A cell's value as text, whatever exceljs made of it. */
function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map(r => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return valueText((value.result ?? null) as ExcelJS.CellValue);
  }
  return '';
}

/** Reads the first sheet of a workbook as a bilingual file, with the resolutions of the `Resolutions` sheet. */
export async function readXlsx(bytes: Uint8Array, path: string, options: ReadOptions = {}): Promise<Result<BilingualFile, InputError>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    // The zip library's own words (and a link to its manual) would not help the user.
    return fail(inputError('formats.xlsx-unreadable', {path}));
  }
  const isResolutions = (w: ExcelJS.Worksheet) => w.name.trim().toLowerCase() === RESOLUTIONS_SHEET.toLowerCase();
  // The pairs are on the first sheet, even when a spreadsheet moved the resolutions before it.
  const sheet = workbook.worksheets.find(w => !isResolutions(w)) ?? workbook.worksheets[0];
  if (!sheet) return fail(inputError('formats.xlsx-no-sheet', {path}));
  const records: TableRecord[] = [];
  sheet.eachRow({includeEmpty: false}, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, COLUMNS); c++) cells.push(valueText(row.getCell(c).value));
    records.push({line: number, cells});
  });
  // Cells are typed strings: no apostrophe to take off.
  const file = bilingualFileFromRecords(records, path, 'xlsx', options, false);
  if (!file.ok) return file;
  const elsewhere = resolutionsOfSheet(workbook.worksheets.find(w => w !== sheet && isResolutions(w)));
  return ok({...file.value, resolutions: {...elsewhere, ...file.value.resolutions}});
}

/**
 * The resolutions a `Resolutions` sheet records, by divergence key. Columns are found
 * by their header; a row without a key or with a state other than fixed or dismissed
 * is left out, as a hand-edited record is elsewhere (a lost resolution only shows the
 * divergence again).
 */
function resolutionsOfSheet(sheet: ExcelJS.Worksheet | undefined): Record<string, Resolution> {
  const out: Record<string, Resolution> = {};
  if (!sheet) return out;
  const column: Partial<Record<(typeof RESOLUTION_COLUMNS)[number], number>> = {};
  sheet.eachRow({includeEmpty: false}, (row, number) => {
    const text = (c: number | undefined) => (c === undefined ? '' : valueText(row.getCell(c).value));
    if (number === 1) {
      row.eachCell((cell, c) => {
        const name = valueText(cell.value).trim().toLowerCase();
        if ((RESOLUTION_COLUMNS as readonly string[]).includes(name)) column[name as (typeof RESOLUTION_COLUMNS)[number]] ??= c;
      });
      return;
    }
    const key = text(column.key);
    const state = text(column.state).trim().toLowerCase();
    const reason = text(column.reason);
    if (key === '') return;
    if (state === 'fixed') out[key] = {state: 'fixed'};
    // An empty cell is no reason: a dismissal's reason is never empty (the reducer drops it).
    else if (state === 'dismissed') out[key] = reason !== '' ? {state: 'dismissed', reason} : {state: 'dismissed'};
  });
  return out;
}
