/**
 * Bead alignment of two documents: paragraphs first, then the sentences inside a
 * paragraph bead. One generic core (`alignUnits`) serves both levels.
 *
 * The core is a dynamic program over beads of shapes 1-1, 1-0, 0-1, 1-2, 2-1, 2-2 (and
 * 1-3, 3-1). A paired bead's cost is its shape's prior, a Gale–Church length cost (the
 * target/source length ratio is measured on the pair itself) and the anchors of its two
 * sides taken whole: numbers, capitalised names, cognate word starts, quotes and
 * brackets that both hold lower the cost, less what unrelated units of the same size
 * would share by chance; numbers and names that one side holds and the other lacks
 * raise it, as far as this pair keeps such things at all. A unit left unpaired costs a
 * prior and a little per log-character, and less when it follows another unpaired unit
 * of its side (a passage added or dropped is one event). No dictionary is needed.
 *
 * A second pass, as hunalign's realign, learns word pairs from the first pass's
 * one-to-one beads (Dice ≥ 0.5, seen together at least twice), measures the length
 * variance on them and aligns again around the first path.
 *
 * The first search band follows a skeleton of unit pairs joined by rare shared anchors
 * (the diagonal when there are none) and grows where the path is held back at its
 * edge, so the cost grows linearly with the length of the documents.
 *
 * A bead's confidence is its margin (how much worse the best alignment without it is)
 * times the evidence its sides share that it did not teach itself.
 */
import {
  analyseUnits,
  anchorSkeleton,
  DEFAULT_FEATURE_WEIGHTS,
  DEFAULT_LEARN,
  learnDictionary,
  logErfc,
  oneSidedBeads,
  sharedWeight,
  type FeatureWeights,
  type UnitFeatures,
} from './align-features.js';
import {alignSentenceTexts, type SentenceAlignOptions} from './align-sentences.js';
import {lineBand, pathBand, search, unionBand, type Band, type BeadShape, type Search} from './align-dp.js';
import type {Bead, Document, Paragraph} from './types.js';

export {alignSentenceTexts, type SentenceAlignOptions} from './align-sentences.js';

/** Settings of an alignment; every field has a default measured on real pairs. */
export interface AlignOptions {
  /** Half-width of the first search band, in units; it doubles while the path runs along the edge. */
  readonly band?: number;
  /** Whether to learn a dictionary from the first pass and align again (default true). */
  readonly realign?: boolean;
  /** The expected target/source length ratio; measured on the pair when absent. */
  readonly lengthRatio?: number;
  /** Weights of the kinds of anchor. */
  readonly weights?: Partial<FeatureWeights>;
  /** Whether beads of three units against one are allowed (default true). */
  readonly wideBeads?: boolean;
}

// Priors of the bead shapes, close to Gale and Church's and to the shapes counted in
// published gold alignments of sentences and paragraphs.
const SHAPES: readonly BeadShape[] = [
  {source: 1, target: 1, prior: -Math.log(0.85)},
  {source: 1, target: 0, prior: -Math.log(0.012)},
  {source: 0, target: 1, prior: -Math.log(0.012)},
  {source: 2, target: 1, prior: -Math.log(0.05)},
  {source: 1, target: 2, prior: -Math.log(0.05)},
  {source: 2, target: 2, prior: -Math.log(0.003)},
  {source: 3, target: 1, prior: -Math.log(0.006)},
  {source: 1, target: 3, prior: -Math.log(0.006)},
];

/** Gale and Church's variance of the target length per source character. */
const DEFAULT_VARIANCE = 6.8;

/** Cost of leaving a unit unpaired, per log-character of its length. */
const GAP_LENGTH_COST = 0.6;

/** How much less a unit left unpaired costs right after another on the same side. */
const GAP_RUN_DISCOUNT = 3;

/** How much of the chance matches is taken off a pair's shared weight. */
const CHANCE_DISCOUNT = 1;

/**
 * Half-widths of the bands, in units. The first band follows the anchor skeleton (or
 * the diagonal) and doubles while the path runs along its edge; the second follows the
 * first pass's path, which is seldom off by more than a bead or two.
 */
const INITIAL_BAND = 6;
const PATH_BAND = 4;
/** Margin (in cost units, nats) at which a bead's margin factor reaches 1 − 1/e. */
const MARGIN_SCALE = 3;
/** Shared evidence (nats) at which a bead's evidence factor reaches 1 − 1/e. */
const EVIDENCE_SCALE = 2;

/** Rounds of growing the band around the path before doubling it, and rounds in all. */
const FOLLOW_ROUNDS = 2;
const MAX_ROUNDS = 4;
/**
 * Rounds of a first pass that the second pass will search around again, and of that
 * second pass, which only refines a path already found.
 */
const DRAFT_ROUNDS = 2;

/** A band stops growing past this many grid points (some 40 bytes of search state each). */
const MAX_BAND_CELLS = 20_000_000;


/** The length model of one pass: expected ratio and variance. */
interface LengthModel {
  readonly ratio: number;
  readonly variance: number;
}

/** −log of the two-sided probability of a length difference this large (Gale–Church). */
function lengthCost(ls: number, lt: number, model: LengthModel): number {
  const scaled = lt / model.ratio;
  const mean = Math.max(1, (ls + scaled) / 2);
  const delta = Math.abs(scaled - ls) / Math.sqrt(model.variance * mean);
  return -logErfc(delta / Math.SQRT2);
}

/** One pass of the search: its path and what the confidences are made from. */
interface Pass {
  readonly result: Search;
  readonly band: Band;
  /** Gale–Church length cost of each bead of the path (0 for a unit left unpaired). */
  readonly lengthCosts: number[];
  /** What each bead's sides share beyond chance, less what they miss (0 for a unit left unpaired). */
  readonly anchors: number[];
}

/**
 * Searches a band (from `firstBand`, grown where the path is held at its edge) with the
 * bead costs of the units as they stand (the second pass adds learned words to them).
 */
function runPass(
  units: UnitFeatures,
  model: LengthModel,
  shapes: readonly BeadShape[],
  firstBand: (width: number) => Band,
  width: number,
  withMargins: boolean,
  maxRounds = MAX_ROUNDS,
): Pass {
  const ns = units.sourceLengths.length;
  const nt = units.targetLengths.length;
  const sPrefix = new Float64Array(ns + 1);
  const tPrefix = new Float64Array(nt + 1);
  for (let i = 0; i < ns; i++) sPrefix[i + 1] = sPrefix[i]! + units.sourceLengths[i]!;
  for (let j = 0; j < nt; j++) tPrefix[j + 1] = tPrefix[j]! + units.targetLengths[j]!;
  const sa = shapes.map(s => s.source);
  const sb = shapes.map(s => s.target);
  const prior = shapes.map(s => s.prior);
  const {sourceFeatures, targetFeatures, weights} = units;
  // A bead's sides are matched as wholes: a word repeated in two neighbouring
  // sentences must not count twice for their merge. Only features held by two units of
  // one side make the whole differ from the sum of its pairs.
  const sourceCommon = neighbourCommon(sourceFeatures);
  const targetCommon = neighbourCommon(targetFeatures);
  // Prefix sums of the chance terms: the matches expected between unrelated units are
  // additive over the pairs of units in a bead.
  const prefix = (xs: ArrayLike<number>) => {
    const p = new Float64Array(xs.length + 1);
    for (let k = 0; k < xs.length; k++) p[k + 1] = p[k]! + xs[k]!;
    return p;
  };
  // Leaving a unit unpaired costs more the longer it is, but only by its log-length:
  // a dropped paragraph is a long unit with no counterpart.
  const sourceGap = Float64Array.from(units.sourceLengths, l => GAP_LENGTH_COST * Math.log1p(l));
  const targetGap = Float64Array.from(units.targetLengths, l => GAP_LENGTH_COST * Math.log1p(l));
  const [towardTarget, towardSource] = chanceSides(ns, nt);
  const sMiss = prefix(units.sourceMiss);
  const tMiss = prefix(units.targetMiss);
  const sChance = prefix(units.sourceChance);
  const tChance = prefix(units.targetChance);
  const sCount = prefix(units.sourceSize);
  const tCount = prefix(units.targetSize);
  const chance = (i0: number, i1: number, j0: number, j1: number) =>
    CHANCE_DISCOUNT * (towardTarget * (tCount[j1]! - tCount[j0]!) * (sChance[i1]! - sChance[i0]!) + towardSource * (sCount[i1]! - sCount[i0]!) * (tChance[j1]! - tChance[j0]!));
  // Features already counted for the bead at hand carry its stamp.
  const stamp = new Int32Array(weights.length);
  let bead = 0;
  // How many times each unit of the bead at hand holds each feature, valid where
  // stamped with the bead: each unit's bag is read once per bead, where looking each
  // visited feature up in every bag costs several times more.
  const widest = Math.max(...shapes.map(s => Math.max(s.source, s.target)));
  const unitCounts = (): {count: Int32Array; stamp: Int32Array}[] =>
    Array.from({length: widest}, () => ({count: new Int32Array(weights.length), stamp: new Int32Array(weights.length)}));
  const sourceCounts = unitCounts();
  const targetCounts = unitCounts();
  const fill = (slot: {count: Int32Array; stamp: Int32Array}, bag: Int32Array): void => {
    const {count, stamp: mark} = slot;
    for (let k = 0; k < bag.length; k++) {
      const f = bag[k]!;
      if (mark[f] !== bead) {
        mark[f] = bead;
        count[f] = 0;
      }
      count[f]!++;
    }
  };
  // Whether the bead's bags were read into the counts above.
  let filled = false;
  const lists: Int32Array[] = [];
  const countOf = (slot: {count: Int32Array; stamp: Int32Array}, bag: Int32Array, f: number): number =>
    filled ? (slot.stamp[f] === bead ? slot.count[f]! : 0) : countIn(bag, f);
  const counts = new Int32Array(widest);
  let i0 = 0;
  let i1 = 0;
  let j0 = 0;
  let j1 = 0;
  let over = 0;
  const visit = (list: Int32Array) => {
    for (let k = 0; k < list.length; k++) {
      const f = list[k]!;
      if (stamp[f] === bead) continue;
      stamp[f] = bead;
      let sum = 0;
      let pairs = 0;
      let total = 0;
      for (let u = i0; u < i1; u++) total += counts[u - i0] = countOf(sourceCounts[u - i0]!, sourceFeatures[u]!, f);
      for (let v = j0; v < j1; v++) {
        const t = countOf(targetCounts[v - j0]!, targetFeatures[v]!, f);
        sum += t;
        for (let u = 0; u < i1 - i0; u++) pairs += Math.min(counts[u]!, t);
      }
      over += weights[f]! * (pairs - Math.min(total, sum));
    }
  };
  // How much the sum of a bead's unit pairs' shared weights exceeds the shared weight
  // of its two sides taken whole.
  const overcount = (a0: number, a1: number, b0: number, b1: number): number => {
    bead++;
    i0 = a0;
    i1 = a1;
    j0 = b0;
    j1 = b1;
    over = 0;
    lists.length = 0;
    let listed = 0;
    for (let u = i0; u + 1 < i1; u++) {
      lists.push(sourceCommon(u, 1));
      if (u + 2 < i1) lists.push(sourceCommon(u, 2));
    }
    for (let v = j0; v + 1 < j1; v++) {
      lists.push(targetCommon(v, 1));
      if (v + 2 < j1) lists.push(targetCommon(v, 2));
    }
    for (const list of lists) listed += list.length;
    if (listed === 0) return 0;
    // Reading every bag of the bead once, or looking each listed feature up in every
    // bag (a binary search of some five steps): whichever is less work.
    let bagged = 0;
    for (let u = i0; u < i1; u++) bagged += sourceFeatures[u]!.length;
    for (let v = j0; v < j1; v++) bagged += targetFeatures[v]!.length;
    filled = bagged < listed * (i1 - i0 + j1 - j0) * 5;
    if (filled) {
      for (let u = i0; u < i1; u++) fill(sourceCounts[u - i0]!, sourceFeatures[u]!);
      for (let v = j0; v < j1; v++) fill(targetCounts[v - j0]!, targetFeatures[v]!);
    }
    for (const list of lists) visit(list);
    return over;
  };
  let band = firstBand(width);
  for (let round = 1; ; round++) {
    const {lo, hi, offset} = band;
    // Shared weight of unit pair (i - 1, j - 1), stored at band point (i, j).
    const pair = bandPairWeights(units, band);
    const pairWeight = (u: number, v: number): number => {
      const i = u + 1;
      const j = v + 1;
      if (j >= lo[i]! && j <= hi[i]!) return pair[offset[i]! + j - lo[i]!]!;
      return sharedWeight(sourceFeatures[u]!, targetFeatures[v]!, weights);
    };
    const cost = (s: number, i: number, j: number, limit: number): number => {
      const a = sa[s]!;
      const b = sb[s]!;
      if (a === 0) return prior[s]! + targetGap[j - 1]!;
      if (b === 0) return prior[s]! + sourceGap[i - 1]!;
      if (a === 1 && b === 1) {
        return (
          prior[s]! +
          chance(i - 1, i, j - 1, j) +
          sMiss[i]! - sMiss[i - 1]! + tMiss[j]! - tMiss[j - 1]! +
          lengthCost(sPrefix[i]! - sPrefix[i - 1]!, tPrefix[j]! - tPrefix[j - 1]!, model) -
          pairWeight(i - 1, j - 1)
        );
      }
      // The pairs' shared weights add up to at least the whole bead's, and the other
      // terms are not negative: cheap bounds that spare most merges the rest.
      let upper = 0;
      for (let u = i - a; u < i; u++) for (let v = j - b; v < j; v++) upper += pairWeight(u, v);
      let bound = prior[s]! - upper;
      if (bound >= limit) return bound;
      bound += chance(i - a, i, j - b, j) + sMiss[i]! - sMiss[i - a]! + tMiss[j]! - tMiss[j - b]!;
      if (bound >= limit) return bound;
      bound += lengthCost(sPrefix[i]! - sPrefix[i - a]!, tPrefix[j]! - tPrefix[j - b]!, model);
      if (bound >= limit || upper === 0) return bound;
      return bound + overcount(i - a, i, j - b, j);
    };
    const result = search(band, shapes, nt, cost, withMargins, GAP_RUN_DISCOUNT);
    const full = width >= ns + nt;
    if (result.touchedEdge && !full && round < maxRounds && offset[ns + 1]! * 2 <= MAX_BAND_CELLS) {
      // Where the path ran along the edge the band grows around it, a few times; if the
      // path keeps escaping, the band doubles. A path may also just pass along an edge
      // (a run of unpaired units), so after some rounds the search settles.
      if (round % FOLLOW_ROUNDS === 0) width *= 2;
      band = unionBand(band, round % FOLLOW_ROUNDS === 0 ? firstBand(width) : pathBand(result.points, ns, nt, width));
      continue;
    }
    const lengthCosts: number[] = [];
    const anchors: number[] = [];
    result.shapes.forEach((s, k) => {
      const [i, j] = result.points[k + 1]!;
      const a = sa[s]!;
      const b = sb[s]!;
      const length = a && b ? lengthCost(sPrefix[i]! - sPrefix[i - a]!, tPrefix[j]! - tPrefix[j - b]!, model) : 0;
      lengthCosts.push(length);
      anchors.push(a && b ? prior[s]! + length - result.costs[k]! : 0);
    });
    return {result, band, lengthCosts, anchors};
  }
}

/**
 * How much to trust the two estimates of chance matches: a source unit's features
 * against the spread of the target's features, and the other way round. Each is only
 * as good as the number of units its spread is taken over: one paragraph against a
 * whole article is judged by the article's spread. A side's spread also holds the
 * unit's own counterpart, which is no stranger: only the other n − 1 units of n say
 * what unrelated units share, so one unit against one shares nothing by chance (the
 * estimate would otherwise cancel all the evidence of a pair that is all there is).
 */
function chanceSides(sourceCount: number, targetCount: number): [number, number] {
  const total = sourceCount + targetCount;
  const strangers = (n: number) => (n - 1) / n;
  return [(targetCount / total) * strangers(targetCount), (sourceCount / total) * strangers(sourceCount)];
}

/** How many times a sorted bag holds a feature. */
function countIn(bag: Int32Array, f: number): number {
  let a = 0;
  let b = bag.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (bag[m]! < f) a = m + 1;
    else b = m;
  }
  let n = 0;
  while (a < bag.length && bag[a] === f) {
    n++;
    a++;
  }
  return n;
}

/**
 * The distinct features a unit shares with the unit `gap` places after it, found on
 * first need and kept.
 */
function neighbourCommon(bags: readonly Int32Array[]): (unit: number, gap: number) => Int32Array {
  const made: (Int32Array | undefined)[][] = [[], [], []];
  const common = (x: Int32Array, y: Int32Array | undefined) => {
    const out: number[] = [];
    if (!y) return new Int32Array(0);
    let p = 0;
    let q = 0;
    while (p < x.length && q < y.length) {
      const a = x[p]!;
      const b = y[q]!;
      if (a === b) {
        if (out[out.length - 1] !== a) out.push(a);
        p++;
        q++;
      } else if (a < b) p++;
      else q++;
    }
    return Int32Array.from(out);
  };
  return (unit, gap) => (made[gap]![unit] ??= common(bags[unit]!, bags[unit + gap]));
}

/**
 * The shared weight of every unit pair in a band, through an index of the target
 * units holding each feature: a pair of units shares few features, so visiting the
 * shared ones costs far less than merging every pair's bags.
 */
function bandPairWeights(units: UnitFeatures, band: Band): Float64Array {
  const {sourceFeatures, targetFeatures, weights} = units;
  const {lo, hi, offset} = band;
  const nf = weights.length;
  // Postings in compressed rows: for each feature, the target units holding it (in
  // order) and how many times.
  const start = new Int32Array(nf + 1);
  for (const bag of targetFeatures) {
    let last = -1;
    for (const f of bag) {
      if (f !== last) start[f + 1]!++;
      last = f;
    }
  }
  for (let f = 0; f < nf; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, nf);
  const unit = new Int32Array(start[nf]!);
  const times = new Int32Array(start[nf]!);
  targetFeatures.forEach((bag, v) => {
    for (let k = 0; k < bag.length; ) {
      const f = bag[k]!;
      let c = 0;
      while (k < bag.length && bag[k] === f) {
        c++;
        k++;
      }
      const at = fill[f]!++;
      unit[at] = v;
      times[at] = c;
    }
  });
  const pair = new Float64Array(offset[lo.length]!);
  for (let i = 1; i < lo.length; i++) {
    const bag = sourceFeatures[i - 1]!;
    // Target unit v sits at band point (i, v + 1).
    const vlo = Math.max(1, lo[i]!) - 1;
    const vhi = hi[i]! - 1;
    if (vhi < vlo) continue;
    const base = offset[i]! - lo[i]! + 1;
    for (let k = 0; k < bag.length; ) {
      const f = bag[k]!;
      let c = 0;
      while (k < bag.length && bag[k] === f) {
        c++;
        k++;
      }
      const w = weights[f]!;
      if (w === 0) continue;
      let a = start[f]!;
      let b = start[f + 1]!;
      if (a === b) continue;
      // First posting at or after vlo.
      while (a < b) {
        const m = (a + b) >> 1;
        if (unit[m]! < vlo) a = m + 1;
        else b = m;
      }
      const end = start[f + 1]!;
      for (let p = a; p < end; p++) {
        const v = unit[p]!;
        if (v > vhi) break;
        const t = times[p]!;
        pair[base + v] = pair[base + v]! + w * (t < c ? t : c);
      }
    }
  }
  return pair;
}

/**
 * A bead's confidence: how much worse the best alignment without it is (its margin),
 * times how much evidence its two sides share (anchors beyond chance, less the length
 * misfit). Unrelated texts can still give clear margins, so the margin alone says
 * little; shared evidence is what tells a translation from a stranger. A unit left
 * unpaired has no evidence of its own and takes that of the paired beads around it.
 */
function confidences(pass: Pass, anchors: readonly number[]): number[] {
  const {result, lengthCosts} = pass;
  const n = result.margins.length;
  const paired = result.points.slice(1).map(([i, j], k) => i > result.points[k]![0] && j > result.points[k]![1]);
  const evidence = anchors.map((a, k) => 1 - Math.exp(-Math.max(0, a - lengthCosts[k]!) / EVIDENCE_SCALE));
  // Evidence of the nearest paired bead on each side, for the unpaired ones.
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  let last = NaN;
  for (let k = 0; k < n; k++) {
    before[k] = last;
    if (paired[k]) last = evidence[k]!;
  }
  last = NaN;
  for (let k = n - 1; k >= 0; k--) {
    after[k] = last;
    if (paired[k]) last = evidence[k]!;
  }
  return result.margins.map((m, k) => {
    const sure = 1 - Math.exp(-m / MARGIN_SCALE);
    if (paired[k]) return sure * evidence[k]!;
    const around = [before[k]!, after[k]!].filter(x => x === x);
    return sure * (around.length ? around.reduce((x, y) => x + y, 0) / around.length : 0);
  });
}

/**
 * The anchors of each bead of a path beyond chance, counting only the features that are
 * evidence for it: learned words are learned from the first pass's beads, so a pair seen
 * in only two beads agrees with those two by construction (two unrelated texts learn
 * such pairs too). A learned pair counts where it was also seen in other beads than
 * this one. What a bead's sides miss weighs on its cost, not on its confidence: a name
 * turned into an exonym or mangled by the translation is for the checks to report, not
 * a sign of a wrong pairing.
 */
function supportedAnchors(units: UnitFeatures, pass: Pass, minSupport: number): number[] {
  const {points} = pass.result;
  const n = units.weights.length;
  // How many of each feature the bead's source side holds, valid where stamped with the bead.
  const counts = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const counted = new Uint8Array(n);
  for (let f = 0; f < n; f++) {
    const support = units.support.get(f);
    counted[f] = support === undefined || support > minSupport ? 1 : 0;
  }
  const [towardTarget, towardSource] = chanceSides(units.sourceLengths.length, units.targetLengths.length);
  return pass.anchors.map((_, k) => {
    const [i0, j0] = points[k]!;
    const [i1, j1] = points[k + 1]!;
    if (i0 === i1 || j0 === j1) return 0;
    let sCount = 0;
    let tCount = 0;
    let sChance = 0;
    let tChance = 0;
    for (let u = i0; u < i1; u++) {
      for (const f of units.sourceFeatures[u]!) {
        if (!counted[f]) continue;
        if (stamp[f] !== k) {
          stamp[f] = k;
          counts[f] = 0;
        }
        counts[f]!++;
        sChance += units.weights[f]! * units.targetShare[f]!;
      }
      sCount += units.sourceSize[u]!;
    }
    let shared = 0;
    for (let v = j0; v < j1; v++) {
      for (const f of units.targetFeatures[v]!) {
        if (!counted[f]) continue;
        if (stamp[f] === k && counts[f]! > 0) {
          shared += units.weights[f]!;
          counts[f]!--;
        }
        tChance += units.weights[f]! * units.sourceShare[f]!;
      }
      tCount += units.targetSize[v]!;
    }
    return shared - CHANCE_DISCOUNT * (towardTarget * tCount * sChance + towardSource * sCount * tChance);
  });
}

function toBeads(result: Search, conf: readonly number[]): Bead[] {
  const beads: Bead[] = [];
  for (let k = 1; k < result.points.length; k++) {
    const [pi, pj] = result.points[k - 1]!;
    const [qi, qj] = result.points[k]!;
    const source: number[] = [];
    const target: number[] = [];
    for (let i = pi; i < qi; i++) source.push(i);
    for (let j = pj; j < qj; j++) target.push(j);
    beads.push({source, target, confidence: conf[k - 1]!});
  }
  return beads;
}

/**
 * The length variance of the second pass, measured on the first pass's one-to-one
 * beads. Translated paragraphs of news keep their lengths far more closely than Gale
 * and Church's sentences, and a close fit is what tells an inserted paragraph from a
 * split one. The 75th percentile (a squared normal's is 1.32) rather than the median:
 * the beads the first pass chose are biased towards lengths that fit.
 */
function measuredVariance(units: UnitFeatures, pairs: readonly (readonly [number, number])[], ratio: number): number {
  const v: number[] = [];
  for (const [i, j] of pairs) {
    const ls = units.sourceLengths[i]!;
    const lt = units.targetLengths[j]! / ratio;
    const mean = (ls + lt) / 2;
    if (mean > 0) v.push(((lt - ls) * (lt - ls)) / mean);
  }
  if (v.length < 5) return DEFAULT_VARIANCE;
  v.sort((x, y) => x - y);
  return Math.min(10, Math.max(2, v[Math.floor(v.length * 0.75)]! / 1.32));
}

/**
 * The expected target/source length ratio: the documents' total lengths, unless the
 * pairs of units joined by rare shared anchors say otherwise by more than half, which
 * happens when one document holds much that the other lacks (one paragraph against a
 * whole article, a translation of half a book).
 */
function lengthRatio(units: UnitFeatures, anchored: readonly (readonly [number, number])[], sumS: number, sumT: number): number {
  const total = sumS > 0 && sumT > 0 ? sumT / sumS : 1;
  const ratios = anchored
    .map(([u, v]) => units.targetLengths[v]! / units.sourceLengths[u]!)
    .filter(r => r > 0 && Number.isFinite(r))
    .sort((a, b) => a - b);
  if (ratios.length === 0) return total;
  const median = ratios[Math.floor(ratios.length / 2)]!;
  return Math.max(total / median, median / total) > 1.5 ? median : total;
}

/**
 * Aligns two sequences of texts (paragraphs or sentences) and returns beads over their
 * 0-based indexes: monotonic, covering every index of both sides exactly once.
 */
export function alignUnits(sourceTexts: readonly string[], targetTexts: readonly string[], options: AlignOptions = {}): Bead[] {
  const ns = sourceTexts.length;
  const nt = targetTexts.length;
  if (ns === 0 || nt === 0) return oneSidedBeads(ns, nt);
  const weights: FeatureWeights = {...DEFAULT_FEATURE_WEIGHTS, ...options.weights};
  const shapes = options.wideBeads === false ? SHAPES.slice(0, 6) : SHAPES;
  const units = analyseUnits(sourceTexts, targetTexts, weights);
  let sumS = 0;
  let sumT = 0;
  for (const l of units.sourceLengths) sumS += l;
  for (const l of units.targetLengths) sumT += l;
  const anchored = anchorSkeleton(units);
  const ratio = options.lengthRatio ?? lengthRatio(units, anchored, sumS, sumT);
  // Grid points through the middle of each anchored pair of units.
  const skeleton = anchored.map(([u, v]): [number, number] => [u + 0.5, v + 0.5]);
  const realign = options.realign !== false;
  // A draft for the second pass does without the rarest shapes (the first five are the
  // common ones), which the second pass then has around the draft's path.
  const draft = realign ? shapes.slice(0, 5) : shapes;
  const first = runPass(units, {ratio, variance: DEFAULT_VARIANCE}, draft, w => lineBand(skeleton, ns, nt, w), options.band ?? INITIAL_BAND, !realign, realign ? DRAFT_ROUNDS : MAX_ROUNDS);
  if (!realign) return toBeads(first.result, confidences(first, supportedAnchors(units, first, DEFAULT_LEARN.minCount)));

  // The first pass's one-to-one beads teach the second pass its words (hunalign's
  // realign); choosing only the surest of them was measured to learn less and gain less.
  const pairs: [number, number][] = [];
  const {points, shapes: used} = first.result;
  const oneToOne = (k: number) => draft[used[k]!]!.source === 1 && draft[used[k]!]!.target === 1;
  for (let k = 0; k < used.length; k++) {
    if (oneToOne(k)) pairs.push([points[k]![0], points[k]![1]]);
  }
  learnDictionary(units, pairs, weights, DEFAULT_LEARN);
  // Without new words the second pass still runs, in a narrow band, for the margins.
  const variance = measuredVariance(units, pairs, ratio);
  const second = runPass(units, {ratio, variance}, shapes, w => pathBand(points, ns, nt, w), PATH_BAND, true, DRAFT_ROUNDS);
  return toBeads(second.result, confidences(second, supportedAnchors(units, second, DEFAULT_LEARN.minCount)));
}

/**
 * Aligns the paragraphs of two documents. Every paragraph of both sides is in exactly
 * one bead, in order; a bead's confidence is low where the evidence for it is weak.
 */
export function alignParagraphs(source: Document, target: Document, options: AlignOptions = {}): Bead[] {
  return alignUnits(
    source.paragraphs.map(p => p.text),
    target.paragraphs.map(p => p.text),
    options,
  );
}

/** Where a sentence of a bead stands: its paragraph's document index and its place in it. */
export interface SentenceRef {
  /** The paragraph's 0-based index in its document (`Paragraph.index`). */
  readonly paragraph: number;
  /** The sentence's 0-based index inside that paragraph. */
  readonly sentence: number;
  /** The sentence's first UTF-16 code unit in the paragraph's text. */
  readonly start: number;
  /** One past its last code unit. */
  readonly end: number;
}

/**
 * The sentences of some paragraphs numbered in order across them, as `alignSentences`
 * numbers them: entry k says where sentence k stands.
 */
export function sentenceRefs(paragraphs: readonly Paragraph[]): SentenceRef[] {
  const refs: SentenceRef[] = [];
  for (const p of paragraphs) {
    p.sentences.forEach((s, k) => refs.push({paragraph: p.index, sentence: k, start: s.start, end: s.end}));
  }
  return refs;
}

/**
 * Aligns the sentences inside one paragraph bead. Sentences are numbered from 0 across
 * the bead's paragraphs in order (the first paragraph's sentences, then the next's);
 * `sentenceRefs` maps a number back to a paragraph and a sentence in it. When both
 * sides hold sentences, every bead holds some of both (see `alignSentenceTexts`).
 */
export function alignSentences(
  sourceParagraphs: readonly Paragraph[],
  targetParagraphs: readonly Paragraph[],
  options: SentenceAlignOptions = {},
): Bead[] {
  const texts = (ps: readonly Paragraph[]) => ps.flatMap(p => p.sentences.map(s => s.text));
  return alignSentenceTexts(texts(sourceParagraphs), texts(targetParagraphs), options);
}
