/**
 * The reviewer's questions and small promises, in the real program: Ctrl-C with an
 * open edit asks; --read-only says nothing is saved and asks on q; undo and redo show
 * the change; `d` keeps a reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {plain} from '../ui/support/harness.js';
import {sessionOf, setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

describe('questions before anything is lost', () => {
  setUpTmux(tmux);

  test('Ctrl-C in the editor asks: Esc goes on editing, y keeps the edit and quits', async () => {
    const dir = tmux.sampleDir();
    tmux.start('edit', dir, ['article.es.txt', 'article.en.txt']);
    await tmux.waitFor('edit', s => plain(s).includes('pair 3 of'), 'pair 3');
    tmux.keys('edit', 'i');
    await tmux.waitFor('edit', s => s.includes('Enter keep'), 'the editor');
    tmux.keys('edit', 'Home');
    tmux.keys('edit', '-l', 'Kept ');
    tmux.keys('edit', 'C-c');
    await tmux.waitFor('edit', s => s.includes('The paragraph you are editing has changes.') && s.includes('Esc go on editing'), 'the question');
    tmux.keys('edit', 'Escape');
    await tmux.waitFor('edit', s => s.includes('Enter keep'), 'back in the editor');
    tmux.keys('edit', 'C-c');
    await tmux.waitFor('edit', s => s.includes('y keep it and quit'), 'the question again');
    tmux.keys('edit', 'y');
    await tmux.waitFor('edit', s => s.includes('EXITED 0'), 'the program to end');
    expect(sessionOf(dir).corrections.map(c => c.corrected)).toEqual([expect.stringMatching(/^Kept The Russian President/)]);
  }, 60_000);

  test('--read-only says changes are not saved, and q after a change asks', async () => {
    const dir = tmux.sampleDir();
    tmux.start('ro', dir, ['--read-only', 'article.es.txt', 'article.en.txt']);
    await tmux.waitFor('ro', s => plain(s).includes('pair 3 of') && plain(s).includes('read-only: changes will not be saved'), 'the read-only status');
    tmux.keys('ro', 'c');
    await tmux.waitFor('ro', s => s.includes('Pair confirmed.'), 'a change');
    tmux.keys('ro', 'q');
    await tmux.waitFor('ro', s => s.includes('Read-only: your changes will not be saved. Quit anyway?'), 'the question');
    tmux.keys('ro', 'n');
    await tmux.waitFor('ro', s => !s.includes('Quit anyway?') && plain(s).includes('pair 3 of'), 'back to the review');
    tmux.keys('ro', 'q');
    await tmux.waitFor('ro', s => s.includes('Quit anyway?'), 'the question again');
    tmux.keys('ro', 'y');
    await tmux.waitFor('ro', s => s.includes('EXITED 0'), 'the program to end');
    expect(fs.existsSync(path.join(dir, 'article.en.txt.cotejo.json'))).toBe(false);
  }, 60_000);

  test('undo and redo go to the change; d keeps a reason in the session', async () => {
    const dir = tmux.sampleDir();
    tmux.start('redo', dir, ['article.es.txt', 'article.en.txt']);
    await tmux.waitFor('redo', s => plain(s).includes('pair 3 of'), 'pair 3');
    // The pair's third divergence, whose suggestion is offered.
    tmux.keys('redo', 'Tab', 'Tab');
    await tmux.waitFor('redo', s => /^› glued words "Jinpingin"/m.test(plain(s)), 'the glued phrase selected');
    tmux.keys('redo', 'a');
    await tmux.waitFor('redo', s => s.includes('Suggestion applied.'), 'the fix');
    tmux.keys('redo', 'j', 'j', 'j');
    await tmux.waitFor('redo', s => plain(s).includes('pair 6 of'), 'pair 6');
    tmux.keys('redo', 'u');
    await tmux.waitFor('redo', s => plain(s).includes('Undone.') && plain(s).includes('pair 3 of'), 'the undone fix in view');
    tmux.keys('redo', 'j', 'j', 'j', 'j');
    await tmux.waitFor('redo', s => plain(s).includes('pair 7 of'), 'pair 7');
    tmux.keys('redo', 'U');
    const redone = plain(await tmux.waitFor('redo', s => plain(s).includes('Redone.') && plain(s).includes('pair 3 of'), 'the redone fix in view'));
    expect(redone).toMatch(/^› 3 1:1 ✎/m);
    tmux.keys('redo', 'd');
    await tmux.waitFor('redo', s => s.includes('Why does the translation stand?'), 'the reason prompt');
    tmux.keys('redo', '-l', 'house style');
    tmux.keys('redo', 'Enter');
    await tmux.waitFor('redo', s => plain(s).includes('(dismissed: house style)'), 'the reason shown');
    tmux.keys('redo', 'q');
    await tmux.waitFor('redo', s => s.includes('EXITED 0'), 'the program to end');
    const resolutions = JSON.stringify(sessionOf(dir));
    expect(resolutions).toContain('"reason":"house style"');
  }, 60_000);

  test('in a pair of two target paragraphs, Tab in the editor keeps the edit and goes on with the other', async () => {
    const dir = tmux.sampleDir();
    tmux.start('two', dir, ['article.es.txt', 'article.en.txt']);
    await tmux.waitFor('two', s => plain(s).includes('pair 3 of'), 'pair 3');
    tmux.keys('two', ':');
    await tmux.waitFor('two', s => s.includes('Go to pair'), 'the go-to prompt');
    tmux.keys('two', '-l', 't14');
    tmux.keys('two', 'Enter');
    await tmux.waitFor('two', s => plain(s).includes('pair 13 of'), 'the 1:2 pair');
    tmux.keys('two', 'i');
    await tmux.waitFor('two', s => s.includes('next paragraph of the pair'), 'the editor');
    tmux.keys('two', 'Home');
    tmux.keys('two', '-l', 'First ');
    tmux.keys('two', 'Tab');
    await tmux.waitFor('two', s => plain(s).includes('First '), 'the first edit kept');
    tmux.keys('two', 'Home');
    tmux.keys('two', '-l', 'Second ');
    tmux.keys('two', 'Up');
    tmux.keys('two', 'End');
    tmux.keys('two', '-l', ' Again.');
    tmux.keys('two', 'Enter');
    await tmux.waitFor('two', s => plain(s).includes('Translation edited.'), 'the edit kept');
    tmux.keys('two', 'q');
    await tmux.waitFor('two', s => s.includes('EXITED 0'), 'the program to end');
    const corrections = sessionOf(dir).corrections;
    expect(corrections.map(c => c.paragraph)).toEqual([12, 13]);
    expect(corrections[0]!.corrected).toMatch(/^First .* Again\.$/);
    expect(corrections[1]!.corrected).toMatch(/^Second /);
  }, 60_000);
});
