/**
 * Small pieces the writers share: file names for headers, TMX dates, the count of
 * characters dropped for XML, and which sentence group a divergence falls in.
 */
import type {Resolution} from '../core/session.js';
import {beadOffset} from './export-input.js';
import type {ExportBead, ExportDivergence, ExportSegment, FormatWarning} from './model.js';
import {xmlSafe} from './xml.js';

/** The last part of a path (either separator), for headers that should not reveal folders. */
export function basename(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/** A date in TMX's form, YYYYMMDDThhmmssZ, in UTC. */
export function tmxDate(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` +
    `T${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`
  );
}

/** How many units are named in a warning before "…". */
const UNITS_NAMED = 10;

/**
 * Drops the characters XML 1.0 forbids and remembers where, so that one warning can
 * say how many went and from which units.
 */
export class UnsafeCounter {
  private removed = 0;
  private readonly units: string[] = [];

  /** The text made safe; `unit` names where it belongs for the warning. */
  clean(text: string, unit: string): string {
    const safe = xmlSafe(text);
    if (safe.removed > 0) {
      this.removed += safe.removed;
      if (!this.units.includes(unit)) this.units.push(unit);
    }
    return safe.text;
  }

  /** Counts characters as dropped without cleaning (for writers that clean otherwise). */
  note(count: number, unit: string): void {
    if (count === 0) return;
    this.removed += count;
    if (!this.units.includes(unit)) this.units.push(unit);
  }

  /** The warning to print, if anything was dropped. */
  warnings(): FormatWarning[] {
    if (this.removed === 0) return [];
    const named = this.units.slice(0, UNITS_NAMED).join(', ') + (this.units.length > UNITS_NAMED ? ', …' : '');
    return [{code: 'formats.stripped-characters', params: {count: this.removed, units: named}}];
  }
}

/**
 * The bead's divergences grouped by the sentence group they fall in: by their target
 * phrase, else their source phrase; one with neither goes to the first group.
 */
export function segmentDivergences(bead: ExportBead, segments: readonly ExportSegment[]): ExportDivergence[][] {
  const out: ExportDivergence[][] = segments.map(() => []);
  if (segments.length === 0) return out;
  for (const d of bead.divergences) {
    let k = 0;
    if (d.target) {
      const base = beadOffset(bead.targetParagraphs, bead.target, d.target.paragraph);
      if (base !== null) k = segmentAt(segments, base + d.target.start, s => [s.targetStart, s.target.length + s.targetGap.length]);
    } else if (d.source) {
      const base = beadOffset(bead.sourceParagraphs, bead.source, d.source.paragraph);
      if (base !== null) k = segmentAt(segments, base + d.source.start, s => [s.sourceStart, s.source.length + s.sourceGap.length]);
    }
    out[k]!.push(d);
  }
  return out;
}

function segmentAt(segments: readonly ExportSegment[], offset: number, span: (s: ExportSegment) => [number, number]): number {
  let last = 0;
  for (let k = 0; k < segments.length; k++) {
    const [start, length] = span(segments[k]!);
    if (start < 0) continue;
    if (offset >= start && offset < start + length) return k;
    if (start <= offset) last = k;
  }
  return last;
}

/**
 * What a TMX prop or an XLIFF metadata item records of an open divergence, as JSON:
 * enough to show it again (code and parameters) and to find it (key and spans).
 */
export function divergenceFacts(d: ExportDivergence): Record<string, unknown> {
  return {
    key: d.key,
    category: d.category,
    severity: d.severity,
    code: d.code,
    params: d.params,
    ...(d.suggestion !== undefined ? {suggestion: d.suggestion} : {}),
    source: d.source,
    target: d.target,
  };
}

/** What a file records of a resolved divergence, as JSON (read back by `resolutionsOf`). */
export function resolutionFacts(d: {readonly key: string; readonly category: string; readonly resolution: string; readonly reason?: string | undefined}): Record<string, unknown> {
  return {key: d.key, category: d.category, state: d.resolution, ...(d.reason !== undefined ? {reason: d.reason} : {})};
}

/**
 * Resolutions recorded as `resolutionFacts` JSON, by divergence key. A record that is
 * not such JSON is left out: the file may have been edited by hand, and a lost
 * resolution only shows the divergence again.
 */
export function resolutionsOf(records: readonly string[]): Record<string, Resolution> {
  const out: Record<string, Resolution> = {};
  for (const text of records) {
    let facts: unknown;
    try {
      facts = JSON.parse(text);
    } catch {
      continue;
    }
    if (typeof facts !== 'object' || facts === null) continue;
    const {key, state, reason} = facts as {key?: unknown; state?: unknown; reason?: unknown};
    if (typeof key !== 'string') continue;
    if (state === 'fixed') out[key] = {state: 'fixed'};
    else if (state === 'dismissed') out[key] = typeof reason === 'string' ? {state: 'dismissed', reason} : {state: 'dismissed'};
  }
  return out;
}
