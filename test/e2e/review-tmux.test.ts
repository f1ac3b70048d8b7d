/**
 * The real program in a real terminal: `node dist/src/cli.js` in tmux on a copy of
 * the sample, driven with send-keys and read with capture-pane (escape codes kept).
 * `npm test` builds first; a stale build is rebuilt here.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {attributesOf, plain, ROOT, waitUntil} from '../ui/support/harness.js';

const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('test/e2e/review-tmux.test.ts skipped: tmux is not installed');

// A server of our own, so that no other tmux session is touched.
const SOCKET = `cotejo-e2e-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'});
}

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, {withFileTypes: true}).reduce((m, e) => {
    const full = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** Starts the program in a new 120×40 window; the shell says how it ended. */
function start(name: string, dir: string, args: string[]): void {
  const command = `env -u CI LANG=C.UTF-8 TERM=xterm-256color node ${CLI} ${args.join(' ')}; echo "EXITED $?"; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', dir, command);
}

function screen(name: string, escapes = false): string {
  return tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name);
}

function keys(name: string, ...k: string[]): void {
  tmux('send-keys', '-t', name, ...k);
}

function waitForScreen(name: string, test: (s: string) => boolean, what: string, escapes = false): Promise<string> {
  return waitUntil(() => screen(name, escapes), test, what, 30_000);
}

const dirs: string[] = [];

function sampleDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-e2e-'));
  dirs.push(dir);
  for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(ROOT, 'fixtures', f), path.join(dir, f));
  return dir;
}

describe.skipIf(!hasTmux)('the reviewer in a terminal', () => {
  beforeAll(() => {
    if (!fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < newestMtime(path.join(ROOT, 'src'))) {
      execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'ignore'});
    }
  }, 120_000);

  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
  });

  test('find "Muskconsidered", see it highlighted, apply the fix, quit, and find it saved', async () => {
    const dir = sampleDir();
    start('musk', dir, ['article.es.txt', 'article.en.txt']);
    await waitForScreen('musk', s => s.includes('pair 1 of'), 'the reviewer');
    keys('musk', 'j');
    await waitForScreen('musk', s => s.includes('pair 2 of'), 'the first key');
    keys('musk', '/');
    await waitForScreen('musk', s => s.includes('Search:'), 'the search prompt');
    keys('musk', '-l', 'Muskconsidered');
    keys('musk', 'Enter');
    await waitForScreen('musk', s => /^› ?\d+ /m.test(s) && s.includes('Muskconsidered') && !s.includes('Search:'), 'the pair found');
    // Select the phrase in the pair's list: a name lost in a glued token.
    for (let i = 0; i < 10 && !/^› name “Muskconsidered”/m.test(screen('musk')); i++) {
      keys('musk', 'Tab');
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    const coloured = await waitForScreen('musk', s => /^› name “Muskconsidered”/m.test(plain(s)), 'the phrase selected', true);
    // In the text: reversed, underlined, cyan — the terminal's own record of each cell.
    for (const attrs of attributesOf(coloured, 'Muskconsidered')) expect(attrs).toEqual(['36', '4', '7']);
    keys('musk', 'a');
    const fixed = await waitForScreen('musk', s => s.includes('Suggestion applied.'), 'the fix');
    expect(fixed).toContain('Moscow considered');
    keys('musk', 'q');
    const after = await waitForScreen('musk', s => s.includes('EXITED'), 'the program to end');
    expect(after).toContain('EXITED 0');
    // Back on the normal screen: nothing of the reviewer is left.
    expect(after).not.toContain('pair ');
    const session = JSON.parse(fs.readFileSync(path.join(dir, 'article.en.txt.cotejo.json'), 'utf8')) as {
      corrections: {paragraph: number; corrected: string}[];
    };
    expect(session.corrections.some(c => c.corrected.includes('Moscow considered by Chinese decision-makers'))).toBe(true);
  }, 90_000);

  test('Ctrl-C leaves at once and gives the terminal back', async () => {
    const dir = sampleDir();
    start('ctrlc', dir, ['article.es.txt', 'article.en.txt']);
    await waitForScreen('ctrlc', s => s.includes('pair 1 of'), 'the reviewer');
    // A key that moves proves the program reads the keyboard (raw mode) before Ctrl-C.
    keys('ctrlc', 'j');
    await waitForScreen('ctrlc', s => s.includes('pair 2 of'), 'the first key');
    keys('ctrlc', 'C-c');
    const after = await waitForScreen('ctrlc', s => s.includes('EXITED'), 'the program to end');
    expect(after).toContain('EXITED 0');
    expect(after).not.toContain('pair ');
  }, 60_000);
});
