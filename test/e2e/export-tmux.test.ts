/**
 * The export dialog in the real program: it remembers the last folder, the extension
 * follows the format unless one was typed, paragraphs or sentences per segment, a
 * question before a file is replaced, and errors in the reviewer's words.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {plain} from '../ui/support/harness.js';
import {setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

function units(tmx: string): number {
  return tmx.match(/<tu[ >]/g)?.length ?? 0;
}

describe('the export dialog', () => {
  setUpTmux(tmux);

  test('folder remembered, extension following the format, sentences, a question before replacing, errors in plain words', async () => {
    const dir = tmux.sampleDir();
    fs.mkdirSync(path.join(dir, 'out'));
    const name = 'export';
    tmux.start(name, dir, ['article.es.txt', 'article.en.txt'], {columns: 150, rows: 45});
    await tmux.waitFor(name, s => plain(s).includes('pair 3 of'), 'the reviewer');
    const retype = async (text: string): Promise<void> => {
      tmux.keys(name, 'End');
      tmux.keys(name, '-N', '200', 'BSpace');
      await tmux.waitFor(name, s => /^to:\s*$/m.test(plain(s)), 'the path cleared');
      tmux.keys(name, '-l', text);
    };
    tmux.keys(name, 'e');
    await tmux.waitFor(name, s => /^to: article.en.tmx/m.test(plain(s)), 'the dialog beside the target');
    await retype(path.join(dir, 'out', 'article.en.tmx'));
    tmux.keys(name, 'Enter');
    await tmux.waitFor(name, s => plain(s).includes('Written: '), 'the first export');
    const paragraphs = units(fs.readFileSync(path.join(dir, 'out', 'article.en.tmx'), 'utf8'));
    expect(paragraphs).toBe(19);
    // The next export starts in the same folder; Ctrl-T asks for a sentence per segment.
    tmux.keys(name, 'e');
    await tmux.waitFor(name, s => plain(s).includes(`to: ${path.join(dir, 'out', 'article.en.tmx')}`), 'the folder remembered');
    tmux.keys(name, 'C-t');
    await tmux.waitFor(name, s => plain(s).includes('a sentence per segment'), 'sentences chosen');
    tmux.keys(name, 'Enter');
    await tmux.waitFor(name, s => plain(s).includes('article.en.tmx exists. Write over it?'), 'the question');
    tmux.keys(name, 'n');
    await tmux.waitFor(name, s => plain(s).includes('a sentence per segment') && !plain(s).includes('Write over it?'), 'back in the dialog');
    tmux.keys(name, 'Enter');
    await tmux.waitFor(name, s => plain(s).includes('Write over it?'), 'the question again');
    tmux.keys(name, 'y');
    await tmux.waitFor(name, s => plain(s).includes('Written: '), 'the sentence export');
    expect(units(fs.readFileSync(path.join(dir, 'out', 'article.en.tmx'), 'utf8'))).toBeGreaterThan(paragraphs);
    // The extension follows the format, unless one was typed.
    tmux.keys(name, 'e');
    await tmux.waitFor(name, s => plain(s).includes('Export as'), 'the dialog');
    tmux.keys(name, 'Tab');
    await tmux.waitFor(name, s => plain(s).includes(`to: ${path.join(dir, 'out', 'article.en.xlf')}`), 'the extension following the format');
    await retype(path.join(dir, 'out', 'mine.txt'));
    tmux.keys(name, 'Tab');
    await tmux.waitFor(name, s => /Export as tmx xliff xliff2 tsv/.test(plain(s)) && plain(s).includes('mine.txt'), 'the typed name kept');
    // A folder that does not exist is said so, without a system code.
    await retype(path.join(dir, 'missing', 'x.tsv'));
    tmux.keys(name, 'Enter');
    const failed = plain(await tmux.waitFor(name, s => plain(s).includes('does not exist'), 'the error'));
    expect(failed).toContain(`Cannot write x.tsv: the folder ${path.join(dir, 'missing')} does not exist.`);
    expect(failed).not.toMatch(/ENOENT|--output/);
    tmux.keys(name, 'q');
    await tmux.waitFor(name, s => s.includes('EXITED 0'), 'the program to end');
  }, 90_000);
});
