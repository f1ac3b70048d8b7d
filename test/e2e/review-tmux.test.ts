/**
 * The real program in a real terminal (see tmux.ts): finding and fixing a phrase,
 * pasting text, and leaving with Ctrl-C.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {attributesOf, plain} from '../ui/support/harness.js';
import {sessionOf, setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

describe('the reviewer in a terminal', () => {
  setUpTmux(tmux);

  test('find "Muskconsidered", see it highlighted, apply the fix, quit, and find it saved', async () => {
    const dir = tmux.sampleDir();
    tmux.start('musk', dir, ['article.es.txt', 'article.en.txt']);
    await tmux.waitForReviewer('musk');
    tmux.keys('musk', '/');
    await tmux.waitFor('musk', s => s.includes('Search:'), 'the search prompt');
    tmux.keys('musk', '-l', 'Muskconsidered');
    tmux.keys('musk', 'Enter');
    await tmux.waitFor('musk', s => /^› ?\d+ /m.test(s) && s.includes('Muskconsidered') && !s.includes('Search:'), 'the pair found');
    // Select the phrase in the pair's list: a name lost in a glued token.
    for (let i = 0; i < 10 && !/^› name "Muskconsidered"/m.test(tmux.screen('musk')); i++) {
      tmux.keys('musk', 'Tab');
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    const coloured = await tmux.waitFor('musk', s => /^› name "Muskconsidered"/m.test(plain(s)), 'the phrase selected', true);
    // In the text: reversed, underlined, cyan — the terminal's own record of each cell —
    // and, being the search's match too, bold on yellow.
    for (const attrs of attributesOf(coloured, 'Muskconsidered')) expect(attrs).toEqual(['1', '36', '4', '43', '7']);
    tmux.keys('musk', 'a');
    const fixed = await tmux.waitFor('musk', s => s.includes('Suggestion applied.'), 'the fix');
    // The corrected pair has ✎ in its gutter; the saved text is checked below.
    expect(plain(fixed)).toMatch(/^› ?\d+ 1:1 ✎/m);
    tmux.keys('musk', 'q');
    const after = await tmux.waitFor('musk', s => s.includes('EXITED'), 'the program to end');
    expect(after).toContain('EXITED 0');
    // Back on the normal screen: nothing of the reviewer is left.
    expect(after).not.toContain('pair ');
    expect(sessionOf(dir).corrections.some(c => c.corrected.includes('Moscow considered by Chinese decision-makers'))).toBe(true);
  }, 90_000);

  test('a paste with newlines lands in the editor as text; outside the editor it is ignored with a note', async () => {
    const dir = tmux.sampleDir();
    tmux.start('paste', dir, ['article.es.txt', 'article.en.txt']);
    const first = plain(await tmux.waitForReviewer('paste'));
    const position = /pair \d+ of \d+/.exec(first)![0];
    // Every letter of it is a command key in the document view: q quits, m merges, e exports.
    tmux.paste('paste', 'qmxe\nabc');
    const ignored = plain(await tmux.waitFor('paste', s => s.includes('this paste was ignored'), 'the note'));
    expect(ignored).toContain(position);
    expect(ignored).not.toContain('Export as');
    tmux.keys('paste', 'i');
    await tmux.waitFor('paste', s => s.includes('Enter keep'), 'the editor');
    tmux.keys('paste', 'Home');
    tmux.paste('paste', 'Pasted line one\nline two q\n');
    // The pasted text and the editor's hints, on one finished screen.
    const editing = plain(await tmux.waitFor('paste', s => s.includes('line two q') && s.includes('Enter keep'), 'the pasted text in the editor'));
    // Still in the editor: the newline was not Enter.
    expect(editing).toContain('Enter keep');
    expect(editing).toMatch(/Pasted line one line two q/);
    tmux.keys('paste', 'Enter');
    await tmux.waitFor('paste', s => s.includes('Translation edited.'), 'the edit kept');
    tmux.keys('paste', 'q');
    await tmux.waitFor('paste', s => s.includes('EXITED 0'), 'the program to end');
    const corrections = sessionOf(dir).corrections;
    expect(corrections).toHaveLength(1);
    expect(corrections[0]!.corrected.startsWith('Pasted line one line two q ')).toBe(true);
    expect(fs.existsSync(path.join(dir, 'article.en.tmx'))).toBe(false);
  }, 90_000);

  test('opens on the first pair with an open divergence; the neighbours keep their marks, dimmed', async () => {
    const dir = tmux.sampleDir();
    tmux.start('marks', dir, ['article.es.txt', 'article.en.txt']);
    // The first two pairs have nothing open: the reviewer opens on the third, its first divergence selected.
    const coloured = await tmux.waitFor('marks', s => plain(s).includes('pair 3 of') && /^› glued/m.test(plain(s)), 'the first open divergence', true);
    for (const attrs of attributesOf(coloured, 'Poutinevisit')) expect(attrs).toEqual(['35', '4', '7']);
    // Pair 5's glued words stand below: underlined in their colour and dimmed, not reversed.
    // (The screen is read as it is being drawn: the phrase may not be on it at every look.)
    const below = await tmux.waitFor('marks', s => plain(s).includes('FridayAs') && attributesOf(s, 'FridayAs').every(a => a.includes('4')), 'the neighbour marked', true);
    for (const attrs of attributesOf(below, 'FridayAs')) expect(attrs).toEqual(['2', '35', '4']);
    // Moving on keeps every divergence in sight marked: pair 3's are now the dimmed neighbours.
    tmux.keys('marks', 'j');
    const next = await tmux.waitFor('marks', s => plain(s).includes('pair 4 of'), 'the next pair', true);
    for (const attrs of attributesOf(next, 'Poutinevisit')) expect(attrs).toEqual(['2', '35', '4']);
    tmux.keys('marks', 'q');
    await tmux.waitFor('marks', s => s.includes('EXITED 0'), 'the program to end');
  }, 60_000);

  test('the gutter shows each pair\'s link, doubt, confirmation, correction and open count; keys find doubtful and unconfirmed pairs; : takes paragraph numbers', async () => {
    const dir = tmux.sampleDir();
    tmux.start('gutter', dir, ['article.es.txt', 'article.en.txt']);
    let screen = plain(await tmux.waitFor('gutter', s => plain(s).includes('pair 3 of') && /^› 3 1:1 {3}3 /m.test(plain(s)), 'pair 3 with its three open divergences'));
    // The first pair is the aligner's doubtful one, with nothing open; the second has nothing open either.
    expect(screen).toMatch(/^ {2}1 1:1\? {4}Política/m);
    tmux.keys('gutter', '<');
    await tmux.waitFor('gutter', s => plain(s).includes('pair 1 of'), 'the doubtful pair');
    tmux.keys('gutter', 'c');
    screen = plain(await tmux.waitFor('gutter', s => plain(s).includes('Pair confirmed.'), 'the confirmation'));
    expect(screen).toMatch(/^› 1 1:1✓ {4}Política/m);
    tmux.keys('gutter', '>');
    await tmux.waitFor('gutter', s => plain(s).includes('No pair the aligner doubts.'), 'no doubtful pair left');
    tmux.keys('gutter', '.');
    await tmux.waitFor('gutter', s => plain(s).includes('pair 2 of'), 'the next unconfirmed pair');
    // A target paragraph number: the 14th target paragraph is the second of pair 13 (1:2).
    tmux.keys('gutter', ':');
    await tmux.waitFor('gutter', s => plain(s).includes('paragraph (s12, t14)'), 'the go-to prompt');
    tmux.keys('gutter', '-l', 't14');
    tmux.keys('gutter', 'Enter');
    screen = plain(await tmux.waitFor('gutter', s => plain(s).includes('pair 13 of'), 'the pair of target paragraph 14'));
    expect(screen).toMatch(/^› ?13 1:2/m);
    tmux.keys('gutter', ':');
    await tmux.waitFor('gutter', s => plain(s).includes('paragraph (s12, t14)'), 'the go-to prompt');
    tmux.keys('gutter', '-l', 's3');
    tmux.keys('gutter', 'Enter');
    await tmux.waitFor('gutter', s => plain(s).includes('pair 3 of'), 'the pair of source paragraph 3');
    tmux.keys('gutter', 'Tab', 'Tab');
    await tmux.waitFor('gutter', s => /^› glued words "Jinpingin"/m.test(plain(s)), 'the glued phrase selected');
    tmux.keys('gutter', 'a');
    screen = plain(await tmux.waitFor('gutter', s => plain(s).includes('Suggestion applied.'), 'the fix'));
    expect(screen).toMatch(/^› 3 1:1 ✎/m);
    tmux.keys('gutter', 'q');
    await tmux.waitFor('gutter', s => s.includes('EXITED 0'), 'the program to end');
  }, 90_000);

  test('search highlights its matches in the pair and says which of how many', async () => {
    const dir = tmux.sampleDir();
    tmux.start('search', dir, ['article.es.txt', 'article.en.txt'], {columns: 100, rows: 30});
    await tmux.waitFor('search', s => plain(s).includes('pair 3 of'), 'pair 3');
    const paragraphs = (f: string): string[] => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim());
    const count = (lines: string[]): number => lines.join('\n').match(/putin/gi)?.length ?? 0;
    const es = paragraphs('article.es.txt');
    const en = paragraphs('article.en.txt');
    // The first pairs are one paragraph each: the next match after pair 3 is in pair 4.
    const before = count(es.slice(0, 3)) + count(en.slice(0, 3));
    const total = count(es) + count(en);
    tmux.keys('search', '/');
    await tmux.waitFor('search', s => s.includes('Search:'), 'the prompt');
    tmux.keys('search', '-l', 'putin');
    tmux.keys('search', 'Enter');
    const found = await tmux.waitFor('search', s => plain(s).includes(`${before + 1} of ${total}: putin`), 'the count', true);
    expect(plain(found)).toContain('pair 4 of');
    // "Putin" in the current pair: bold on yellow.
    const row = plain(found).split('\n').find(r => r.startsWith('› 4'))!;
    expect(row).toContain('Putin');
    for (const attrs of attributesOf(found.split('\n').find(r => plain(r).startsWith('› 4'))!, 'Putin')) expect(attrs).toEqual(expect.arrayContaining(['1', '43']));
    tmux.keys('search', 'q');
    await tmux.waitFor('search', s => s.includes('EXITED 0'), 'the program to end');
  }, 60_000);

  test('Ctrl-C leaves at once and gives the terminal back', async () => {
    const dir = tmux.sampleDir();
    tmux.start('ctrlc', dir, ['article.es.txt', 'article.en.txt']);
    const first = plain(await tmux.waitForReviewer('ctrlc'));
    const at = Number(/pair (\d+) of/.exec(first)![1]);
    // A key that moves proves the program reads the keyboard (raw mode) before Ctrl-C.
    tmux.keys('ctrlc', 'j');
    await tmux.waitFor('ctrlc', s => s.includes(`pair ${at + 1} of`), 'the first key');
    tmux.keys('ctrlc', 'C-c');
    const after = await tmux.waitFor('ctrlc', s => s.includes('EXITED'), 'the program to end');
    expect(after).toContain('EXITED 0');
    expect(after).not.toContain('pair ');
  }, 60_000);
});
