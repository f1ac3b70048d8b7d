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

/** A live process that is not this one. */
function liveProcess(): number {
  const child = spawn('sleep', ['30'], {stdio: 'ignore'});
  children.push(child);
  expect(child.pid).toBeDefined();
  return child.pid!;
}

function writeLock(file: string, owner: {pid: number; hostname: string; started: string}): void {
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
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({pid: process.pid, hostname: os.hostname(), started: '2025-02-01T10:00:00.000Z'});
  });

  test('a second taker is refused with the holder named', () => {
    const file = path.join(tempDir(), 'a.cotejo.lock');
    const pid = liveProcess();
    writeLock(file, {pid, hostname: os.hostname(), started: '2025-02-01T09:00:00.000Z'});
    const r = acquireLock(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({code: 'store.error.locked', params: {path: file, pid, hostname: os.hostname(), started: '2025-02-01T09:00:00.000Z'}});
    // The holder's file is untouched.
    expect(readLockFile(file)).toMatchObject({kind: 'owner', owner: {pid}});
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
    expect(!fresh.ok && fresh.error.code).toBe('store.error.locked');
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
