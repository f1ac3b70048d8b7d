/**
 * The sentence view in the real program (see tmux.ts): `v` on pair 13 of the sample
 * shows its sentence links whole at 50, 80 and 150 columns; `m` merges two of them, `u` and
 * `U` undo and redo it; the link is saved in the session file, and both the export
 * dialog and `cotejo export --segments sentence` cut the pair as it was linked.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {plain} from '../ui/support/harness.js';
import {displayWidth} from '../../src/ui/layout/wrap.js';
import {CLI, sessionOf, setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

function units(tmx: string): number {
  return tmx.match(/<tu[ >]/g)?.length ?? 0;
}

/** `cotejo export … --format jsonl --segments sentence` in `dir`: the units of each pair. */
function sentenceUnits(dir: string): Map<string, {source: string; target: string}[]> {
  const run = spawnSync(process.execPath, [CLI, 'export', 'article.es.txt', 'article.en.txt', '--format', 'jsonl', '--segments', 'sentence'], {
    cwd: dir,
    encoding: 'utf8',
    env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C.UTF-8'},
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const byPair = new Map<string, {source: string; target: string}[]>();
  for (const line of run.stdout.trim().split('\n')) {
    const u = JSON.parse(line) as {bead: string; source: string; target: string};
    byPair.set(u.bead, [...(byPair.get(u.bead) ?? []), {source: u.source, target: u.target}]);
  }
  return byPair;
}

/** The words of pair 13's texts (one source paragraph, two target paragraphs). */
function pairWords(dir: string): string[] {
  const lines = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim());
  return [lines('article.es.txt')[12]!, lines('article.en.txt')[12]!, lines('article.en.txt')[13]!].flatMap(t => t.trim().split(/\s+/));
}

describe('the sentence view', () => {
  setUpTmux(tmux);

  /** Starts the program in `dir` at `columns`, goes to pair 13 and opens its sentence view. */
  async function sentenceView(name: string, dir: string, columns: number): Promise<string> {
    tmux.start(name, dir, ['article.es.txt', 'article.en.txt'], {columns, rows: 45});
    await tmux.waitFor(name, s => /pair 3 of/.test(plain(s).replace(/\s+/g, ' ')), 'the reviewer');
    tmux.keys(name, ':');
    await tmux.waitFor(name, s => plain(s).includes('Go to pair'), 'the go-to prompt');
    tmux.keys(name, '-l', '13');
    tmux.keys(name, 'Enter');
    await tmux.waitFor(name, s => /pair 13 of/.test(plain(s)), 'pair 13');
    tmux.keys(name, 'v');
    return plain(await tmux.waitFor(name, s => plain(s).includes('sentence link 1 of 3'), `the sentence view at ${columns} columns`));
  }

  test.each([50, 80])('at %i columns the sentence view shows every word of the pair, nothing past the edge', async columns => {
    const dir = tmux.sampleDir();
    const name = `narrow-${columns}`;
    const screen = await sentenceView(name, dir, columns);
    const rows = screen.split('\n');
    for (const row of rows) expect(displayWidth(row), row).toBeLessThanOrEqual(columns);
    expect(displayWidth(rows.find(r => r.startsWith('─'))!.trimEnd())).toBe(columns);
    // Three 1:1 links with their confidences, the first selected.
    expect(screen).toMatch(/^›1 1:1 +\d+% /m);
    expect(screen).toMatch(/^ 2 1:1 +\d+% /m);
    expect(screen).toMatch(/^ 3 1:1 +\d+% /m);
    const flat = rows.join(' ');
    for (const word of pairWords(dir)) expect(flat, `"${word}" at ${columns} columns`).toContain(word);
    tmux.keys(name, 'q');
    await tmux.waitFor(name, s => s.includes('EXITED 0'), 'the program to end');
  }, 60_000);

  test('at 150 columns: shown whole; a merge, undone and redone, saved, and used by sentence-level exports', async () => {
    const dir = tmux.sampleDir();
    const fresh = tmux.sampleDir();
    const before = sentenceUnits(fresh);
    expect(before.get('13')).toHaveLength(3);
    const name = 'sentences';
    const first = await sentenceView(name, dir, 150);
    expect(first).toMatch(/^›1 1:1 +\d+% /m);
    expect(first).toMatch(/^ 3 1:1 +\d+% /m);
    const flat = first.split('\n').join(' ');
    for (const word of pairWords(dir)) expect(flat).toContain(word);
    tmux.keys(name, 'm');
    let screen = plain(await tmux.waitFor(name, s => plain(s).includes('sentence link 1 of 2'), 'the merge'));
    expect(screen).toMatch(/^›1 2:2 100%± /m);
    expect(screen).toContain('sentence links edited');
    tmux.keys(name, 'u');
    screen = plain(await tmux.waitFor(name, s => plain(s).includes('Undone.'), 'the undo'));
    expect(screen).toContain('sentence link 1 of 3');
    expect(screen).not.toContain('±');
    tmux.keys(name, 'U');
    screen = plain(await tmux.waitFor(name, s => plain(s).includes('Redone.'), 'the redo'));
    expect(screen).toMatch(/^›1 2:2 100%± /m);
    // The export dialog, a sentence per segment: one unit fewer than the aligner's links give.
    tmux.keys(name, 'e');
    await tmux.waitFor(name, s => /^to: article.en.tmx/m.test(plain(s)), 'the export dialog');
    tmux.keys(name, 'C-t');
    await tmux.waitFor(name, s => plain(s).includes('a sentence per segment'), 'sentences chosen');
    tmux.keys(name, 'Enter');
    await tmux.waitFor(name, s => plain(s).includes('Written: '), 'the export');
    const total = [...before.values()].reduce((n, list) => n + list.length, 0);
    expect(units(fs.readFileSync(path.join(dir, 'article.en.tmx'), 'utf8'))).toBe(total - 1);
    tmux.keys(name, 'q');
    await tmux.waitFor(name, s => s.includes('EXITED 0'), 'the program to end');

    // Saved: version 2, with the pair's links as the user left them.
    const saved = sessionOf(dir) as unknown as {version: number; alignment: {sentences?: unknown}[]};
    expect(saved.version).toBe(2);
    expect(saved.alignment[12]!.sentences).toEqual([
      {source: [0, 1], target: [0, 1], confidence: 1, status: 'edited'},
      expect.objectContaining({source: [2], target: [2], status: 'automatic'}),
    ]);
    expect(saved.alignment.filter(b => b.sentences !== undefined)).toHaveLength(1);
    // The command line on the saved session: pair 13 as linked, every other pair as the aligner links it.
    const after = sentenceUnits(dir);
    const was = before.get('13')!;
    expect(after.get('13')).toEqual([
      // The two sentences stand in one paragraph on each side: one unit holds them with the space between.
      {source: `${was[0]!.source} ${was[1]!.source}`, target: `${was[0]!.target} ${was[1]!.target}`},
      was[2],
    ]);
    for (const [pair, list] of before) if (pair !== '13') expect(after.get(pair)).toEqual(list);
  }, 120_000);
});
