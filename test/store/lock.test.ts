import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {acquireLock, isAlive, readLockFile, releaseLock, type SessionLock} from '../../src/store/lock.js';
import {tempDir} from './fs-helpers.js';

const held: SessionLock[] = [];
const children: {kill: () => boolean}[] = [];
afterEach(() => {
  while (held.length) releaseLock(held.pop()!);
  while (children.length) children.pop()!.kill();
});

/** The id of a process that has finished, so no process has it (barring reuse within the test). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
  const pid = Number(r.stdout);
  expect(isAlive(pid)).toBe(false);
  return pid;
}

/** A live process that is not this one (and not Cotejo). */
function liveProcess(): number {
  const child = spawn('sleep', ['30'], {stdio: 'ignore'});
  children.push(child);
  expect(child.pid).toBeDefined();
  return child.pid!;
}

/** A live Node process running a script of its own, as a holder of a lock would: its pid and script. */
function liveScript(): {pid: number; program: string} {
  const program = path.join(tempDir(), 'holder.mjs');
  fs.writeFileSync(program, 'setInterval(() => {}, 1000);\n');
  const child = spawn(process.execPath, [program], {stdio: 'ignore'});
  children.push(child);
  return {pid: child.pid!, program};
}

/** A zombie: a process that has ended but whose parent never collected it. */
async function zombie(): Promise<number> {
  const child = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], {stdio: ['ignore', 'pipe', 'ignore']});
  children.push(child);
  const pid = await new Promise<number>(resolve => child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  for (let i = 0; i < 200 && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); i++) await new Promise(r => setTimeout(r, 10));
  expect(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /);
  return pid;
}

function writeLock(file: string, owner: {pid: number; hostname: string; started: string; program?: string}): void {
  fs.writeFileSync(file, `${JSON.stringify(owner)}\n`);
}

describe('session lock', () => {
  test('is created with the owner: pid, host and start time', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const r = acquireLock(file, new Date('2025-02-01T10:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    held.push(r.value.lock);
    expect(r.value.tookOverFrom).toBeNull();
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({pid: process.pid, hostname: os.hostname(), started: '2025-02-01T10:00:00.000Z', program: process.argv[1]});
  });

  test('a second taker is refused with the holder named', async () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const {pid, program} = liveScript();
    await new Promise(r => setTimeout(r, 50));
    const started = new Date().toISOString();
    writeLock(file, {pid, hostname: os.hostname(), started, program});
    const before = fs.readFileSync(file);
    const r = acquireLock(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({code: 'store.error.locked', params: {path: file, pid, hostname: os.hostname(), started}});
    // The holder's file is untouched.
    expect(fs.readFileSync(file)).toEqual(before);
  });

  test.each([
    ['a live process that runs another program (its id was reused)', 'other-program'],
    ['a live process that started after the lock was taken (its id was reused)', 'later-start'],
    ['a zombie of a killed holder', 'zombie'],
  ] as const)('%s does not hold the lock: it is taken over', async (_, kind) => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    let owner: {pid: number; hostname: string; started: string; program?: string};
    if (kind === 'zombie') {
      owner = {pid: await zombie(), hostname: os.hostname(), started: new Date().toISOString(), program: 'sleep'};
    } else if (kind === 'other-program') {
      owner = {pid: liveProcess(), hostname: os.hostname(), started: new Date(Date.now() + 60_000).toISOString(), program: '/usr/lib/cotejo/cli.js'};
    } else {
      const {pid, program} = liveScript();
      owner = {pid, hostname: os.hostname(), started: '2025-02-01T09:00:00.000Z', program};
    }
    expect(isAlive(owner.pid)).toBe(true);
    writeLock(file, owner);
    const r = acquireLock(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    held.push(r.value.lock);
    expect(r.value.tookOverFrom).toEqual(owner);
  });

  test('this process taking its own lock twice is refused too', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const first = acquireLock(file);
    expect(first.ok).toBe(true);
    if (first.ok) held.push(first.value.lock);
    const second = acquireLock(file);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.error.code).toBe('store.error.locked');
  });

  test('a stale lock (its process is gone) is taken over, and the notice names the old owner', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const pid = deadPid();
    writeLock(file, {pid, hostname: os.hostname(), started: '2025-02-01T08:00:00.000Z'});
    const r = acquireLock(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    held.push(r.value.lock);
    expect(r.value.tookOverFrom).toEqual({pid, hostname: os.hostname(), started: '2025-02-01T08:00:00.000Z'});
    expect(readLockFile(file)).toMatchObject({kind: 'owner', owner: {pid: process.pid}});
    expect(fs.readdirSync(path.dirname(file))).toEqual(['a.cotejo.lock']);
  });

  test('a lock from another host is refused: its process cannot be checked from here', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    writeLock(file, {pid: deadPid(), hostname: `${os.hostname()}-elsewhere`, started: '2025-02-01T08:00:00.000Z'});
    const r = acquireLock(file);
    expect(!r.ok && r.error.code).toBe('store.error.locked-elsewhere');
    expect(!r.ok && r.error.params['hostname']).toBe(`${os.hostname()}-elsewhere`);
  });

  test('an empty lock file is someone starting up when new, and stale when old', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    fs.writeFileSync(file, '');
    const fresh = acquireLock(file);
    // The refusal names the file and how to get past it.
    expect(!fresh.ok && fresh.error).toEqual({code: 'store.error.locked-unreadable', params: {path: file, seconds: 5}});
    const old = (Date.now() - 60_000) / 1000;
    fs.utimesSync(file, old, old);
    const r = acquireLock(file);
    expect(r.ok).toBe(true);
    if (r.ok) held.push(r.value.lock);
  });

  test('release removes the file, twice is harmless, and a lock that is not ours is left alone', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const r = acquireLock(file);
    if (!r.ok) throw new Error('not taken');
    releaseLock(r.value.lock);
    expect(fs.existsSync(file)).toBe(false);
    releaseLock(r.value.lock);
    const again = acquireLock(file);
    if (!again.ok) throw new Error('not taken again');
    // Someone else's lock replaced ours (say, after a takeover): release leaves it.
    const pid = liveProcess();
    writeLock(file, {pid, hostname: os.hostname(), started: 'x'});
    releaseLock(again.value.lock);
    expect(readLockFile(file)).toMatchObject({kind: 'owner', owner: {pid}});
  });

  test('a folder where no file can be made gives lock-failed', () => {
    const file = path.join(tempDir(), 'missing-folder', 'a.cotejo.lock');
    const r = acquireLock(file);
    expect(!r.ok && r.error).toEqual({code: 'store.error.lock-failed', params: {path: file, reason: 'ENOENT'}});
  });
});
