import {afterEach, describe, expect, test} from 'vitest';
import {reduce, type Action, type SessionState} from '../../src/core/session.js';
import {KEY, plain, renderReview, samplePair, type Harness} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

/** The first few words of a paragraph, as they stand at the start of its first line. */
function opening(text: string): string {
  return text.split(' ').slice(0, 2).join(' ');
}

/** Asserts that the frame shows `state`'s current pair: its position and both texts' openings. */
function expectCurrentPair(frame: string, state: SessionState): void {
  const text = plain(frame);
  const bead = state.beads[state.cursor.bead]!;
  expect(text).toContain(`pair ${state.cursor.bead + 1} of ${state.beads.length}`);
  const marked = text.split('\n').find(l => /^› ?\d+ /.test(l));
  expect(marked, 'a row marks the current pair').toBeDefined();
  const source = bead.source[0];
  const target = bead.target[0];
  expect(marked).toContain(source === undefined ? '(no counterpart)' : opening(state.source.paragraphs[source]!.text));
  expect(marked).toContain(target === undefined ? '(no counterpart)' : opening(state.target.paragraphs[target]!.text));
}

async function goTo(h: Harness, bead: number, total: number): Promise<void> {
  h.press(':');
  await h.waitForText('Go to pair');
  h.type(String(bead + 1));
  h.press(KEY.enter);
  await h.waitForText(`pair ${bead + 1} of ${total}`);
}

type Case = readonly [name: string, key: string, bead: number, action: (bead: number, s: SessionState) => Action];

const CASES: readonly Case[] = [
  ['m merges the pair with the next', 'm', 4, bead => ({type: 'merge-next', bead})],
  ['[ moves the first source paragraph to the previous pair', '[', 4, bead => ({type: 'move-paragraph', bead, side: 'source', edge: 'first'})],
  [']  moves the last source paragraph to the next pair', ']', 4, bead => ({type: 'move-paragraph', bead, side: 'source', edge: 'last'})],
  ['{ moves the first target paragraph to the previous pair', '{', 4, bead => ({type: 'move-paragraph', bead, side: 'target', edge: 'first'})],
  ['} moves the last target paragraph to the next pair', '}', 4, bead => ({type: 'move-paragraph', bead, side: 'target', edge: 'last'})],
  ['x gives the target paragraph a pair of its own', 'x', 4, (bead, s) => ({type: 'unlink', bead, side: 'target', paragraph: s.beads[bead]!.target[0]!})],
  ['X gives the source paragraph a pair of its own', 'X', 4, (bead, s) => ({type: 'unlink', bead, side: 'source', paragraph: s.beads[bead]!.source[0]!})],
];

describe('fixing the alignment', () => {
  test.each(CASES)('%s, as the reducer does, and u undoes it', async (_name, key, bead, action) => {
    const pair = await samplePair();
    const total = pair.state.beads.length;
    const h = renderReview(pair);
    open.push(h);
    await goTo(h, bead, total);
    const before = {...pair.state, cursor: {bead, divergence: null}};
    const expected = reduce(before, action(bead, before));
    expect(expected.beads, 'the case changes the alignment').not.toBe(before.beads);
    h.press(key);
    const frame = await h.waitForText('Alignment changed.');
    expectCurrentPair(frame, expected);
    expect(plain(frame)).toContain('alignment edited');
    h.press('u');
    expectCurrentPair(await h.waitForText('Undone.'), before);
  });

  test('b splits a merged pair back into one pair per paragraph', async () => {
    const pair = await samplePair();
    const total = pair.state.beads.length;
    const h = renderReview(pair);
    open.push(h);
    await goTo(h, 4, total);
    h.press('m');
    await h.waitForText(`pair 5 of ${total - 1}`);
    h.press('b');
    const frame = await h.waitForText(`pair 5 of ${total}`);
    const merged = reduce({...pair.state, cursor: {bead: 4, divergence: null}}, {type: 'merge-next', bead: 4});
    expectCurrentPair(frame, reduce(merged, {type: 'split', bead: 4}));
    // A pair of one paragraph a side cannot be split: nothing happens, and the user is told.
    h.press('b');
    await h.waitForText('Nothing to do here.');
  });

  test('c confirms the pair, which the status line then says', async () => {
    const pair = await samplePair();
    const h = renderReview(pair);
    open.push(h);
    h.press('j');
    await h.waitForText(`pair 2 of ${pair.state.beads.length}`);
    expect(plain(h.frame())).not.toContain('confirmed');
    h.press('c');
    const frame = await h.waitForText('Pair confirmed.');
    expect(plain(frame)).toMatch(/pair 2 of \d+ · confirmed/);
  });
});
