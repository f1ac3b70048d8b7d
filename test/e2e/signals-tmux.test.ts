/**
 * Every way out saves first, on the real program in a real terminal (tmux): SIGTERM,
 * SIGHUP (sent, and the terminal window closed), SIGINT right after an edit; a folder
 * turned read-only before quitting; kill -9 and an immediate restart. The 50 + 50
 * signal rounds are bench/signals.mjs; here a few of each keep the run short.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
// The bench's driver, so that the test and the 50 + 50 rounds do exactly the same thing.
// @ts-expect-error -- a plain JavaScript module of the bench, without type declarations
import {sampleFolder, signalRound, stopTmux} from '../../bench/signals.mjs';
import {mountTmpfs, remount, unmount} from '../store/fs-helpers.js';
import {ROOT, waitUntil} from '../ui/support/harness.js';

interface Round {
  lost: boolean;
  status: number | null;
  expectedStatus: number | null;
  lockLeft: boolean;
  backupValid: boolean | null;
}
const round = signalRound as (dir: string, n: number, signal: string, how?: string) => Promise<Round>;

const CLI = path.join(ROOT, 'dist', 'bin', 'cli.js');
const tmuxMissing = spawnSync('tmux', ['-V']).status === 0 ? null : 'tmux is not installed: apt-get install tmux';
const SOCKET = `cotejo-exit-${process.pid}`;
const dirs: string[] = [];

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'});
}

function start(name: string, dir: string): void {
  const command = `env -u CI LANG=C.UTF-8 TERM=xterm-256color node ${CLI} article.es.txt article.en.txt; echo "EXITED $?"; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', dir, command);
}

const screen = (name: string): string => tmux('capture-pane', '-p', '-t', name);

describe('every way out saves first', () => {
  beforeAll(() => {
    if (tmuxMissing) throw new Error(tmuxMissing);
    if (!fs.existsSync(CLI)) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'ignore'});
  }, 120_000);
  afterAll(() => {
    (stopTmux as () => void)();
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    for (const d of dirs) fs.rmSync(d, {recursive: true, force: true});
  });

  test('SIGTERM, SIGHUP and SIGINT right after an edit: the edit is saved, the lock released, the status the signal', async () => {
    const dir = (sampleFolder as () => string)();
    dirs.push(dir);
    const rounds: Round[] = [];
    const signals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const [n, signal] of signals.entries()) rounds.push(await round(dir, n, signal));
    // The terminal itself closed: the program gets SIGHUP from the system.
    rounds.push(await round(dir, signals.length, 'SIGHUP', 'close'));
    // Compared whole, so that a failure shows every round's findings.
    const findings = rounds.map(r => ({lost: r.lost, lockLeft: r.lockLeft, status: r.status, backupInvalid: r.backupValid === false}));
    expect(findings).toEqual(rounds.map(r => ({lost: false, lockLeft: false, status: r.expectedStatus, backupInvalid: false})));
  }, 300_000);

  test('kill -9, then a restart within a second: the dead program’s lock is taken over and the pair opens', async () => {
    const dir = (sampleFolder as () => string)();
    dirs.push(dir);
    start('k9', dir);
    await waitUntil(() => screen('k9'), s => s.includes('pair 1 of'), 'the reviewer', 60_000);
    const lock = path.join(dir, 'article.en.txt.cotejo.lock');
    const {pid} = JSON.parse(fs.readFileSync(lock, 'utf8')) as {pid: number};
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    await waitUntil(() => screen('k9'), s => s.includes('EXITED'), 'the kill', 10_000);
    tmux('kill-session', '-t', 'k9');
    start('k9b', dir);
    const startedWithin = Date.now() - killedAt;
    expect(startedWithin).toBeLessThan(1000);
    const s = await waitUntil(() => screen('k9b'), v => v.includes('pair 1 of') || v.includes('EXITED'), 'the second opening', 60_000);
    expect(s).toContain('pair 1 of');
    const owner = JSON.parse(fs.readFileSync(lock, 'utf8')) as {pid: number};
    expect(owner.pid).not.toBe(pid);
    tmux('send-keys', '-t', 'k9b', 'q');
    await waitUntil(() => screen('k9b'), v => v.includes('EXITED 0'), 'the quit', 30_000);
  }, 180_000);

  test('quitting after the folder became read-only: no crash, the last line says the work is not in the file', async () => {
    const mounted = mountTmpfs('4m');
    if ('reason' in mounted) throw new Error(`this test needs a tmpfs it can remount read-only (run as root): ${mounted.reason}`);
    const dir = mounted.dir;
    try {
      for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(ROOT, 'fixtures', f), path.join(dir, f));
      start('ro', dir);
      await waitUntil(() => screen('ro'), s => s.includes('pair 1 of'), 'the reviewer', 60_000);
      remount(dir, 'ro');
      for (let attempt = 0; !screen('ro').includes('Enter keep') && attempt < 10; attempt++) {
        tmux('send-keys', '-t', 'ro', 'i');
        await waitUntil(() => screen('ro'), s => s.includes('Enter keep'), 'the editor', 5000).catch(() => undefined);
      }
      tmux('send-keys', '-t', 'ro', 'End');
      tmux('send-keys', '-t', 'ro', '-l', ' UNSAVED');
      tmux('send-keys', '-t', 'ro', 'Enter');
      await waitUntil(() => screen('ro'), s => s.includes('Not saved'), 'the failed save', 30_000);
      tmux('send-keys', '-t', 'ro', 'q');
      await waitUntil(() => screen('ro'), s => s.includes('Quit anyway'), 'the question', 30_000);
      tmux('send-keys', '-t', 'ro', 'y');
      const after = await waitUntil(() => screen('ro'), s => s.includes('EXITED'), 'the end', 30_000);
      expect(after).toContain('EXITED 0');
      expect(after).not.toContain('internal error');
      expect(after).toMatch(/article\.en\.txt\.cotejo\.json: your latest changes could NOT be saved \(the file system is read-only\)/);
      expect(after).toMatch(/article\.en\.txt\.cotejo\.lock: the lock file could not be removed/);
      tmux('kill-session', '-t', 'ro');
    } finally {
      try {
        remount(dir, 'rw');
      } catch {
        // Unmounted below either way.
      }
      unmount(dir);
    }
  }, 180_000);
});
