/**
 * Between the documents' paragraphs and the units of a bilingual file.
 *
 * A unit (a TMX tu, an XLIFF unit, a table row) holds a whole bead, which may be
 * several paragraphs. Its paragraphs are joined with a blank line ("\n\n"), the same
 * mark that separates paragraphs in a plain-text document; a paragraph never holds a
 * blank line itself (the document model splits there), so reading splits back exactly
 * and a single line break inside a paragraph stays where it is.
 */
import {documentFromParagraphs, firstInvalidUtf8Byte} from '../core/document.js';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import type {Resolution} from '../core/session.js';
import type {Bead} from '../core/types.js';
import type {BilingualFile, BilingualFormat, BilingualRow} from './model.js';

/** What separates the paragraphs of a bead inside one unit. */
export const PARAGRAPH_BREAK = '\n\n';

/** A bead's paragraphs as one unit's text. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_BREAK);
}

/** Whether a line is blank as the document model counts it: spaces, tabs, form feeds, no-break spaces. */
function isBlank(line: string): boolean {
  for (const ch of line) if (ch !== ' ' && ch !== '\t' && ch !== '\f' && ch !== '\v' && ch !== '\u00a0') return false;
  return true;
}

/**
 * A unit's text split back into paragraphs at blank lines (lines of white space
 * only), each trimmed; empty pieces are dropped, so an empty unit has no paragraph.
 */
export function splitUnitText(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join('\n').trim();
    if (p) out.push(p);
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line) && current.length > 0) flush();
    else if (!isBlank(line)) current.push(line);
  }
  flush();
  return out;
}

/** The lowercase primary subtag of a language tag (`en-US` → `en`), or null when it is not one. */
export function primaryLanguage(tag: string): string | null {
  const first = tag.trim().split(/[-_]/)[0] ?? '';
  if (first.length < 2 || first.length > 8) return null;
  for (const ch of first) {
    const c = ch.toLowerCase();
    if (c < 'a' || c > 'z') return null;
  }
  return first.toLowerCase();
}

/**
 * Two documents and their beads from a file's units. Units with no text on either
 * side are skipped; a unit with text on one side only becomes a bead with no
 * counterpart. Identifiers the file lacks are numbered from 1 (skipping ones in use).
 */
export function bilingualFileFromRows(
  rows: readonly BilingualRow[],
  info: {path: string; format: BilingualFormat; sourceLang: string; targetLang: string},
): Result<BilingualFile, InputError> {
  const sourceTexts: string[] = [];
  const targetTexts: string[] = [];
  const alignment: Bead[] = [];
  const given: (string | null)[] = [];
  const statuses: BilingualFile['statuses'][number][] = [];
  const resolutions: Record<string, Resolution> = {};
  for (const row of mergeBeadRows(rows)) {
    Object.assign(resolutions, row.resolutions ?? {});
    const src = splitUnitText(row.source);
    const tgt = splitUnitText(row.target);
    if (src.length === 0 && tgt.length === 0) continue;
    const s0 = sourceTexts.length;
    const t0 = targetTexts.length;
    sourceTexts.push(...src);
    targetTexts.push(...tgt);
    alignment.push({
      source: src.map((_, k) => s0 + k),
      target: tgt.map((_, k) => t0 + k),
      confidence: 1,
    });
    given.push(row.id);
    statuses.push(row.status);
  }
  if (sourceTexts.length === 0) return fail(inputError('formats.no-source-text', {path: info.path}));
  if (targetTexts.length === 0) return fail(inputError('formats.no-target-text', {path: info.path}));
  const used = new Set(given.filter((id): id is string => id !== null && id !== ''));
  let next = 1;
  const ids = given.map(id => {
    if (id !== null && id !== '') return id;
    while (used.has(String(next))) next++;
    used.add(String(next));
    return String(next);
  });
  return ok({
    path: info.path,
    format: info.format,
    source: documentFromParagraphs(sourceTexts, {path: info.path, lang: info.sourceLang}),
    target: documentFromParagraphs(targetTexts, {path: info.path, lang: info.targetLang}),
    alignment,
    ids,
    statuses,
    resolutions,
    sourceLang: info.sourceLang,
    targetLang: info.targetLang,
  });
}

/**
 * Consecutive rows of one bead (sentence-level units that name it) as one row: texts
 * joined with the gaps that followed each piece, the bead's name as its id, the least
 * involved status, resolutions together.
 */
export function mergeBeadRows(rows: readonly BilingualRow[]): BilingualRow[] {
  const out: BilingualRow[] = [];
  for (let k = 0; k < rows.length; ) {
    const bead = rows[k]!.bead;
    let end = k + 1;
    if (bead !== undefined && bead !== null) while (end < rows.length && rows[end]!.bead === bead) end++;
    const group = rows.slice(k, end);
    k = end;
    if (group.length === 1 && (bead === undefined || bead === null)) {
      out.push(group[0]!);
      continue;
    }
    let source = '';
    let target = '';
    group.forEach((row, m) => {
      const last = m === group.length - 1;
      source += row.source + (last ? '' : (row.sourceGap ?? (row.source ? ' ' : '')));
      target += row.target + (last ? '' : (row.targetGap ?? (row.target ? ' ' : '')));
    });
    const order = ['automatic', 'edited', 'confirmed'] as const;
    const status = order[Math.min(...group.map(r => order.indexOf(r.status)))] ?? 'automatic';
    out.push({id: bead ?? group[0]!.id, source, target, status, resolutions: Object.assign({}, ...group.map(r => r.resolutions ?? {})) as Record<string, Resolution>});
  }
  return out;
}

/**
 * A file's bytes as text without touching line ends (a CSV field may hold a carriage
 * return): BOMs handled, invalid UTF-8 an error naming the byte.
 */
export function decodeBytes(bytes: Uint8Array, path: string): Result<string, InputError> {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    return ok(new TextDecoder('utf-8', {fatal: true}).decode(bytes));
  } catch {
    return fail(inputError('invalid-utf8', {path, offset: firstInvalidUtf8Byte(bytes)}));
  }
}
