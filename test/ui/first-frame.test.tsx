/**
 * The review shows the pair before anything slow is done: the checks load after the
 * first frame and fill in, and a long new pair shows by position while it is aligned
 * on another thread, with changes held until the alignment comes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {alignParagraphs} from '../../src/core/align.js';
import {beadDivergences, type SessionState} from '../../src/core/session.js';
import type {Alignment} from '../../src/core/types.js';
import {parseSessionFile} from '../../src/store/session-file.js';
import {openPair} from '../../src/workspace.js';
import {KEY, plain, removeSampleCopies, renderReview, sampleCopy, samplePair, waitUntil} from './support/harness.js';

afterAll(removeSampleCopies);

/** A promise and the function that settles it. */
function deferred<T>(): {promise: Promise<T>; resolve: (value: T) => void} {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>(r => (resolve = r));
  return {promise, resolve};
}

/** The first bead with a divergence, as the checks find them. */
function firstOpenBead(state: SessionState, check: (s: SessionState, b: number) => readonly unknown[]): number {
  return state.beads.findIndex((_, b) => check(state, b).length > 0);
}

describe('the first frame', () => {
  test('shows the pair while the checks load, then their divergences fill in and the review goes to the first', async () => {
    const pair = await samplePair();
    const checks = deferred<void>();
    const h = renderReview(pair, {checksAfter: checks.promise, openAtFirstDivergence: true});
    const first = plain(await h.waitForText('loading the checks…'));
    expect(first).toContain('Checking…');
    // The documents are there: the first paragraphs of both sides.
    expect(first).toContain(pair.source.paragraphs[0]!.text.slice(0, 20));
    expect(first).toContain(pair.target.paragraphs[0]!.text.slice(0, 20));
    expect(first).not.toMatch(/No divergences in this pair|open here/);
    // What needs the checks waits for them, and says so.
    h.press('n');
    await h.waitForText('The checks are still loading');
    checks.resolve();
    const expected = firstOpenBead(pair.state, (s, b) => beadDivergences(s, b, pair.ctx));
    expect(expected).toBeGreaterThan(0);
    const after = plain(await h.waitForText(`pair ${expected + 1} of ${pair.state.beads.length}`));
    expect(after).toMatch(/\d+ open here/);
    expect(after).not.toContain('Checking…');
    h.unmount();
  });

  test('a long new pair shows by position, holds changes until aligned, then takes the alignment and saves it', async () => {
    const files = sampleCopy();
    const alignment = deferred<Alignment>();
    let asked = 0;
    const opened = await openPair({sourcePath: files.source, targetPath: files.target, alignInBackground: () => (asked++, alignment.promise)});
    if (!opened.ok) throw new Error(opened.error.code);
    const {state, store, aligning, sessionPath, source, target} = opened.value;
    expect(asked).toBe(1);
    expect(aligning).toBe(alignment.promise);
    // By position: paragraph i beside paragraph i.
    expect(state.beads.every((b, i) => (b.source[0] ?? i) === i && (b.target[0] ?? i) === i)).toBe(true);
    const ctx = await opened.value.checks();
    const h = renderReview({source, target, ctx, state}, {store, aligning: alignment.promise, checksAfter: Promise.resolve()});
    await h.waitForText('aligning…');
    expect(plain(h.frame())).toContain('Aligning the pair…');
    h.press('e');
    await h.waitForText('still being aligned');
    h.press('m');
    expect(plain(h.frame())).toContain('still being aligned');
    // Nothing is saved while the pairs are only by position.
    await new Promise(resolve => setTimeout(resolve, 400));
    expect(fs.existsSync(sessionPath)).toBe(false);
    const real = alignParagraphs(source, target);
    expect(real.length).not.toBe(state.beads.length);
    alignment.resolve(real);
    await h.waitForText(`of ${real.length}`);
    await h.waitFor(f => /\d+ open in the document/.test(plain(f)), 'the document count');
    // Now changes are taken, and the file holds the aligner's pairs.
    h.press('c');
    await h.waitForText('Pair confirmed.');
    const saved = await waitUntil(
      () => (fs.existsSync(sessionPath) ? fs.readFileSync(sessionPath, 'utf8') : ''),
      text => text.includes('"confirmed"'),
      'the saved session',
    );
    const file = parseSessionFile(saved, sessionPath);
    if (!file.ok) throw new Error(file.error.code);
    expect(file.value.alignment.map(b => [b.source, b.target])).toEqual(real.map(b => [b.source, b.target]));
    h.press('q');
    await h.exited;
    expect(path.dirname(sessionPath)).toBe(files.dir);
  });

  test('u after the alignment came has nothing to undo: the pairs by position were never a step', async () => {
    const pair = await samplePair();
    const byPosition: Alignment = pair.source.paragraphs.map((_, i) => ({source: [i], target: i < pair.target.paragraphs.length ? [i] : [], confidence: 1}));
    const state: SessionState = {...pair.state, beads: byPosition.map(b => ({...b, status: 'automatic' as const}))};
    const h = renderReview({...pair, state}, {aligning: Promise.resolve(alignParagraphs(pair.source, pair.target))});
    await h.waitForText(`of ${pair.state.beads.length}`);
    h.press('u');
    await h.waitForText('Nothing to undo.');
    h.press(KEY.escape);
    h.unmount();
  });
});
