/**
 * The sentence view: `v` shows the current pair's sentence links side by side with
 * their confidences; Tab selects a link; the align keys merge, split and move sentence
 * links; u and U undo and redo them. The reducer is tested without rendering, the
 * screen through the real application at 50, 80 and 150 columns.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {beadDivergences, historyOf, sentenceLinksOf, type SessionState} from '../../src/core/session.js';
import {DivergenceIndex} from '../../src/ui/state/divergence-index.js';
import {initialReview, reduceReview, selectedLink, type Intent, type ReviewDeps, type ReviewState} from '../../src/ui/state/review.js';
import {displayWidth} from '../../src/ui/layout/wrap.js';
import {attributesOf, KEY, plain, renderReview, samplePair, type Harness, type Pair} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

/** Pair 13 of the sample: one source paragraph of three sentences against two target paragraphs. */
const PAIR = 12;

function depsOf(pair: Pair): ReviewDeps {
  const index = new DivergenceIndex((s: SessionState, b: number) => beadDivergences(s, b, pair.ctx));
  return {
    divergencesOf: (s, b) => index.of(s, b),
    findOpenBead: (s, f, step) => index.findOpenBead(s, f, step),
    maxScroll: () => 0,
    suggestionHelps: (s, b, d) => index.suggestionHelps(s, b, d),
    exportFormats: [],
    exportPath: () => '',
    exportExtension: () => '',
    exportNeedsConfirmation: () => false,
  };
}

function run(review: ReviewState, deps: ReviewDeps, ...intents: Intent[]): ReviewState {
  return intents.reduce((r, i) => reduceReview(r, i, deps), review);
}

function shapes(review: ReviewState): string[] {
  const state = review.history.present;
  return sentenceLinksOf(state, state.cursor.bead).map(l => `${l.source.length}:${l.target.length}`);
}

describe('the sentence view in the reducer', () => {
  test('the align keys act on the selected sentence link, with undo and redo; the paragraphs stay as they were', async () => {
    const pair = await samplePair();
    const deps = depsOf(pair);
    const start = initialReview(historyOf({...pair.state, cursor: {bead: PAIR, divergence: null}}));
    const view = run(start, deps, {type: 'sentence-view'});
    expect(view.sentenceView).toEqual({bead: PAIR, link: 0});
    // Tab goes round the pair's links.
    expect(selectedLink(run(view, deps, {type: 'select-in-pair', step: 1}))).toBe(1);
    expect(selectedLink(run(view, deps, {type: 'select-in-pair', step: -1}))).toBe(2);
    const merged = run(view, deps, {type: 'select-in-pair', step: 1}, {type: 'align', action: 'merge-next'});
    expect(shapes(merged)).toEqual(['1:1', '2:2']);
    expect(selectedLink(merged)).toBe(1);
    expect(merged.notice).toEqual({code: 'aligned'});
    expect(merged.history.present.beads.map(b => [b.source, b.target])).toEqual(pair.state.beads.map(b => [b.source, b.target]));
    const undone = run(merged, deps, {type: 'undo'});
    expect(shapes(undone)).toEqual(['1:1', '1:1', '1:1']);
    expect(undone.history.present.beads[PAIR]!.sentences).toBeUndefined();
    const redone = run(undone, deps, {type: 'redo'});
    expect(shapes(redone)).toEqual(['1:1', '2:2']);
    // A move, then a split of what the move made.
    const moved = run(view, deps, {type: 'move-paragraph', side: 'source', edge: 'last'});
    expect(shapes(moved)).toEqual(['0:1', '2:1', '1:1']);
    const split = run(moved, deps, {type: 'select-in-pair', step: 1}, {type: 'align', action: 'split'});
    expect(shapes(split)).toEqual(['0:1', '1:1', '1:0', '1:1']);
  });

  test('an undo that leaves fewer links keeps the selection on one of them; another pair starts on its first link', async () => {
    const pair = await samplePair();
    const deps = depsOf(pair);
    const start = initialReview(historyOf({...pair.state, cursor: {bead: PAIR, divergence: null}}));
    const split = run(start, deps, {type: 'sentence-view'}, {type: 'align', action: 'split'});
    // A 1-1 link cannot be split: nothing changes, and the user is told.
    expect(split.history).toBe(run(start, deps, {type: 'sentence-view'}).history);
    expect(split.notice).toEqual({code: 'unchanged'});
    const last = run(start, deps, {type: 'sentence-view'}, {type: 'select-in-pair', step: -1});
    expect(selectedLink(last)).toBe(2);
    const merged = run(last, deps, {type: 'select-in-pair', step: 1}, {type: 'align', action: 'merge-next'}, {type: 'align', action: 'merge-next'});
    expect(shapes(merged)).toEqual(['3:3']);
    expect(selectedLink({...merged, sentenceView: {bead: PAIR, link: 2}})).toBe(0);
    const next = run(merged, deps, {type: 'move-by', delta: 1});
    expect(next.sentenceView).not.toBeNull();
    expect(selectedLink(next)).toBe(0);
  });

  test('unlinking is for paragraphs: in the sentence view it says so and changes nothing; v again shows paragraphs', async () => {
    const pair = await samplePair();
    const deps = depsOf(pair);
    const view = run(initialReview(historyOf({...pair.state, cursor: {bead: PAIR, divergence: null}})), deps, {type: 'sentence-view'});
    const unlinked = run(view, deps, {type: 'unlink', side: 'target'});
    expect(unlinked.notice).toEqual({code: 'paragraphs-only'});
    expect(unlinked.history).toBe(view.history);
    const back = run(view, deps, {type: 'sentence-view'});
    expect(back.sentenceView).toBeNull();
    // Back in the paragraph view, m merges pairs again.
    const merged = run(back, deps, {type: 'align', action: 'merge-next'});
    expect(merged.history.present.beads).toHaveLength(pair.state.beads.length - 1);
  });
});

async function atPair13(h: Harness): Promise<void> {
  h.press(':');
  await h.waitForText('Go to pair');
  h.type('13');
  h.press(KEY.enter);
  await h.waitForText('pair 13 of');
}

/** The words of the pair's sentences, each of which must be on screen. */
function wordsOf(state: SessionState, bead: number): string[] {
  const b = state.beads[bead]!;
  const texts = [...b.source.map(i => state.source.paragraphs[i]!.text), ...b.target.map(i => state.target.paragraphs[i]!.text)];
  return texts.flatMap(t => t.split(/\s+/));
}

describe('the sentence view on screen', () => {
  test.each([50, 80, 150])('at %i columns: every word of the pair, nothing past the edge, the links with shape and confidence', async columns => {
    const pair = await samplePair();
    const h = renderReview(pair, {columns, rows: 60});
    open.push(h);
    await atPair13(h);
    h.press('v');
    const frame = plain(await h.waitForText('sentence link 1 of 3'));
    const rows = frame.split('\n');
    for (const row of rows) expect(displayWidth(row), row).toBeLessThanOrEqual(columns);
    // The words, with the row breaks of the wrapped columns taken out.
    const flat = rows.join(' ');
    for (const word of wordsOf(pair.state, PAIR)) expect(flat).toContain(word);
    const links = sentenceLinksOf(pair.state, PAIR);
    links.forEach((l, k) => {
      const percent = `${Math.round(l.confidence * 100)}%`;
      expect(frame).toMatch(new RegExp(`^${k === 0 ? '›' : ' '}${k + 1} 1:1 +${percent}`, 'm'));
    });
    // In the paragraph view the same pair is one 1:2 pair.
    h.press('v');
    const back = plain(await h.waitFor(f => !plain(f).includes('sentence link'), 'the paragraph view'));
    expect(back).toMatch(/^› ?13 1:2/m);
  });

  test('merge, undo and redo by keys; the user\'s link is marked ± in cyan', async () => {
    const pair = await samplePair();
    const h = renderReview(pair, {columns: 120, rows: 40});
    open.push(h);
    await atPair13(h);
    h.press('v');
    await h.waitForText('sentence link 1 of 3');
    h.press('m');
    const merged = await h.waitForText('sentence link 1 of 2');
    expect(plain(merged)).toMatch(/^›1 2:2 100%± /m);
    expect(plain(merged)).toContain('sentence links edited');
    for (const attrs of attributesOf(merged, '±')) expect(attrs).toContain('36');
    h.press('u');
    expect(plain(await h.waitForText('Undone.'))).toContain('sentence link 1 of 3');
    h.press('U');
    expect(plain(await h.waitForText('Redone.'))).toMatch(/^›1 2:2 100%± /m);
  });

  test('in Spanish', async () => {
    const pair = await samplePair();
    const h = renderReview(pair, {columns: 100, rows: 40, lang: 'es'});
    open.push(h);
    h.press(':');
    await h.waitForText('par');
    h.type('13');
    h.press(KEY.enter);
    await h.waitForText('par 13 de');
    h.press('v');
    const frame = plain(await h.waitForText('enlace de oraciones 1 de 3'));
    expect(frame).toContain('enlace siguiente');
  });
});
