/**
 * What the table formats (TSV, CSV, XLSX) share: the columns, the rows of a review,
 * and making cells inert for spreadsheets.
 *
 * Columns: `id`, `source (LANG)`, `target (LANG)`, `status`, `corrected`, `notes`,
 * with sentence segments `bead`, then `resolutions`. The languages in the header let
 * the file be read back without naming them; `corrected` says `yes` where the
 * translator changed the target; `notes` holds the open divergences, one per line, and
 * is not read back; consecutive rows with one `bead` are read back as that bead.
 *
 * `resolutions` holds what the translator decided about the row's divergences, one per
 * line, each the JSON object TMX keeps in an `x-cotejo-resolution` prop:
 * `{"key":…,"category":…,"state":"fixed"|"dismissed","reason":…}` (the reason only
 * for a dismissal that has one). JSON keeps any reason exactly (a line break in it is
 * `\n`), so a line is always one whole record, and Python's `json` reads it. A
 * divergence sits on the row of its target phrase, else of its source phrase, as in
 * the notes. A resolution whose divergence is no longer found in the text (fixed by
 * changing its phrase) belongs to no row: TSV and CSV keep such resolutions on one
 * last row with no id and no text, which readers of the pairs skip; XLSX keeps them
 * on a second sheet (see xlsx.ts). Files written before this column are read as
 * having no resolutions.
 *
 * A spreadsheet takes a CSV or TSV cell that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return for a formula (CSV injection). Such a cell is written with an apostrophe in
 * front, as OWASP advises; a cell that already starts with apostrophes followed by one
 * of those characters gets one more, so that reading removes exactly one and every
 * text comes back as it was.
 */
import type {BeadStatus, Resolution} from '../core/session.js';
import {fail, inputError, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, BilingualFormat, BilingualRow, ExportInput, ReadOptions, Segmentation} from './model.js';
import {parseStatus} from './model.js';
import {bilingualFileFromRows, joinParagraphs, primaryLanguage} from './paragraphs.js';
import {resolutionFacts, resolutionsOf, segmentDivergences} from './shared.js';

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function needsGuard(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  const c = text[i];
  return c !== undefined && FORMULA_START.has(c);
}

/** A cell made inert for spreadsheets (see the module's comment). */
export function inertCell(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The text of a cell written by `inertCell`. */
export function fromInertCell(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

/** One row of a table export, before cell encoding. */
export interface TableRow {
  /** The unit's identifier. */
  readonly id: string;
  /** The source text, paragraphs separated by a blank line. */
  readonly source: string;
  /** The target text. */
  readonly target: string;
  /** The bead's status; empty on the row that only keeps resolutions. */
  readonly status: BeadStatus | '';
  /** `yes` when the translator corrected the bead's target, else empty. */
  readonly corrected: string;
  /** The open divergences' notes, one per line. */
  readonly notes: string;
  /** With sentence segments, the bead the row belongs to. */
  readonly bead?: string;
  /** The resolved divergences' records, one JSON object per line (see the module's comment). */
  readonly resolutions: string;
}

/** The header row: with sentence segments a `bead` column says which rows make one bead. */
export function tableHeader(input: ExportInput, segments: Segmentation = 'paragraph'): string[] {
  const header = ['id', `source (${input.sourceLang})`, `target (${input.targetLang})`, 'status', 'corrected', 'notes'];
  // New columns go last: tools and scripts that read the older ones by position still do.
  return segments === 'sentence' ? [...header, 'bead', 'resolutions'] : [...header, 'resolutions'];
}

/** A row's cells in the header's order. */
export function tableCells(row: TableRow, segments: Segmentation): string[] {
  const cells = [row.id, row.source, row.target, row.status, row.corrected, row.notes];
  return segments === 'sentence' ? [...cells, row.bead ?? row.id, row.resolutions] : [...cells, row.resolutions];
}

/** The records of resolved divergences, one JSON object per line. */
function resolutionLines(records: readonly Parameters<typeof resolutionFacts>[0][]): string {
  return records.map(r => JSON.stringify(resolutionFacts(r))).join('\n');
}

/** The resolutions a `resolutions` cell records, by divergence key (lines that are not records are left out). */
export function resolutionsOfCell(cell: string): Record<string, Resolution> {
  // A spreadsheet may have saved the cell's line breaks as CRLF.
  return resolutionsOf(cell.split(/\r?\n/).filter(line => line.trim() !== ''));
}

/**
 * The row that keeps resolutions whose divergence no bead shows any more, or null when
 * there are none: no id, no text (so readers of the pairs skip it), a note that says
 * what it holds.
 */
export function resolvedElsewhereRow(input: ExportInput): TableRow | null {
  const elsewhere = input.resolvedElsewhere ?? [];
  if (elsewhere.length === 0) return null;
  return {id: '', source: '', target: '', status: '', corrected: '', notes: input.resolvedElsewhereNote ?? '', bead: '', resolutions: resolutionLines(elsewhere)};
}

/**
 * The rows of a review: one per bead, or one per sentence group. A sentence group's
 * texts keep what follows them up to the next group (a space, a paragraph break), so
 * that a bead's rows put together give back its text exactly.
 */
export function tableRows(input: ExportInput, segments: Segmentation): TableRow[] {
  const rows: TableRow[] = [];
  for (const bead of input.beads) {
    const open = (ds: typeof bead.divergences) =>
      ds
        .filter(d => d.resolution === 'open')
        .map(d => d.note)
        .join('\n');
    const resolved = (ds: typeof bead.divergences) => resolutionLines(ds.filter(d => d.resolution !== 'open'));
    const corrected = bead.original ? 'yes' : '';
    if (segments === 'paragraph' || bead.segments.length === 0) {
      rows.push({id: bead.id, source: joinParagraphs(bead.source), target: joinParagraphs(bead.target), status: bead.status, corrected, notes: open(bead.divergences), bead: bead.id, resolutions: resolved(bead.divergences)});
      continue;
    }
    const per = segmentDivergences(bead, bead.segments);
    bead.segments.forEach((seg, k) => {
      const last = k === bead.segments.length - 1;
      rows.push({
        id: `${bead.id}.${k + 1}`,
        source: seg.source + (last ? '' : seg.sourceGap),
        target: seg.target + (last ? '' : seg.targetGap),
        status: bead.status,
        corrected,
        notes: open(per[k] ?? []),
        bead: bead.id,
        resolutions: resolved(per[k] ?? []),
      });
    });
  }
  return rows;
}

/** A table's cells as read, each record with the line it starts on. */
export interface TableRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** The record's fields. */
  readonly cells: readonly string[];
}

/**
 * A bilingual file from a table's records: the first names the columns (`source` and
 * `target` at least, optionally with their languages in brackets), the others are
 * units.
 */
export function bilingualFileFromRecords(
  records: readonly TableRecord[],
  path: string,
  format: BilingualFormat,
  options: ReadOptions,
  inert = true,
): Result<BilingualFile, InputError> {
  const header = records[0];
  if (!header) return fail(inputError('formats.table-empty', {path}));
  const columns = header.cells.map(parseColumn);
  const find = (name: string) => columns.findIndex(c => c?.name === name);
  const idCol = find('id');
  const srcCol = find('source');
  const tgtCol = find('target');
  const statusCol = find('status');
  const beadCol = find('bead');
  const resolutionsCol = find('resolutions');
  if (srcCol < 0 || tgtCol < 0) return fail(inputError('formats.table-no-header', {path}));
  const srcLang = primaryLanguage(options.sourceLang ?? columns[srcCol]?.lang ?? '');
  const tgtLang = primaryLanguage(options.targetLang ?? columns[tgtCol]?.lang ?? '');
  if (srcLang === null || tgtLang === null) return fail(inputError('formats.table-missing-languages', {path}));
  const rows: BilingualRow[] = [];
  for (const record of records.slice(1)) {
    const cell = (k: number) => (k < 0 ? '' : inert ? fromInertCell(record.cells[k] ?? '') : (record.cells[k] ?? ''));
    const statusText = cell(statusCol).trim();
    let status: BeadStatus = 'automatic';
    if (statusText) {
      const parsed = parseStatus(statusText);
      if (parsed === null) return fail(inputError('formats.table-bad-status', {path, line: record.line, status: statusText}));
      status = parsed;
    }
    const id = cell(idCol);
    const bead = cell(beadCol);
    // Rows of one bead hold their gaps already: they are joined as they stand.
    rows.push({
      id: id === '' ? null : id,
      source: cell(srcCol),
      target: cell(tgtCol),
      status,
      ...(bead !== '' ? {bead, sourceGap: '', targetGap: ''} : {}),
      resolutions: resolutionsOfCell(cell(resolutionsCol)),
    });
  }
  return bilingualFileFromRows(rows, {path, format, sourceLang: srcLang, targetLang: tgtLang});
}

/** A header cell as a column name and, for source and target, an optional language. */
function parseColumn(cell: string): {name: string; lang: string | null} | null {
  const text = fromInertCell(cell).trim().toLowerCase();
  const open = text.indexOf('(');
  if (open < 0) return {name: text, lang: null};
  const close = text.indexOf(')', open);
  if (close < 0) return {name: text, lang: null};
  return {name: text.slice(0, open).trim(), lang: text.slice(open + 1, close).trim() || null};
}
