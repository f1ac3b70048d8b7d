import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {documentFromText} from '../../src/core/document.js';
import {openSession} from '../../src/store/open-session.js';
import {bundleForChild, removeChildBundle} from './child-bundle.js';
import {tempDir, waitFor} from './fs-helpers.js';

const CHILD = path.join(import.meta.dirname, 'lock-child.mjs');

let bundle: string;
beforeAll(async () => {
  bundle = await bundleForChild();
});
afterAll(() => removeChildBundle(bundle));

function writePair(): {source: string; target: string; lock: string} {
  const dir = tempDir();
  const source = path.join(dir, 'note.es.txt');
  const target = path.join(dir, 'note.en.txt');
  fs.writeFileSync(source, 'Hola.\n\nAdiós.\n');
  fs.writeFileSync(target, 'Hello.\n\nGoodbye.\n');
  return {source, target, lock: `${target}.cotejo.lock`};
}

/** Starts a child that opens the pair; resolves once it has printed its first line. */
function start(pair: {source: string; target: string}, mode: 'wait' | 'exit' | 'throw'): Promise<{child: ChildProcess; lines: () => string[]; closed: Promise<number | null>}> {
  const child = spawn(process.execPath, [CHILD, bundle, pair.source, pair.target, mode], {stdio: ['ignore', 'pipe', 'pipe']});
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
  const lines = (): string[] => out.split('\n').filter(Boolean);
  return waitFor(() => lines().some(l => l === 'ready' || l.startsWith('error')) || child.exitCode !== null, 10_000, 'the child').then(() => ({child, lines, closed}));
}

async function openHere(pair: {source: string; target: string}, readOnly = false): Promise<Awaited<ReturnType<typeof openSession>>> {
  const load = (file: string, lang: string) => {
    const r = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };
  const source = load(pair.source, 'es');
  const target = load(pair.target, 'en');
  const oneToOne = () => source.paragraphs.map((_, i) => ({source: [i], target: [i], confidence: 0.5}));
  return openSession({source, target, align: oneToOne, realign: oneToOne, readOnly});
}

describe('two programs on one pair', () => {
  test('the second is refused with the first one named; once the first is killed, its stale lock is taken over', async () => {
    const pair = writePair();
    const first = await start(pair, 'wait');
    expect(first.lines()).toEqual(['ready']);
    const second = await start(pair, 'wait');
    await second.closed;
    const refusal = second.lines()[0]!;
    expect(refusal.startsWith('error store.error.locked ')).toBe(true);
    expect(JSON.parse(refusal.slice('error store.error.locked '.length))).toMatchObject({path: pair.lock, pid: first.child.pid, hostname: os.hostname()});
    const load = (file: string) => fs.readFileSync(file, 'utf8');
    const before = load(pair.lock);
    const here = await openHere(pair);
    expect(!here.ok && here.error.params['pid']).toBe(first.child.pid);
    // Read-only opens anyway, and leaves the lock alone.
    const readOnly = await openHere(pair, true);
    expect(readOnly.ok && readOnly.value.store).toBeNull();
    expect(load(pair.lock)).toBe(before);
    first.child.kill('SIGKILL');
    await first.closed;
    // The lock file is still there, naming a process that is gone.
    expect(load(pair.lock)).toBe(before);
    const third = await start(pair, 'exit');
    await third.closed;
    const notice = third.lines().find(l => l.startsWith('notice store.notice.stale-lock '));
    expect(notice && JSON.parse(notice.slice('notice store.notice.stale-lock '.length))).toMatchObject({pid: first.child.pid});
    expect(third.lines()).toContain('ready');
  });

  test.each(['exit', 'throw'] as const)('a program that ends by %s releases its lock', async mode => {
    const pair = writePair();
    const run = await start(pair, mode);
    expect(run.lines()).toContain('ready');
    await run.closed;
    expect(fs.existsSync(pair.lock)).toBe(false);
    const here = await openHere(pair);
    expect(here.ok && here.value.notices).toEqual([]);
    if (here.ok) here.value.release();
  });
});
