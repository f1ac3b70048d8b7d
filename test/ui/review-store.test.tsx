import fs from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {beadDivergences, reduce} from '../../src/core/session.js';
import {lockPathFor} from '../../src/store/paths.js';
import {beadWithTarget, KEY, plain, renderReview, savedState, storedSample, type Harness} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

describe('saving while reviewing', () => {
  test('a fix is saved as it is made; q leaves at once and frees the lock', async () => {
    const s = await storedSample();
    const h = renderReview(s, {store: s.store});
    open.push(h);
    await h.waitForText('Saved');
    const bead = beadWithTarget(s.state, 'Poutinevisit');
    h.press(':');
    h.type(String(bead + 1));
    h.press(KEY.enter);
    await h.waitForText(`pair ${bead + 1} of`);
    const glued = beadDivergences(s.state, bead, s.ctx).findIndex(d => d.category === 'glued');
    for (let i = 0; i < glued; i++) h.press(KEY.tab);
    await h.waitFor(f => /^› glued “Poutinevisit”/m.test(plain(f)), 'the glued phrase selected');
    h.press('a');
    // The status line follows the store: saved again, with the time.
    await h.waitFor(f => /Saved \d/.test(plain(f)), 'the fix saved');
    const onDisk = savedState(s.sessionPath, s.source, s.target);
    const paragraph = s.state.beads[bead]!.target[0]!;
    expect(onDisk.target.paragraphs[paragraph]!.text).toContain('Vladimir Poutine visit China');
    expect(fs.existsSync(lockPathFor(s.sessionPath))).toBe(true);
    h.press('q');
    await h.exited;
    expect(fs.existsSync(lockPathFor(s.sessionPath))).toBe(false);
    expect(savedState(s.sessionPath, s.source, s.target).cursor.bead).toBe(bead);
  });

  test('when the work cannot be saved the status says so, and q asks before leaving', async () => {
    const s = await storedSample();
    // A folder where the session file should go: every write fails.
    fs.mkdirSync(s.sessionPath);
    const h = renderReview(s, {store: s.store});
    open.push(h);
    await h.waitForText('pair 1 of');
    h.press('c');
    await h.waitForText('Not saved:');
    h.press('q');
    await h.waitForText('Some changes are not saved');
    expect(plain(h.frame())).toContain('y yes · n no');
    h.press('n');
    await h.waitFor(f => !plain(f).includes('Quit anyway'), 'the question gone');
    let left = false;
    void h.exited.then(() => (left = true));
    h.press('q');
    await h.waitForText('Quit anyway');
    expect(left).toBe(false);
    h.press('y');
    await h.exited;
    s.release();
  });

  test('Ctrl-C leaves from the editor too, keeping what was saved', async () => {
    const s = await storedSample();
    const h = renderReview(s, {store: s.store});
    open.push(h);
    await h.waitForText('pair 1 of');
    h.press('c');
    await h.waitFor(f => /Saved \d/.test(plain(f)), 'the confirmation saved');
    h.press('i');
    await h.waitForText('Enter keep');
    h.press(KEY.ctrlC);
    await h.exited;
    const expected = reduce(s.state, {type: 'confirm', bead: 0});
    expect(savedState(s.sessionPath, s.source, s.target).beads).toEqual(expected.beads);
    expect(fs.existsSync(lockPathFor(s.sessionPath))).toBe(false);
  });
});
