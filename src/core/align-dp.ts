/**
 * The dynamic program of the aligner: the cheapest monotonic sequence of beads over a
 * band of the (source × target) grid, and how much worse the best alternative to each
 * chosen bead is (its margin), from a forward and a backward pass.
 *
 * Grid point (i, j) means "the first i source units and the first j target units are
 * aligned". A bead of shape a-b goes from (i - a, j - b) to (i, j). The band holds, for
 * each row i, the points lo[i]..hi[i]; it is kept connected, so a path always exists.
 */

/** A kind of bead: how many source and target units it takes, and its prior cost. */
export interface BeadShape {
  /** Source units in the bead. */
  readonly source: number;
  /** Target units in the bead. */
  readonly target: number;
  /** −log of the prior probability of the shape. */
  readonly prior: number;
}

/** The points of the grid the search may visit, row by row. */
export interface Band {
  /** First target count of each row. */
  readonly lo: Int32Array;
  /** Last target count of each row (inclusive). */
  readonly hi: Int32Array;
  /** Index of each row's first point in the flat arrays; one more entry holds the total. */
  readonly offset: Int32Array;
}

/** A band from the lowest and highest centre of each row, widened by `width` each side. */
export function makeBand(centreLo: ArrayLike<number>, centreHi: ArrayLike<number>, targetCount: number, width: number): Band {
  const rows = centreLo.length;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const offset = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    lo[i] = Math.max(0, Math.min(targetCount, Math.floor(centreLo[i]!) - width));
    hi[i] = Math.max(0, Math.min(targetCount, Math.ceil(centreHi[i]!) + width));
    if (i > 0) {
      // Monotonic bounds keep the band connected whatever the centres do.
      if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
      if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
    }
  }
  lo[0] = 0;
  hi[rows - 1] = targetCount;
  for (let i = 0; i < rows; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  return {lo, hi, offset};
}

/** A rectangle between two points is searched whole while its area is at most this many times its half-perimeter. */
const RECTANGLE_BUDGET = 16;

/**
 * The band around a line through the given points, which increase on both sides: the
 * straight diagonal when there are none. Each row takes the line's span over it.
 */
export function lineBand(points: readonly (readonly [number, number])[], sourceCount: number, targetCount: number, width: number): Band {
  const xs = [0, ...points.map(p => p[0]), sourceCount];
  const ys = [0, ...points.map(p => p[1]), targetCount];
  const a = new Float64Array(sourceCount + 1);
  const b = new Float64Array(sourceCount + 1);
  let seg = 0;
  const at = (x: number) => {
    while (seg < xs.length - 2 && xs[seg + 1]! < x) seg++;
    const x0 = xs[seg]!;
    const x1 = xs[seg + 1]!;
    return x1 === x0 ? ys[seg + 1]! : ys[seg]! + ((x - x0) * (ys[seg + 1]! - ys[seg]!)) / (x1 - x0);
  };
  // The line rises monotonically, so a row's span is from its value at the row's lower
  // edge to its value at the upper edge.
  for (let i = 0; i <= sourceCount; i++) a[i] = at(Math.max(0, i - 0.5));
  seg = 0;
  for (let i = 0; i <= sourceCount; i++) b[i] = at(Math.min(sourceCount, i + 0.5));
  // Between two points the path may run anywhere, not only along the line (a passage
  // added at the start runs along one side first): where the rectangle between them is
  // small, the band takes all of it.
  for (let k = 0; k + 1 < xs.length; k++) {
    const dx = xs[k + 1]! - xs[k]!;
    const dy = ys[k + 1]! - ys[k]!;
    if (dx * dy > RECTANGLE_BUDGET * (dx + dy + 1)) continue;
    for (let i = Math.floor(xs[k]!); i <= Math.min(sourceCount, Math.ceil(xs[k + 1]!)); i++) {
      a[i] = Math.min(a[i]!, Math.floor(ys[k]!));
      b[i] = Math.max(b[i]!, Math.ceil(ys[k + 1]!));
    }
  }
  return makeBand(a, b, targetCount, width);
}

/** The points of either band. */
export function unionBand(a: Band, b: Band): Band {
  const rows = a.lo.length;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const offset = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    lo[i] = Math.min(a.lo[i]!, b.lo[i]!);
    hi[i] = Math.max(a.hi[i]!, b.hi[i]!);
    offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  }
  return {lo, hi, offset};
}

/** The band around the straight line from (0, 0) to (sourceCount, targetCount). */
export function diagonalBand(sourceCount: number, targetCount: number, width: number): Band {
  return lineBand([], sourceCount, targetCount, width);
}

/** The band around a path's points, widened by `width` each side. */
export function pathBand(points: readonly (readonly [number, number])[], sourceCount: number, targetCount: number, width: number): Band {
  const a = new Float64Array(sourceCount + 1).fill(Infinity);
  const b = new Float64Array(sourceCount + 1).fill(-Infinity);
  for (let k = 0; k < points.length; k++) {
    const [i, j] = points[k]!;
    a[i] = Math.min(a[i]!, j);
    b[i] = Math.max(b[i]!, j);
    // Rows that a bead steps over take the bead's start and end.
    const next = points[k + 1];
    if (next) {
      for (let r = i + 1; r < next[0]; r++) {
        a[r] = Math.min(a[r]!, j);
        b[r] = Math.max(b[r]!, next[1]);
      }
    }
  }
  return makeBand(a, b, targetCount, width);
}

/**
 * The cost of a bead of a shape ending at grid point (i, j). When the cost is at least
 * `limit`, any value at least `limit` may be returned: the search has no use for it.
 */
export type BeadCost = (shape: number, i: number, j: number, limit: number) => number;

/** The result of a search over a band. */
export interface Search {
  /** The path's grid points from (0, 0) to the end, in order. */
  readonly points: [number, number][];
  /** The shape index of the bead that ends at each point after the first. */
  readonly shapes: number[];
  /** Cost of each bead of the path. */
  readonly costs: number[];
  /** How much more the best path without each bead costs (≥ 0). */
  readonly margins: number[];
  /** Whether the path came near the band's edge where the band could be wider. */
  readonly touchedEdge: boolean;
}

/** Past this many bead costs the forward pass does not keep them for the backward pass. */
const MAX_MEMO = 24_000_000;

/**
 * Finds the cheapest path through the band and, when `withMargins`, the margin of each
 * of its beads (which needs a backward pass; without it every margin is 0).
 *
 * A run of unpaired units on one side is one event (a passage added or left out), not
 * many: a 1-0 bead right after a 1-0 bead (or 0-1 after 0-1) costs `gapRunDiscount`
 * less. The search therefore keeps three states per point: reached by a paired bead,
 * by a 1-0 bead, or by a 0-1 bead.
 */
export function search(
  band: Band,
  shapes: readonly BeadShape[],
  targetCount: number,
  cost: BeadCost,
  withMargins = true,
  gapRunDiscount = 0,
): Search {
  const {lo, hi, offset} = band;
  const rows = lo.length;
  const size = offset[rows]!;
  const ns = shapes.length;
  const sa = Int32Array.from(shapes, s => s.source);
  const sb = Int32Array.from(shapes, s => s.target);
  // The state a bead of each shape leaves the path in.
  const stateOf = Int32Array.from(shapes, s => (s.target === 0 ? 1 : s.source === 0 ? 2 : 0));
  const fwd = [0, 1, 2].map(() => new Float64Array(size).fill(Infinity));
  const [f0, f1, f2] = fwd as [Float64Array, Float64Array, Float64Array];
  // The cheapest of the three states at each point, and which it is.
  const fmin = new Float64Array(size).fill(Infinity);
  const fminState = new Uint8Array(size);
  const backShape = [0, 1, 2].map(() => new Uint8Array(size));
  const backState = [0, 1, 2].map(() => new Uint8Array(size));
  // Index of point (i, j) is rowBase[i] + j when lo[i] ≤ j ≤ hi[i].
  const rowBase = Int32Array.from(lo, (l, i) => offset[i]! - l);
  const at = (i: number, j: number) => (i < 0 || i >= rows || j < lo[i]! || j > hi[i]! ? -1 : rowBase[i]! + j);
  // The cheapest way into point k for a bead of shape s.
  const entry = (k: number, s: number): number => {
    const g = stateOf[s]!;
    const best = fmin[k]!;
    return g === 0 ? best : Math.min(best, (g === 1 ? f1[k]! : f2[k]!) - gapRunDiscount);
  };
  // Exact bead costs found by the forward pass, for the backward pass; NaN where the
  // forward pass only learnt that a bead could not win.
  const memo = withMargins && size * ns <= MAX_MEMO ? new Float32Array(size * ns).fill(NaN) : null;
  f0[0] = 0;
  fmin[0] = 0;
  const [bs0, bs1, bs2] = backShape as [Uint8Array, Uint8Array, Uint8Array];
  const [bt0, bt1, bt2] = backState as [Uint8Array, Uint8Array, Uint8Array];
  for (let i = 0; i < rows; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    const base = rowBase[i]!;
    for (let j = i === 0 ? Math.max(l, 1) : l; j <= h; j++) {
      const k = base + j;
      let b0 = Infinity;
      let b1 = Infinity;
      let b2 = Infinity;
      for (let s = 0; s < ns; s++) {
        const pi = i - sa[s]!;
        const pj = j - sb[s]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const pk = rowBase[pi]! + pj;
        const g = stateOf[s]!;
        let pc = fmin[pk]!;
        let from = fminState[pk]!;
        if (g !== 0) {
          const run = (g === 1 ? f1[pk]! : f2[pk]!) - gapRunDiscount;
          if (run < pc) {
            pc = run;
            from = g;
          }
        }
        if (pc === Infinity) continue;
        const best = g === 0 ? b0 : g === 1 ? b1 : b2;
        const bc = cost(s, i, j, best - pc);
        const c = pc + bc;
        if (c < best) {
          if (memo) memo[k * ns + s] = bc;
          if (g === 0) {
            b0 = c;
            bs0[k] = s;
            bt0[k] = from;
          } else if (g === 1) {
            b1 = c;
            bs1[k] = s;
            bt1[k] = from;
          } else {
            b2 = c;
            bs2[k] = s;
            bt2[k] = from;
          }
        }
      }
      f0[k] = b0;
      f1[k] = b1;
      f2[k] = b2;
      const m = Math.min(b0, b1, b2);
      fmin[k] = m;
      fminState[k] = m === b0 ? 0 : m === b1 ? 1 : 2;
    }
  }
  // bwd[st][k]: the cheapest way from point k to the end, for a path that reached k in state st.
  const bwd = [0, 1, 2].map(() => new Float64Array(size).fill(Infinity));
  for (let st = 0; st < 3; st++) bwd[st]![size - 1] = 0;
  for (let i = withMargins ? rows - 1 : -1; i >= 0; i--) {
    const l = lo[i]!;
    const h = hi[i]!;
    const base = rowBase[i]!;
    for (let j = i === rows - 1 ? Math.min(h, targetCount - 1) : h; j >= l; j--) {
      let b0 = Infinity;
      let b1 = Infinity;
      let b2 = Infinity;
      for (let s = 0; s < ns; s++) {
        const ni = i + sa[s]!;
        const nj = j + sb[s]!;
        if (ni >= rows || nj < lo[ni]! || nj > hi[ni]!) continue;
        const k = rowBase[ni]! + nj;
        const g = stateOf[s]!;
        const nc = bwd[g]![k]!;
        if (nc === Infinity) continue;
        const m = memo ? memo[k * ns + s]! : NaN;
        const c = nc + (m === m ? m : cost(s, ni, nj, Math.max(b0, b1, b2) - nc));
        if (c < b0) b0 = c;
        const run = g === 0 ? c : c - gapRunDiscount;
        if ((g === 1 ? run : c) < b1) b1 = g === 1 ? run : c;
        if ((g === 2 ? run : c) < b2) b2 = g === 2 ? run : c;
      }
      bwd[0]![base + j] = b0;
      bwd[1]![base + j] = b1;
      bwd[2]![base + j] = b2;
    }
  }
  let endState = 0;
  for (let st = 1; st < 3; st++) if (fwd[st]![size - 1]! < fwd[endState]![size - 1]!) endState = st;
  const total = fwd[endState]![size - 1]!;
  const points: [number, number][] = [];
  const shapeOf: number[] = [];
  const states: number[] = [];
  let i = rows - 1;
  let j = targetCount;
  let st = endState;
  points.push([i, j]);
  while (i > 0 || j > 0) {
    const k = at(i, j);
    const s = backShape[st]![k]!;
    shapeOf.push(s);
    states.push(st);
    st = backState[st]![k]!;
    i -= sa[s]!;
    j -= sb[s]!;
    points.push([i, j]);
  }
  points.reverse();
  shapeOf.reverse();
  const costs: number[] = [];
  const margins: number[] = [];
  let touchedEdge = false;
  // Points of the best path are not alternatives to it.
  const onPath = new Uint8Array(size);
  for (const [pi, pj] of points) onPath[at(pi, pj)] = 1;
  // The cheapest path through a point that is not on the best path.
  const through = (k: number) => {
    if (k < 0 || onPath[k]) return Infinity;
    let best = Infinity;
    for (let s2 = 0; s2 < 3; s2++) best = Math.min(best, fwd[s2]![k]! + bwd[s2]![k]!);
    return best;
  };
  for (let k = 1; k < points.length; k++) {
    const [pi, pj] = points[k - 1]!;
    const [qi, qj] = points[k]!;
    const s = shapeOf[k - 1]!;
    const qk = at(qi, qj);
    const known = memo ? memo[qk * ns + s]! : NaN;
    costs.push(known === known ? known : cost(s, qi, qj, Infinity));
    // The band held the path back where a bead moving right ends at the band's right
    // edge, or one moving down ends at its left edge; a run of unpaired units merely
    // passing along an edge is not held back.
    if ((sa[s]! > 0 && qj - lo[qi]! < 3 && lo[qi]! > 0) || (sb[s]! > 0 && hi[qi]! - qj < 3 && hi[qi]! < targetCount)) touchedEdge = true;
    if (!withMargins) {
      margins.push(0);
      continue;
    }
    // Paths that reach the bead's end by another last bead.
    let alt = Infinity;
    for (let t = 0; t < ns; t++) {
      if (t === s) continue;
      const k2 = at(qi - sa[t]!, qj - sb[t]!);
      if (k2 < 0) continue;
      const rest = entry(k2, t) + bwd[stateOf[t]!]![qk]!;
      if (rest === Infinity) continue;
      alt = Math.min(alt, rest + cost(t, qi, qj, alt - rest));
    }
    // Paths that cross the end's row or column elsewhere, or the start's row.
    for (let jj = lo[qi]!; jj <= hi[qi]!; jj++) alt = Math.min(alt, through(rowBase[qi]! + jj));
    for (let ii = Math.max(0, qi - 8); ii <= Math.min(rows - 1, qi + 8); ii++) alt = Math.min(alt, through(at(ii, qj)));
    if (pi > 0 || pj > 0) for (let jj = lo[pi]!; jj <= hi[pi]!; jj++) alt = Math.min(alt, through(rowBase[pi]! + jj));
    margins.push(Math.max(0, alt - total));
  }
  return {points, shapes: shapeOf, costs, margins, touchedEdge};
}
