/**
 * Long pairs aligned in pieces that overlap: the grid is cut into segments along its
 * diagonal, each segment is aligned on its own (on its own thread), and neighbouring
 * segments are joined at a point that both of their paths pass through inside the
 * overlap, away from the ends each segment was forced to. Paths through the same
 * grid that share a point share what follows it, so where two overlapping
 * alignments meet they agree; where they never meet, the pieces are not joined and
 * the pair is aligned whole.
 */
import type {Bead} from './types.js';

/** One piece of the grid: source units [sourceFrom, sourceTo), target units [targetFrom, targetTo). */
export interface Segment {
  readonly sourceFrom: number;
  readonly sourceTo: number;
  readonly targetFrom: number;
  readonly targetTo: number;
}

/** Units of overlap between neighbouring segments on the source side, at least and at most. */
const MIN_OVERLAP = 50;
const MAX_OVERLAP = 2000;

/**
 * `count` segments cutting both sides at the same fractions, each reaching a tenth of
 * its length (within the bounds above) into its neighbours, more on a side whose
 * length differs from the other's.
 */
export function planSegments(ns: number, nt: number, count: number): Segment[] {
  const length = ns / count;
  const overlap = Math.round(Math.min(MAX_OVERLAP, Math.max(MIN_OVERLAP, length / 10)));
  const ratio = ns > 0 ? nt / ns : 1;
  const targetOverlap = Math.round(overlap * ratio);
  const out: Segment[] = [];
  for (let k = 0; k < count; k++) {
    const first = k === 0;
    const last = k === count - 1;
    const s0 = Math.round((ns * k) / count);
    const s1 = Math.round((ns * (k + 1)) / count);
    const t0 = Math.round((nt * k) / count);
    const t1 = Math.round((nt * (k + 1)) / count);
    out.push({
      sourceFrom: first ? 0 : Math.max(0, s0 - overlap),
      sourceTo: last ? ns : Math.min(ns, s1 + overlap),
      targetFrom: first ? 0 : Math.max(0, t0 - targetOverlap),
      targetTo: last ? nt : Math.min(nt, t1 + targetOverlap),
    });
  }
  return out;
}

/** A segment's beads, numbered within it, moved to the whole pair's numbering. */
export function placeBeads(segment: Segment, beads: readonly Bead[]): Bead[] {
  return beads.map(b => ({source: b.source.map(i => i + segment.sourceFrom), target: b.target.map(j => j + segment.targetFrom), confidence: b.confidence}));
}

/** The grid point after each bead of a path, with the bead's position. */
function corners(beads: readonly Bead[], start: readonly [number, number]): Map<string, number> {
  const out = new Map<string, number>();
  let [i, j] = start;
  beads.forEach((b, k) => {
    i += b.source.length;
    j += b.target.length;
    out.set(`${i},${j}`, k);
  });
  return out;
}

/**
 * The beads of two neighbouring segments' paths (in the whole pair's numbering)
 * joined where both pass through the same grid point, the one nearest the middle of
 * their overlap on the source side and at least a quarter of it from its ends; null
 * where their paths share no such point.
 */
export function joinPaths(a: readonly Bead[], aSegment: Segment, b: readonly Bead[], bSegment: Segment): Bead[] | null {
  const from = bSegment.sourceFrom;
  const to = aSegment.sourceTo;
  if (to <= from) return null;
  const margin = (to - from) / 4;
  const middle = (from + to) / 2;
  const inA = corners(a, [aSegment.sourceFrom, aSegment.targetFrom]);
  const startB: [number, number] = [bSegment.sourceFrom, bSegment.targetFrom];
  let best: {k: number; kb: number; distance: number} | null = null;
  let [i, j] = startB;
  b.forEach((bead, kb) => {
    i += bead.source.length;
    j += bead.target.length;
    if (i < from + margin || i > to - margin) return;
    const k = inA.get(`${i},${j}`);
    if (k === undefined) return;
    const distance = Math.abs(i - middle);
    if (!best || distance < best.distance) best = {k, kb, distance};
  });
  if (!best) return null;
  const {k, kb} = best;
  return [...a.slice(0, k + 1), ...b.slice(kb + 1)];
}
