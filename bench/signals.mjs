// Signals right after an edit lose nothing: the real program in tmux on a copy of the
// sample; each round opens the pair, edits the first target paragraph (a new marker
// each round), waits until the screen shows the edit, sends SIGTERM or SIGHUP to the
// program at once, and then checks that the program died of that signal, that the
// session file holds the marker, that its backup is a valid session file and that
// the lock is gone.
//
// Usage: node bench/signals.mjs [ROUNDS_PER_SIGNAL]   (default 50; npm run build first)
// Also imported by test/e2e/signals-tmux.test.ts, which runs a few rounds.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// COTEJO_CLI runs another build (a copy, so that rebuilding here does not change a long run).
const CLI = process.env.COTEJO_CLI ?? path.join(ROOT, 'dist', 'bin', 'cli.js');
const SOCKET = `cotejo-signals-${process.pid}`;

/** Exit statuses a shell reports for a death by signal. */
const STATUS = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130};

function tmux(...args) {
  return execFileSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'});
}

const screen = name => tmux('capture-pane', '-p', '-t', name);

async function waitFor(read, test, what, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (test(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last seen:\n${String(value)}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/** A folder with a copy of the sample pair. */
export function sampleFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-signals-'));
  for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(ROOT, 'fixtures', f), path.join(dir, f));
  return dir;
}

/**
 * One round: open, edit, signal, check. `how` is 'kill' (the signal sent to the
 * program's process) or 'close' (for SIGHUP: the terminal window itself is closed).
 * Returns what was found; `lost` is true when the edit is not in the session file.
 */
export async function signalRound(dir, round, signal, how = 'kill') {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const name = `r${round}`;
  const marker = `ZQ${round}X`;
  const command = `env -u CI LANG=C.UTF-8 TERM=xterm-256color node ${CLI} article.es.txt article.en.txt; echo "EXITED $?" > exit-${round}.txt; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', dir, command);
  const lockPath = path.join(dir, 'article.en.txt.cotejo.lock');
  const sessionPath = path.join(dir, 'article.en.txt.cotejo.json');
  try {
    await waitFor(() => screen(name), s => s.includes('pair 1 of'), 'the reviewer');
    // The first keys may come before the program reads the keyboard: ask again until the editor opens.
    for (let attempt = 0; ; attempt++) {
      tmux('send-keys', '-t', name, 'i');
      try {
        await waitFor(() => screen(name), s => s.includes('Enter keep'), 'the line editor', 5000);
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
    tmux('send-keys', '-t', name, 'End');
    tmux('send-keys', '-t', name, '-l', ` ${marker}`);
    await waitFor(() => screen(name), s => s.includes(marker), 'the typed text');
    tmux('send-keys', '-t', name, 'Enter');
    // The edit is acknowledged once the editor has closed with the text in the pair.
    await waitFor(() => screen(name), s => s.includes(marker) && s.includes('Translation edited.'), 'the edit on screen');
    const owner = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    const sentAt = performance.now();
    if (how === 'close') tmux('kill-session', '-t', name);
    else process.kill(owner.pid, signal);
    await waitFor(
      () => {
        try {
          process.kill(owner.pid, 0);
          return false;
        } catch {
          return true;
        }
      },
      gone => gone,
      'the program to end',
      30_000,
    );
    const exitMs = performance.now() - sentAt;
    let status = null;
    if (how === 'kill') {
      const line = await waitFor(() => (fs.existsSync(path.join(dir, `exit-${round}.txt`)) ? fs.readFileSync(path.join(dir, `exit-${round}.txt`), 'utf8') : ''), s => s.includes('EXITED'), 'the exit status');
      status = Number(/EXITED (\d+)/.exec(line)[1]);
    }
    const session = JSON.parse(fs.readFileSync(sessionPath, 'utf8'));
    // The edit is in the paragraph under the cursor, wherever the last round left it.
    const saved = session.corrections.some(c => c.corrected.includes(marker));
    let backupValid = null;
    if (fs.existsSync(`${sessionPath}.bak`)) {
      try {
        backupValid = JSON.parse(fs.readFileSync(`${sessionPath}.bak`, 'utf8')).format === 'cotejo-session';
      } catch {
        backupValid = false;
      }
    }
    return {
      signal,
      how,
      lost: !saved,
      ...(saved ? {} : {corrections: session.corrections.map(c => `${c.paragraph}: ${c.corrected.slice(-60)}`), saved: session.saved}),
      status,
      expectedStatus: how === 'kill' ? STATUS[signal] : null,
      lockLeft: fs.existsSync(lockPath),
      backupValid,
      exitMs,
    };
  } finally {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', name]);
  }
}

/** Ends the tmux server of these rounds. */
export function stopTmux() {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
}

async function main() {
  const rounds = Number(process.argv[2] ?? 50);
  const dir = sampleFolder();
  const results = [];
  try {
    let round = 0;
    for (const signal of ['SIGHUP', 'SIGTERM']) {
      for (let i = 0; i < rounds; i++) {
        const r = await signalRound(dir, round++, signal);
        results.push(r);
        if (r.lost || r.lockLeft || r.status !== r.expectedStatus || r.backupValid === false) console.log(`round ${round}: ${JSON.stringify(r)}`);
      }
    }
  } finally {
    stopTmux();
    fs.rmSync(dir, {recursive: true, force: true});
  }
  for (const signal of ['SIGHUP', 'SIGTERM']) {
    const of = results.filter(r => r.signal === signal);
    const times = of.map(r => r.exitMs).sort((a, b) => a - b);
    console.log(
      `${signal}: ${of.length} rounds, edits lost ${of.filter(r => r.lost).length}, locks left ${of.filter(r => r.lockLeft).length}, ` +
        `wrong exit status ${of.filter(r => r.status !== r.expectedStatus).length}, invalid backups ${of.filter(r => r.backupValid === false).length}, ` +
        `signal to exit median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`,
    );
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
