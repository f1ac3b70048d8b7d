/**
 * The export input made from a review's working state: every bead with its texts,
 * status, sentence groups and divergences, the messages rendered in the interface
 * language. Writers then need nothing but this.
 */
import type {TFunction} from 'i18next';
import {alignSentences} from '../core/align.js';
import {beadsProblem, type SessionState} from '../core/session.js';
import type {Bead, Divergence, Paragraph} from '../core/types.js';
import {categoryName, divergenceMessage} from '../output.js';
import type {ExportBead, ExportDivergence, ExportInput, ExportSegment, ResolutionState, ResolvedDivergence} from './model.js';
import {PARAGRAPH_BREAK} from './paragraphs.js';
import {formatsTranslate} from './translate.js';
import {VERSION} from '../version.js';

/** What the state does not say: identifiers, the clock, the version, the interface language. */
export interface ExportInputOptions {
  /** Identifiers per bead, kept from an imported file; beads without one are numbered. */
  readonly ids?: readonly (string | undefined)[];
  /** When the export is made (default: now). */
  readonly createdAt?: Date;
  /** The version of Cotejo written in file headers (default: the running one). */
  readonly toolVersion?: string;
  /** The interface language the messages are rendered in (default: English; pass the one t() speaks). */
  readonly uiLang?: string;
}

/**
 * The export input of a working state. `divergencesPerBead[i]` lists the divergences
 * found in bead i (open or not); each gets its resolution from the state.
 */
export function exportInputFromState(
  state: SessionState,
  divergencesPerBead: readonly (readonly Divergence[])[],
  t: TFunction,
  options: ExportInputOptions = {},
): ExportInput {
  const ids = uniqueIds(state.beads.length, options.ids ?? []);
  const beads: ExportBead[] = state.beads.map((bead, i) => {
    const source = bead.source.map(p => state.source.paragraphs[p]?.text ?? '');
    const target = bead.target.map(p => state.target.paragraphs[p]?.text ?? '');
    const loaded = bead.target.map(p => state.original.paragraphs[p]?.text ?? '');
    const changed = loaded.some((text, k) => text !== target[k]);
    const divergences = (divergencesPerBead[i] ?? []).map(d => exportDivergence(d, state, t));
    // Open ones first, then the rest, each in the engine's order.
    divergences.sort((a, b) => Number(a.resolution !== 'open') - Number(b.resolution !== 'open'));
    const sourceParagraphs = bead.source.map(p => state.source.paragraphs[p]).filter((p): p is Paragraph => p !== undefined);
    const targetParagraphs = bead.target.map(p => state.target.paragraphs[p]).filter((p): p is Paragraph => p !== undefined);
    return {
      id: ids[i]!,
      sourceParagraphs: [...bead.source],
      targetParagraphs: [...bead.target],
      source,
      target,
      original: changed ? loaded : null,
      status: bead.status,
      confidence: bead.confidence,
      divergences,
      // The user's corrected sentence links where the bead has them, else the sentence aligner's.
      segments: beadSegments(sourceParagraphs, targetParagraphs, bead.sentences),
      summary: unitSummary(divergences, bead.status, changed, t),
    };
  });
  const found = new Set(beads.flatMap(b => b.divergences.map(d => d.key)));
  const resolvedElsewhere: ResolvedDivergence[] = [];
  for (const [key, r] of Object.entries(state.resolutions)) {
    if (found.has(key) || r.state === 'open') continue;
    // A key starts with its category (see compareBead).
    const category = key.slice(0, Math.max(0, key.indexOf(':')));
    resolvedElsewhere.push({key, category, categoryName: categoryName(t, category as Divergence['category']), resolution: r.state, reason: r.state === 'dismissed' ? r.reason : undefined});
  }
  return {
    resolvedElsewhere,
    ...(resolvedElsewhere.length > 0 ? {resolvedElsewhereNote: formatsTranslate(t)('formats:resolved-elsewhere', {count: resolvedElsewhere.length})} : {}),
    sourcePath: state.source.path,
    targetPath: state.target.path,
    sourceLang: state.source.lang,
    targetLang: state.target.lang,
    uiLang: options.uiLang ?? 'en',
    toolVersion: options.toolVersion ?? VERSION,
    createdAt: options.createdAt ?? new Date(),
    beads,
  };
}

/** The line that says what the translator did with a bead and what is left open. */
function unitSummary(divergences: readonly ExportDivergence[], status: ExportBead['status'], corrected: boolean, t: TFunction): string {
  const ft = formatsTranslate(t);
  const count = (state: ResolutionState) => divergences.filter(d => d.resolution === state).length;
  const open = count('open');
  const parts = [open > 0 ? ft('formats:unit-summary.open', {count: open}) : ft('formats:unit-summary.clean')];
  if (count('fixed') > 0) parts.push(ft('formats:unit-summary.fixed', {count: count('fixed')}));
  if (count('dismissed') > 0) parts.push(ft('formats:unit-summary.dismissed', {count: count('dismissed')}));
  if (corrected) parts.push(ft('formats:unit-summary.corrected'));
  if (status === 'confirmed') parts.push(ft('formats:unit-summary.confirmed'));
  if (status === 'edited') parts.push(ft('formats:unit-summary.realigned'));
  return ft('formats:unit-summary.line', {parts: parts.join('; ')});
}

function exportDivergence(d: Divergence, state: SessionState, t: TFunction): ExportDivergence {
  const resolution = state.resolutions[d.key] ?? {state: 'open' as const};
  const message = divergenceMessage(t, d);
  const name = categoryName(t, d.category);
  const ft = formatsTranslate(t);
  const severity = ft(`formats:severity.${d.severity}`);
  const note =
    d.suggestion !== undefined
      ? ft('formats:note-with-suggestion', {severity, category: name, message, suggestion: d.suggestion})
      : ft('formats:note', {severity, category: name, message});
  const state2: ResolutionState = resolution.state;
  return {
    key: d.key,
    category: d.category,
    severity: d.severity,
    code: d.code,
    params: d.params,
    message,
    categoryName: name,
    note,
    suggestion: d.suggestion,
    target: d.target,
    source: d.source,
    resolution: state2,
    reason: resolution.state === 'dismissed' ? resolution.reason : undefined,
  };
}

/**
 * Identifiers for `count` beads: the given ones where present, made unique (a repeat
 * gets `-2`, `-3`, …), the missing ones numbered by position.
 */
export function uniqueIds(count: number, given: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  const wanted = Array.from({length: count}, (_, i) => {
    const g = given[i];
    return g !== undefined && g !== '' ? g : String(i + 1);
  });
  for (const w of wanted) {
    let id = w;
    for (let n = 2; used.has(id); n++) id = `${w}-${n}`;
    used.add(id);
    out.push(id);
  }
  return out;
}

/** Where each paragraph of a bead starts in the bead's joined text. */
function paragraphOffsets(paragraphs: readonly Paragraph[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.text.length + PARAGRAPH_BREAK.length;
  }
  return out;
}

/** A paragraph's offset in the bead's joined text, by its document index. */
export function beadOffset(paragraphs: readonly number[], texts: readonly string[], paragraph: number): number | null {
  let at = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    if (paragraphs[k] === paragraph) return at;
    at += (texts[k] ?? '').length + PARAGRAPH_BREAK.length;
  }
  return null;
}

/**
 * The bead's sentence groups, with the text between groups kept as gaps so that the
 * pieces rebuild the joined texts exactly. The groups are `links` (sentences numbered
 * across the bead's paragraphs, as a bead's corrected sentence links are) when given
 * and covering the sentences exactly, else the sentence aligner's.
 */
export function beadSegments(source: readonly Paragraph[], target: readonly Paragraph[], links?: readonly Bead[]): ExportSegment[] {
  const spans = (ps: readonly Paragraph[]) => {
    const offsets = paragraphOffsets(ps);
    return ps.flatMap((p, k) => p.sentences.map(s => ({start: offsets[k]! + s.start, end: offsets[k]! + s.end})));
  };
  const joined = (ps: readonly Paragraph[]) => ps.map(p => p.text).join(PARAGRAPH_BREAK);
  const srcText = joined(source);
  const tgtText = joined(target);
  const srcSpans = spans(source);
  const tgtSpans = spans(target);
  if (srcSpans.length === 0 && tgtSpans.length === 0) return [];
  const fitting = links !== undefined && links.length > 0 && beadsProblem(links, srcSpans.length, tgtSpans.length) === null;
  const groups = fitting
    ? links
    : srcSpans.length > 0 && tgtSpans.length > 0
      ? alignSentences(source, target)
      : [{source: srcSpans.map((_, i) => i), target: tgtSpans.map((_, i) => i), confidence: 1}];
  const range = (list: readonly {start: number; end: number}[], idx: readonly number[]) =>
    idx.length === 0 ? null : {start: list[idx[0]!]!.start, end: list[idx[idx.length - 1]!]!.end};
  const pieces = groups.map(g => ({src: range(srcSpans, g.source), tgt: range(tgtSpans, g.target)}));
  return piecesWithGaps(pieces, srcText, tgtText);
}

/** Spans of both sides turned into segments whose pieces and gaps cover both texts. */
function piecesWithGaps(
  pieces: readonly {src: {start: number; end: number} | null; tgt: {start: number; end: number} | null}[],
  srcText: string,
  tgtText: string,
): ExportSegment[] {
  // Each side: a piece runs from its start to its end; its gap runs to the next
  // non-empty piece's start on that side (or to the end of the text). Text before the
  // first piece (none, as paragraphs are trimmed) joins the first piece.
  const side = (get: (k: number) => {start: number; end: number} | null, text: string) => {
    const out: {piece: string; gap: string; start: number}[] = [];
    let firstStart = true;
    for (let k = 0; k < pieces.length; k++) {
      const span = get(k);
      if (!span) {
        out.push({piece: '', gap: '', start: -1});
        continue;
      }
      let next = text.length;
      for (let m = k + 1; m < pieces.length; m++) {
        const s = get(m);
        if (s) {
          next = s.start;
          break;
        }
      }
      const start = firstStart ? 0 : span.start;
      firstStart = false;
      out.push({piece: text.slice(start, span.end), gap: text.slice(span.end, next), start});
    }
    return out;
  };
  const src = side(k => pieces[k]!.src, srcText);
  const tgt = side(k => pieces[k]!.tgt, tgtText);
  return pieces.map((_, k) => ({
    source: src[k]!.piece,
    target: tgt[k]!.piece,
    sourceGap: src[k]!.gap,
    targetGap: tgt[k]!.gap,
    sourceStart: src[k]!.start,
    targetStart: tgt[k]!.start,
  }));
}
