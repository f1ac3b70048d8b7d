/**
 * Excel workbooks through exceljs: one sheet with the table columns (see table.ts),
 * a bold frozen header, wrapped text and widths fit for paragraphs.
 *
 * A workbook is XML inside, so the characters XML 1.0 forbids cannot be kept; nor can
 * DEL, which exceljs drops. Both are left out with a warning, as in TMX. A carriage
 * return would come back as a line feed, so it is written as one. Cells are strings,
 * never formulas, and are also made inert (an apostrophe before `=`, `+`, `-`, `@`) in
 * case the sheet is saved again as CSV.
 */
import ExcelJS from 'exceljs';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {UnsafeCounter} from './shared.js';
import {bilingualFileFromRecords, inertCell, tableHeader, tableRows, type TableRecord} from './table.js';

/** Column widths in characters: id, source, target, status, notes. */
const WIDTHS = [10, 60, 60, 12, 48];

/** Text a workbook can hold: CR as LF, DEL and what XML forbids left out (and counted). */
function cellText(text: string, counter: UnsafeCounter, unit: string): string {
  const withoutDel = text.split('\u007f');
  counter.note(withoutDel.length - 1, unit);
  return counter.clean(withoutDel.join('').replace(/\r\n?/g, '\n'), unit);
}

/** Writes the review as an Excel workbook. */
export async function writeXlsx(input: ExportInput, options: {segments: Segmentation}): Promise<WriteOutput<Uint8Array>> {
  const counter = new UnsafeCounter();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cotejo';
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;
  const sheet = workbook.addWorksheet('Cotejo', {views: [{state: 'frozen', ySplit: 1}]});
  sheet.columns = WIDTHS.map(width => ({width}));
  const header = sheet.addRow(tableHeader(input));
  header.font = {bold: true};
  for (const row of tableRows(input, options.segments)) {
    const cells = [row.id, row.source, row.target, row.status, row.notes].map(c => inertCell(cellText(c, counter, row.id)));
    const added = sheet.addRow(cells);
    // Strings stay strings: exceljs would read nothing into them, but say so anyway.
    added.eachCell(cell => {
      cell.value = String(cell.value ?? '');
    });
  }
  sheet.eachRow(row => {
    row.alignment = {wrapText: true, vertical: 'top'};
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return {content: new Uint8Array(buffer as ArrayBuffer), warnings: counter.warnings()};
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

/** Reads the first sheet of a workbook as a bilingual file. */
export async function readXlsx(bytes: Uint8Array, path: string, options: ReadOptions = {}): Promise<Result<BilingualFile, InputError>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    // The zip library's own words (and a link to its manual) would not help the user.
    return fail(inputError('formats.xlsx-unreadable', {path}));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail(inputError('formats.xlsx-no-sheet', {path}));
  const records: TableRecord[] = [];
  sheet.eachRow({includeEmpty: false}, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 5); c++) cells.push(valueText(row.getCell(c).value));
    records.push({line: number, cells});
  });
  const file = bilingualFileFromRecords(records, path, 'xlsx', options);
  return file.ok ? ok(file.value) : file;
}
