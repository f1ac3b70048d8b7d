import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {parseSessionFile} from '../../src/store/session-file.js';
import {bundleForChild, removeChildBundle} from './child-bundle.js';
import {tempDir} from './fs-helpers.js';

const CHILD = path.join(import.meta.dirname, 'crash-child.mjs');
/** Kills in all; at least 200, as the store's promise is only as good as its worst moment. */
const KILLS = 200;
/** Pairs worked on side by side, each by its own line of processes. */
const LANES = 2;
const PARAGRAPHS = 1000;

let bundle: string;
beforeAll(async () => {
  bundle = await bundleForChild();
});
const dirs: string[] = [];
afterAll(() => {
  removeChildBundle(bundle);
  for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
});

/** A large pair: 1,000 paragraphs a side, some 100 KB each (a session file of about 330 KB). */
function writeLargePair(dir: string): {source: string; target: string} {
  const source = path.join(dir, 'large.es.txt');
  const target = path.join(dir, 'large.en.txt');
  const para = (lang: string, i: number): string =>
    lang === 'es'
      ? `Párrafo ${i}: el consejo aprobó el plan número ${i * 3} tras un largo debate sobre el presupuesto.`
      : `Paragraph ${i}: the council approved plan number ${i * 3} after a long debate about the budget.`;
  fs.writeFileSync(source, Array.from({length: PARAGRAPHS}, (_, i) => para('es', i)).join('\n\n'));
  fs.writeFileSync(target, Array.from({length: PARAGRAPHS}, (_, i) => para('en', i)).join('\n\n'));
  return {source, target};
}

/**
 * A folder for a lane. In memory (/dev/shm) when there is one: SIGKILL kills the
 * process, not the machine, so what the file system holds does not depend on fsync
 * reaching the disk; and a process killed inside fsync on a slow disk only dies once
 * the disk is done, which would make the test wait rather than test.
 */
function crashDir(): string {
  if (fs.existsSync('/dev/shm') && fs.statSync('/dev/shm').isDirectory()) {
    try {
      return fs.mkdtempSync('/dev/shm/cotejo-crash-');
    } catch {
      // Not writable here: the ordinary temporary folder will do.
    }
  }
  return tempDir('cotejo-crash-');
}

interface Run {
  /** The highest N of the "saved N" lines printed before the kill. */
  readonly acknowledged: number;
  /** Every line the child printed. */
  readonly lines: readonly string[];
}

/** When the clock of the kill starts: the child's start, its "ready" line, or its first save in this run. */
type KillFrom = 'start' | 'ready' | 'saved';

/** Starts the child and kills it with SIGKILL `delay` ms after the moment `from`. */
function runAndKill(pair: {source: string; target: string}, delay: number, from: KillFrom): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, bundle, pair.source, pair.target], {stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    if (from === 'start') timer = setTimeout(kill, delay);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (timer !== undefined) return;
      const ready = /ready (\d+)/.exec(out);
      if (!ready) return;
      if (from === 'ready') timer = setTimeout(kill, delay);
      // A save of this run: a "saved N" line past what the run started from.
      const saved = [...out.matchAll(/saved (\d+)/g)].some(m => Number(m[1]) > Number(ready[1]));
      if (from === 'saved' && saved) timer = setTimeout(kill, delay);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // A child that never gets ready must not hang the test.
    const guard = setTimeout(kill, 10_000);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      const lines = out.split('\n').filter(Boolean);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself (${code}): ${lines.join(' | ')} ${err}`));
      const acknowledged = Math.max(-1, ...lines.filter(l => l.startsWith('saved ')).map(l => Number(l.slice(6))));
      resolve({acknowledged, lines});
    });
  });
}

/** What target paragraph p must say after the first n actions. */
function expectedParagraph(p: number, n: number, original: string): string {
  for (let i = n - 1; i >= 0; i--) if ((i * 7919) % PARAGRAPHS === p) return `Edit ${i} of ¶${p}.`;
  return original;
}

describe('crash safety', () => {
  test(`killed with SIGKILL ${KILLS} times at random moments, the file on disk is valid and holds every acknowledged action`, async () => {
    const lanes = Array.from({length: LANES}, () => {
      const dir = crashDir();
      dirs.push(dir);
      return {dir, pair: writeLargePair(dir), acknowledged: -1, kills: 0, maxHeld: 0};
    });
    const originals = fs
      .readFileSync(lanes[0]!.pair.target, 'utf8')
      .split('\n\n')
      .map(t => t.trim());
    let checked = 0;
    const perLane = Math.ceil(KILLS / LANES);
    await Promise.all(
      lanes.map(async lane => {
        for (let k = 0; k < perLane; k++) {
          // One run in ten at any moment from the start (opening included); the others
          // while working, half of them counting from the first save, so that the kill
          // falls between and inside later writes too.
          const from: KillFrom = k % 10 === 9 ? 'start' : k % 2 === 0 ? 'ready' : 'saved';
          const run = await runAndKill(lane.pair, Math.random() * (from === 'start' ? 350 : 60), from);
          lane.kills++;
          expect(run.lines.filter(l => l.startsWith('error'))).toEqual([]);
          const sessionPath = `${lane.pair.target}.cotejo.json`;
          if (!fs.existsSync(sessionPath)) {
            // Killed before anything was saved: then nothing may have been acknowledged.
            expect(Math.max(lane.acknowledged, run.acknowledged)).toBeLessThanOrEqual(0);
            continue;
          }
          const parsed = parseSessionFile(fs.readFileSync(sessionPath, 'utf8'), sessionPath);
          if (!parsed.ok) throw new Error(`after kill ${lane.kills}: ${JSON.stringify(parsed.error)}`);
          const file = parsed.value;
          let held = 0;
          while (file.resolutions[`n-${held}`]) held++;
          expect(Object.keys(file.resolutions)).toHaveLength(held);
          lane.acknowledged = Math.max(lane.acknowledged, run.acknowledged);
          expect(held).toBeGreaterThanOrEqual(lane.acknowledged);
          // Every paragraph says what the first `held` actions made it say.
          const texts = file.target.paragraphs.map(t => t);
          for (const c of file.corrections) texts[c.paragraph] = c.corrected;
          texts.forEach((t, p) => expect(t).toBe(expectedParagraph(p, held, originals[p]!)));
          lane.maxHeld = held;
          // The backup is a complete earlier version too: valid, and no further along than the file.
          const backupPath = `${sessionPath}.bak`;
          if (fs.existsSync(backupPath)) {
            const backup = parseSessionFile(fs.readFileSync(backupPath, 'utf8'), backupPath);
            if (!backup.ok) throw new Error(`after kill ${lane.kills}, the backup: ${JSON.stringify(backup.error)}`);
            let inBackup = 0;
            while (backup.value.resolutions[`n-${inBackup}`]) inBackup++;
            expect(inBackup).toBeLessThanOrEqual(held);
          }
          // Temporary files of killed writes are cleared by the next opening: at most
          // the last run's are left.
          expect(fs.readdirSync(lane.dir).filter(f => f.endsWith('.tmp')).length).toBeLessThanOrEqual(2);
          checked++;
        }
      }),
    );
    const kills = lanes.reduce((n, l) => n + l.kills, 0);
    console.log(
      `crash test: ${kills} kills, ${checked} files checked, actions on disk at the end per lane: ${lanes.map(l => l.maxHeld).join(', ')}`,
    );
    expect(kills).toBeGreaterThanOrEqual(200);
    // The runs did real work: every lane has actions on disk that survived kills.
    for (const lane of lanes) expect(lane.maxHeld).toBeGreaterThan(0);
    // Generous: 200 process starts take minutes on a machine shared with other work.
  }, 400_000);
});
