/**
 * The real program in a real terminal: `node dist/bin/cli.js` in tmux on a copy of
 * the sample, driven with send-keys and paste-buffer and read with capture-pane.
 * Each test file runs its own tmux server, so no other tmux session is touched.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import {plain, ROOT, waitUntil} from '../ui/support/harness.js';

/** The built command line. */
export const CLI = path.join(ROOT, 'dist', 'bin', 'cli.js');

/**
 * What every end-to-end suite needs around its tests (call inside its describe): tmux
 * there and the program built before, the suite's tmux server closed after. `more`
 * runs after those, before the first test.
 */
export function setUpTmux(tmux: Tmux, more?: () => void): void {
  beforeAll(() => {
    requireTmux();
    ensureBuilt();
    more?.();
  }, 120_000);
  afterAll(() => tmux.close());
}

/** Fails with what to install when tmux is missing: these tests never skip quietly. */
export function requireTmux(): void {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is needed for the end-to-end tests: install it (apt-get install tmux, brew install tmux)');
}

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, {withFileTypes: true}).reduce((m, e) => {
    const full = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** Builds the program when dist/ is older than src/ or translations/. */
export function ensureBuilt(): void {
  const newest = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'translations')));
  if (!fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < newest) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'ignore'});
}

/** A tmux server of one test file. */
export class Tmux {
  private readonly socket = `cotejo-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly dirs: string[] = [];

  private run(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
  }

  /** Starts the program in a new window of `columns` × `rows`; the shell says how it ended. */
  start(name: string, dir: string, args: readonly string[], size: {columns: number; rows: number} = {columns: 120, rows: 40}): void {
    const command = `env -u CI LANG=C.UTF-8 TERM=xterm-256color node ${CLI} ${args.join(' ')}; echo "EXITED $?"; sleep 600`;
    this.run('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', dir, command);
  }

  /** The window's text (with its escape sequences when asked). */
  screen(name: string, escapes = false): string {
    return this.run('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name);
  }

  /** Sends keys as tmux names them (`-l` first sends the rest as literal text). */
  keys(name: string, ...k: string[]): void {
    this.run('send-keys', '-t', name, ...k);
  }

  /** Pastes text as a terminal does: bracketed when the program asked for it. */
  paste(name: string, text: string): void {
    this.run('set-buffer', '-b', 'cotejo', text);
    this.run('paste-buffer', '-p', '-d', '-b', 'cotejo', '-t', name);
  }

  /** Makes the window `columns` × `rows`. */
  resize(name: string, columns: number, rows: number): void {
    this.run('resize-window', '-t', name, '-x', String(columns), '-y', String(rows));
  }

  /** Waits until the window's plain text (or, with `escapes`, its text with escapes) passes `test`. */
  waitFor(name: string, test: (s: string) => boolean, what: string, escapes = false): Promise<string> {
    return waitUntil(() => this.screen(name, escapes), test, what, 30_000);
  }

  /**
   * Waits until the reviewer shows a pair with the checks done: its position and the
   * document's count of open divergences are on the status line (the review has gone
   * to the first open divergence by then).
   */
  waitForReviewer(name: string): Promise<string> {
    return this.waitFor(name, s => /(pair \d+ of \d+|par \d+ de \d+)[\s\S]*\d+ (open in the document|abiertas? en el documento)/.test(plain(s)), 'the reviewer');
  }

  /** A temporary folder with a copy of the sample pair. */
  sampleDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-e2e-'));
    this.dirs.push(dir);
    for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(ROOT, 'fixtures', f), path.join(dir, f));
    return dir;
  }

  /** Stops the server and removes the folders. */
  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    for (const dir of this.dirs) fs.rmSync(dir, {recursive: true, force: true});
  }
}

/** The session file of the sample in `dir`, parsed. */
export function sessionOf(dir: string): Record<string, unknown> & {corrections: {paragraph: number; corrected: string}[]} {
  return JSON.parse(fs.readFileSync(path.join(dir, 'article.en.txt.cotejo.json'), 'utf8')) as Record<string, unknown> & {
    corrections: {paragraph: number; corrected: string}[];
  };
}
