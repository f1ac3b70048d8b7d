import fs from 'node:fs';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {beadDivergences, reduce} from '../../src/core/session.js';
import {openingOf} from '../../src/commands/open.js';
import {lockPathFor} from '../../src/store/paths.js';
import {beadWithTarget, type Harness, KEY, plain, removeSampleCopies, renderReview, savedState, storedSample} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

afterAll(removeSampleCopies);

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
    const glued = beadDivergences(s.state, bead, s.ctx).findIndex(d => d.category === 'glued' && d.params['token'] === 'Jinpingin');
    for (let i = 0; i < glued; i++) h.press(KEY.tab);
    await h.waitFor(f => /^› glued words "Jinpingin"/m.test(plain(f)), 'the glued phrase selected');
    h.press('a');
    // The status line follows the store: saved again, with the time.
    await h.waitFor(f => /Saved \d/.test(plain(f)), 'the fix saved');
    const onDisk = savedState(s.sessionPath, s.source, s.target);
    const paragraph = s.state.beads[bead]!.target[0]!;
    expect(onDisk.target.paragraphs[paragraph]!.text).toContain('Xi Jinping in a bid');
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

  test('when the documents changed since the save, the carry-over report comes first, then the notice', async () => {
    const first = await storedSample();
    const h1 = renderReview(first, {store: first.store});
    open.push(h1);
    await h1.waitForText('pair 1 of');
    h1.press('c');
    await h1.waitFor(f => /Saved \d/.test(plain(f)), 'the first session saved');
    h1.press('q');
    await h1.exited;
    // The translator's colleague edits the translation's first line meanwhile.
    const lines = fs.readFileSync(`${first.dir}/article.en.txt`, 'utf8').split('\n');
    lines[0] = 'Politics and economy';
    fs.writeFileSync(`${first.dir}/article.en.txt`, lines.join('\n'));
    const again = await storedSample(first.ctx, first.dir);
    expect(again.opened.carryOver).not.toBeNull();
    const h2 = renderReview(again, {store: again.store, opening: i18n => openingOf(again.opened, i18n)});
    open.push(h2);
    const report = await h2.waitForText('Esc goes on to the document');
    expect(plain(report)).not.toContain('pair 1 of');
    h2.press(KEY.escape);
    const frame = await h2.waitForText('pair 1 of');
    expect(plain(frame)).toContain('The documents changed since the last save');
    expect(plain(frame)).toContain('Politics and economy');
    h2.press('q');
    await h2.exited;
  });
});
