/**
 * Sentence alignment inside a paragraph pair that is already right.
 *
 * The paragraph aligner's search is built for long sequences: it weighs what units
 * share against what unrelated units of the same document would share, and it may
 * leave a unit unpaired. Inside one paragraph pair neither holds: there are a handful
 * of sentences, all of them translations of the other side's, so the chance estimate
 * has nothing unrelated to be taken from, and a unit with no counterpart would leave a
 * bilingual file with a half-empty unit that translation tools skip or misread.
 *
 * So, when both sides hold sentences:
 * - one sentence on a side: the bead is the whole pair (one link when both have one);
 * - equal counts whose sentences fit each other's lengths: one-to-one, in order;
 * - otherwise a small dynamic program over beads of one to a few sentences per side,
 *   every bead two-sided, whose cost is a shape prior, Gale and Church's length cost
 *   (the ratio measured on the paragraph pair) and the anchors the two sides share
 *   (numbers, capitalised names, cognate word starts, quotes and brackets), less the
 *   numbers and names one side holds that the other lacks. A sentence the translation
 *   dropped joins its neighbour's bead, where the checks still see it missing.
 *
 * A bead's confidence is its margin (how much worse the best alignment without it is)
 * times what its content says: numbers, names and word starts shared against numbers
 * and names missed, counted plainly (rarity among a handful of sentences says little).
 */
import {analyseUnits, DEFAULT_FEATURE_WEIGHTS, logErfc, oneSidedBeads, sharedWeight, type UnitFeatures} from './align-features.js';
import type {Bead} from './types.js';

/** Settings of a sentence alignment. */
export interface SentenceAlignOptions {
  /** The expected target/source length ratio; measured on the paragraph pair when absent. */
  readonly lengthRatio?: number;
}

/** Gale and Church's variance of the target length per source character. */
const VARIANCE = 6.8;

/**
 * Shape priors (−log of how often a shape occurs among sentence beads): one-to-one
 * most of the time, a sentence split or joined now and then, wider beads rarely.
 */
const ONE_TO_ONE = -Math.log(0.85);
const ONE_TO_TWO = -Math.log(0.06);
const TWO_TO_TWO = -Math.log(0.004);
const ONE_TO_THREE = -Math.log(0.008);
/** Each sentence beyond three on one side of a bead costs this much more. */
const WIDER = 2;

/**
 * The length cost up to which two sentences are taken to fit each other (a length
 * difference at least this large happens by chance about one time in twenty).
 */
const LENGTH_FIT = -Math.log(0.05);

/** Margin (nats) at which a bead's margin factor reaches 1 − 1/e. */
const MARGIN_SCALE = 3;
/** Net content evidence (nats) over which a bead's content factor goes from ½ to about ¾. */
const CONTENT_SCALE = 2;


/** −log of the two-sided probability of a length difference this large (Gale–Church). */
function lengthCost(ls: number, lt: number, ratio: number): number {
  const scaled = lt / ratio;
  const mean = Math.max(1, (ls + scaled) / 2);
  const delta = Math.abs(scaled - ls) / Math.sqrt(VARIANCE * mean);
  return -logErfc(delta / Math.SQRT2);
}

/** The prior of a bead of `a` source and `b` target sentences (both at least one). */
function shapePrior(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small === 1) {
    if (large === 1) return ONE_TO_ONE;
    if (large === 2) return ONE_TO_TWO;
    return ONE_TO_THREE + WIDER * (large - 3);
  }
  return TWO_TO_TWO + WIDER * (large - 2) + WIDER * (small - 2);
}

/** What a bead of sentences costs in the search. */
interface BeadScore {
  /** The bead's cost: prior plus length cost less net shared anchors. */
  readonly cost: number;
}

/**
 * What a sentence holds that a translation keeps: its numbers (digits only, so that
 * "5.400" and "5,400" agree), its capitalised words past the first, and the first
 * letters of its longer words (cognates and names that change their endings).
 */
interface Kept {
  readonly numbers: readonly string[];
  readonly names: readonly string[];
  readonly starts: readonly string[];
}

/** Weight of a shared number, name and word start, and the cost of a number or name missed. */
const KEPT_WEIGHTS = {number: 1.5, name: 1, start: 0.5, missedNumber: 1.5, missedName: 0.7} as const;

function keptOf(text: string): Kept {
  const numbers = (text.match(/\p{Nd}+(?:[.,]\p{Nd}+)*/gu) ?? []).map(n => n.replace(/[.,]/g, ''));
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const names = words.slice(1).filter(w => w.length > 1 && w[0] !== w[0]!.toLowerCase());
  const starts = words
    .filter(w => w.length >= 5)
    .map(w => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 4));
  return {numbers, names, starts};
}

/** How many items two lists share, each counted as often as both hold it. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const y of b) {
    const c = left.get(y) ?? 0;
    if (c > 0) {
      n++;
      left.set(y, c - 1);
    }
  }
  return n;
}

/**
 * What a bead's content says of it, in nats: shared numbers, names and word starts
 * for it, numbers and names that one side holds and the other lacks against it.
 */
function contentEvidence(source: readonly Kept[], target: readonly Kept[]): number {
  const all = (ks: readonly Kept[], f: (k: Kept) => readonly string[]) => ks.flatMap(f);
  const sn = all(source, k => k.numbers);
  const tn = all(target, k => k.numbers);
  const sm = all(source, k => k.names);
  const tm = all(target, k => k.names);
  const numbers = sharedCount(sn, tn);
  const names = sharedCount(sm, tm);
  const starts = sharedCount(
    all(source, k => k.starts),
    all(target, k => k.starts),
  );
  return (
    KEPT_WEIGHTS.number * numbers +
    KEPT_WEIGHTS.name * names +
    KEPT_WEIGHTS.start * starts -
    KEPT_WEIGHTS.missedNumber * (sn.length + tn.length - 2 * numbers) -
    KEPT_WEIGHTS.missedName * (sm.length + tm.length - 2 * names)
  );
}

/** Scores beads of consecutive sentences of both sides. */
function beadScorer(units: UnitFeatures, ratio: number): (i0: number, i1: number, j0: number, j1: number) => BeadScore {
  const merged = (bags: readonly Int32Array[], from: number, to: number): Int32Array => {
    if (to - from === 1) return bags[from]!;
    const all: number[] = [];
    for (let k = from; k < to; k++) all.push(...bags[k]!);
    return Int32Array.from(all.sort((x, y) => x - y));
  };
  const sum = (xs: ArrayLike<number>, from: number, to: number) => {
    let s = 0;
    for (let k = from; k < to; k++) s += xs[k]!;
    return s;
  };
  return (i0, i1, j0, j1) => {
    // Weights hold each feature's miss cost as a bonus: a match spares both misses.
    const shared = sharedWeight(merged(units.sourceFeatures, i0, i1), merged(units.targetFeatures, j0, j1), units.weights);
    const misses = sum(units.sourceMiss, i0, i1) + sum(units.targetMiss, j0, j1);
    const length = lengthCost(sum(units.sourceLengths, i0, i1), sum(units.targetLengths, j0, j1), ratio);
    return {cost: shapePrior(i1 - i0, j1 - j0) + length - (shared - misses)};
  };
}

/** A bead of the search: the grid points it joins. */
interface Step {
  readonly i0: number;
  readonly j0: number;
  readonly i1: number;
  readonly j1: number;
  readonly score: BeadScore;
}

/**
 * Aligns the sentences of a paragraph pair given as texts, numbered from 0 on each
 * side. Every sentence of both sides is in exactly one bead, in order; when both sides
 * hold sentences every bead has both.
 */
export function alignSentenceTexts(sourceTexts: readonly string[], targetTexts: readonly string[], options: SentenceAlignOptions = {}): Bead[] {
  const ns = sourceTexts.length;
  const nt = targetTexts.length;
  if (ns === 0 || nt === 0) return oneSidedBeads(ns, nt);
  const sourceKept = sourceTexts.map(keptOf);
  const targetKept = targetTexts.map(keptOf);
  if (ns === 1 || nt === 1) {
    // One sentence on a side: the only bead is the whole pair, and only its content
    // says how sure it is.
    const evidence = contentEvidence(sourceKept, targetKept);
    return [{source: sourceTexts.map((_, i) => i), target: targetTexts.map((_, j) => j), confidence: 1 / (1 + Math.exp(-evidence / CONTENT_SCALE))}];
  }
  const units = analyseUnits(sourceTexts, targetTexts, DEFAULT_FEATURE_WEIGHTS);
  let sumS = 0;
  let sumT = 0;
  for (const l of units.sourceLengths) sumS += l;
  for (const l of units.targetLengths) sumT += l;
  const ratio = options.lengthRatio ?? (sumS > 0 && sumT > 0 ? sumT / sumS : 1);
  const score = beadScorer(units, ratio);

  // Every bead that can stand in a path, by its end point and by its start point.
  const widest = Math.max(3, Math.ceil(Math.max(ns / nt, nt / ns)) + 1);
  const steps: Step[] = [];
  for (let i0 = 0; i0 < ns; i0++) {
    for (let j0 = 0; j0 < nt; j0++) {
      for (let a = 1; a <= widest && i0 + a <= ns; a++) {
        for (let b = 1; b <= widest && j0 + b <= nt; b++) {
          if (a > 1 && b > 1 && a + b > 5) continue;
          steps.push({i0, j0, i1: i0 + a, j1: j0 + b, score: score(i0, i0 + a, j0, j0 + b)});
        }
      }
    }
  }
  const at = (i: number, j: number) => i * (nt + 1) + j;
  const forward = new Float64Array((ns + 1) * (nt + 1)).fill(Infinity);
  const back: (Step | null)[] = new Array<Step | null>((ns + 1) * (nt + 1)).fill(null);
  forward[0] = 0;
  // Steps sorted by their start point reach every point after all that lead to it.
  const byStart = [...steps].sort((x, y) => x.i0 - y.i0 || x.j0 - y.j0);
  for (const s of byStart) {
    const c = forward[at(s.i0, s.j0)]! + s.score.cost;
    if (c < forward[at(s.i1, s.j1)]!) {
      forward[at(s.i1, s.j1)] = c;
      back[at(s.i1, s.j1)] = s;
    }
  }
  const backward = new Float64Array((ns + 1) * (nt + 1)).fill(Infinity);
  backward[at(ns, nt)] = 0;
  for (const s of [...byStart].reverse()) {
    const c = backward[at(s.i1, s.j1)]! + s.score.cost;
    if (c < backward[at(s.i0, s.j0)]!) backward[at(s.i0, s.j0)] = c;
  }
  const through = (s: Step) => forward[at(s.i0, s.j0)]! + s.score.cost + backward[at(s.i1, s.j1)]!;

  let path: Step[] = [];
  for (let p = back[at(ns, nt)]; p; p = back[at(p.i0, p.j0)]) path.unshift(p);
  if (ns === nt && ns > 1) {
    // Equal counts whose sentences fit each other's lengths are one-to-one: a shared
    // name in the wrong sentence is no reason to merge sentences a translator kept apart.
    const diagonal = steps.filter(s => s.i1 - s.i0 === 1 && s.j1 - s.j0 === 1 && s.i0 === s.j0);
    if (diagonal.every(s => lengthCost(units.sourceLengths[s.i0]!, units.targetLengths[s.j0]!, ratio) <= LENGTH_FIT)) path = diagonal;
  }

  // The beads that cover each source sentence.
  const covering: Step[][] = Array.from({length: ns}, () => []);
  for (const s of steps) for (let i = s.i0; i < s.i1; i++) covering[i]!.push(s);
  return path.map(bead => {
    // Every path covers the bead's first source sentence with exactly one bead, so the
    // best path without this bead is the best through another bead covering it.
    let rival = Infinity;
    for (const s of covering[bead.i0]!) {
      if (s === bead) continue;
      if (s.i0 === bead.i0 && s.i1 === bead.i1 && s.j0 === bead.j0 && s.j1 === bead.j1) continue;
      rival = Math.min(rival, through(s));
    }
    const margin = Math.max(0, rival - through(bead));
    const sure = Number.isFinite(margin) ? 1 - Math.exp(-margin / MARGIN_SCALE) : 1;
    // Content alone: ½ when the sides share and miss nothing, towards 1 with shared
    // anchors, towards 0 with numbers and names that one side lacks.
    const evidence = contentEvidence(sourceKept.slice(bead.i0, bead.i1), targetKept.slice(bead.j0, bead.j1));
    const content = 1 / (1 + Math.exp(-evidence / CONTENT_SCALE));
    const source: number[] = [];
    const target: number[] = [];
    for (let i = bead.i0; i < bead.i1; i++) source.push(i);
    for (let j = bead.j0; j < bead.j1; j++) target.push(j);
    return {source, target, confidence: sure * content};
  });
}
