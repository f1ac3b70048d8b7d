/**
 * Aligning a long pair in overlapping pieces: the plan covers the grid, pieces join
 * only where their paths meet, and the joined alignment of a generated pair with a
 * gold alignment is as right as the alignment made whole. The pieces run on the built
 * program's threads (`npm test` builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {joinPaths, planSegments, type Segment} from '../src/core/align-segments.js';
import type {Bead} from '../src/core/types.js';
import {CLI, ROOT} from './support/cli.js';

/** Whether beads cover 0..ns-1 and 0..nt-1 once each, in order. */
function coversInOrder(beads: readonly Bead[], ns: number, nt: number): boolean {
  const s = beads.flatMap(b => b.source);
  const t = beads.flatMap(b => b.target);
  return s.length === ns && t.length === nt && s.every((x, i) => x === i) && t.every((x, i) => x === i);
}

const one = (i: number, j: number): Bead => ({source: [i], target: [j], confidence: 1});

describe('pieces of a long alignment', () => {
  it('plans pieces that start at the start, end at the end and overlap their neighbours', () => {
    for (const [ns, nt, count] of [[1000, 1200, 2], [100_000, 90_000, 4], [301, 299, 3]] as const) {
      const plan = planSegments(ns, nt, count);
      expect(plan).toHaveLength(count);
      expect(plan[0]).toMatchObject({sourceFrom: 0, targetFrom: 0});
      expect(plan[count - 1]).toMatchObject({sourceTo: ns, targetTo: nt});
      for (let k = 1; k < count; k++) {
        expect(plan[k]!.sourceFrom).toBeLessThan(plan[k - 1]!.sourceTo);
        expect(plan[k]!.targetFrom).toBeLessThan(plan[k - 1]!.targetTo);
      }
    }
  });

  it('joins two paths at a point both pass through in the middle of the overlap', () => {
    const a: Segment = {sourceFrom: 0, sourceTo: 60, targetFrom: 0, targetTo: 60};
    const b: Segment = {sourceFrom: 40, sourceTo: 100, targetFrom: 40, targetTo: 100};
    const pathA = Array.from({length: 60}, (_, i) => one(i, i));
    // B starts off the diagonal (its forced start) and meets it at 45.
    const pathB: Bead[] = [{source: [40, 41], target: [40], confidence: 1}, {source: [42], target: [41, 42], confidence: 1}, ...Array.from({length: 57}, (_, k) => one(43 + k, 43 + k))];
    const joined = joinPaths(pathA, a, pathB, b);
    expect(joined).not.toBeNull();
    expect(coversInOrder(joined!, 100, 100)).toBe(true);
    expect(joined!.every(x => x.source.length === 1 && x.target.length === 1)).toBe(true);
  });

  it('does not join paths that never meet in the overlap', () => {
    const a: Segment = {sourceFrom: 0, sourceTo: 60, targetFrom: 0, targetTo: 61};
    const b: Segment = {sourceFrom: 40, sourceTo: 100, targetFrom: 40, targetTo: 101};
    const pathA = [...Array.from({length: 60}, (_, i) => one(i, i)), {source: [], target: [60], confidence: 1}];
    // B runs one target paragraph ahead all along.
    const pathB = [{source: [], target: [40], confidence: 1}, ...Array.from({length: 60}, (_, k) => one(40 + k, 41 + k))];
    expect(joinPaths(pathA, a, pathB, b)).toBeNull();
  });

  it('aligns a generated pair in pieces on threads as right as whole', async () => {
    const dist = path.join(ROOT, 'dist', 'src');
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const {makePair} = await import(path.join(ROOT, 'bench', 'gen.mjs'));
    const {documentFromParagraphs} = await import(path.join(dist, 'core', 'document.js'));
    const {alignParagraphs} = await import(path.join(dist, 'core', 'align.js'));
    const {alignParagraphsParallel} = await import(path.join(dist, 'parallel-align.js'));
    const {source, target, gold} = makePair(4000, {seed: 7}) as {source: string[]; target: string[]; gold: Bead[]};
    const a = documentFromParagraphs(source, {path: 'a.es.txt', lang: 'es'});
    const b = documentFromParagraphs(target, {path: 'b.en.txt', lang: 'en'});
    const key = (x: Bead) => `${x.source.join(',')}|${x.target.join(',')}`;
    const right = (beads: readonly Bead[]) => beads.filter(x => goldKeys.has(key(x))).length;
    const goldKeys = new Set(gold.map(key));
    const whole: Bead[] = alignParagraphs(a, b);
    const stats = {pieces: 0, joined: false};
    const pieces: Bead[] = await alignParagraphsParallel(a, b, 3, {minUnits: 0, stats});
    expect(stats).toEqual({pieces: 3, joined: true});
    // Every piece on a thread of its own, the main thread only waiting: the same alignment.
    expect(await alignParagraphsParallel(a, b, 3, {minUnits: 0, mainThreadAligns: false})).toEqual(pieces);
    expect(coversInOrder(pieces, source.length, target.length)).toBe(true);
    expect(right(pieces)).toBeGreaterThanOrEqual(right(whole) - gold.length * 0.005);
    expect(right(whole) / gold.length).toBeGreaterThan(0.9);
  }, 120_000);
});
