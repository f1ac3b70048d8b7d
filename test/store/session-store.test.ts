import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {documentFromParagraphs} from '../../src/core/document.js';
import {initialState, reduce, type SessionState} from '../../src/core/session.js';
import {parseSessionFile, type SessionMeta} from '../../src/store/session-file.js';
import {SessionStore, type SaveStatus, type StoreTiming} from '../../src/store/session-store.js';
import {mountTmpfs, remount, tempDir, tmpfsUnavailable, unmount, waitFor} from './fs-helpers.js';

const META: SessionMeta = {
  sourcePath: 'a.es.txt',
  targetPath: 'a.en.txt',
  sourceSha256: '0'.repeat(64),
  targetSha256: '1'.repeat(64),
  created: '2025-02-01T08:00:00.000Z',
  toolVersion: '0.1.0',
};

function pairState(n = 4): SessionState {
  const source = documentFromParagraphs(
    Array.from({length: n}, (_, i) => `Párrafo ${i}.`),
    {path: 'a.es.txt', lang: 'es'},
  );
  const target = documentFromParagraphs(
    Array.from({length: n}, (_, i) => `Paragraph ${i}.`),
    {path: 'a.en.txt', lang: 'en'},
  );
  return initialState(
    source,
    target,
    Array.from({length: n}, (_, i) => ({source: [i], target: [i], confidence: 0.9})),
  );
}

function readFile(file: string): ReturnType<typeof parseSessionFile> {
  return parseSessionFile(fs.readFileSync(file, 'utf8'), file);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function newStore(dir: string, timing: Partial<StoreTiming> = {}): SessionStore {
  return new SessionStore({
    sessionPath: path.join(dir, 'a.en.txt.cotejo.json'),
    meta: META,
    saved: null,
    lock: null,
    timing: {debounceMs: 5, minIntervalMs: 20, firstRetryMs: 30, maxRetryMs: 100, ...timing},
  });
}

describe('SessionStore', () => {
  test('a burst of changes is written a moment later, in few writes, and status tells', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    const seen: SaveStatus['state'][] = [];
    store.subscribe(s => seen.push(s.state));
    expect(store.status.state).toBe('saved');
    expect(store.hasUnsavedWork()).toBe(false);
    let s = pairState();
    for (let i = 0; i < 50; i++) {
      s = reduce(s, {type: 'edit-target', paragraph: i % 4, text: `Edit ${i}.`});
      store.update(s);
    }
    expect(store.hasUnsavedWork()).toBe(true);
    expect(store.status.state).toBe('unsaved');
    await waitFor(() => store.status.state === 'saved', 5000, 'the save');
    expect(store.hasUnsavedWork()).toBe(false);
    const saves = seen.filter(x => x === 'saving').length;
    expect(saves).toBeGreaterThanOrEqual(1);
    expect(saves).toBeLessThanOrEqual(3);
    const file = readFile(store.sessionPath);
    expect(file.ok && file.value.corrections.map(c => c.corrected)).toEqual(['Edit 48.', 'Edit 49.', 'Edit 46.', 'Edit 47.']);
    expect(store.status).toMatchObject({state: 'saved', revision: 50});
  });

  test('flush writes at once; the previous version is kept as .bak; no temporary file is left', async () => {
    const dir = tempDir();
    const store = newStore(dir, {debounceMs: 10_000});
    let s = reduce(pairState(), {type: 'dismiss', key: 'first'});
    store.update(s);
    expect((await store.flush()).state).toBe('saved');
    s = reduce(s, {type: 'dismiss', key: 'second'});
    store.update(s);
    await store.flush();
    const now = readFile(store.sessionPath);
    const bak = readFile(`${store.sessionPath}.bak`);
    expect(now.ok && Object.keys(now.value.resolutions)).toEqual(['first', 'second']);
    expect(bak.ok && Object.keys(bak.value.resolutions)).toEqual(['first']);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.en.txt.cotejo.json', 'a.en.txt.cotejo.json.bak']);
  });

  test('the same state again is no change; close takes no more changes', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    const s = pairState();
    store.update(s);
    store.update(s);
    expect(store.latestRevision).toBe(1);
    await store.close();
    store.update(reduce(s, {type: 'confirm', bead: 0}));
    expect(store.hasUnsavedWork()).toBe(false);
    const file = readFile(store.sessionPath);
    expect(file.ok && file.value.alignment[0]!.status).toBe('automatic');
  });
});

describe('SessionStore on a failing disk', () => {
  const unavailable = tmpfsUnavailable();
  if (unavailable) console.log(`skipped: the disk-full and read-only folder tests: ${unavailable}`);

  function mounted(size: string): string {
    const m = mountTmpfs(size);
    if ('reason' in m) throw new Error(m.reason);
    cleanups.push(() => unmount(m.dir));
    return m.dir;
  }

  test.skipIf(unavailable !== null)('a full disk is an error status with ENOSPC, retried, and the file on disk stays whole', async () => {
    const full = {dir: mounted('64k')};
    const store = newStore(full.dir);
    let s = pairState();
    store.update(s);
    await store.flush();
    const before = fs.readFileSync(store.sessionPath, 'utf8');
    // A correction far larger than the file system.
    s = reduce(s, {type: 'edit-target', paragraph: 0, text: 'x'.repeat(200_000)});
    store.update(s);
    await waitFor(() => store.status.state === 'error', 5000, 'the error status');
    const status = store.status;
    expect(status).toMatchObject({state: 'error', code: 'ENOSPC'});
    expect(status.state === 'error' && status.retryAt).toBeGreaterThan(Date.now() - 1000);
    expect(store.hasUnsavedWork()).toBe(true);
    expect(fs.readFileSync(store.sessionPath, 'utf8')).toBe(before);
    // It keeps trying, waiting longer each time.
    await waitFor(() => store.status.state === 'error' && store.status.failures >= 3, 5000, 'three failures');
    expect(fs.readdirSync(full.dir).filter(f => !f.startsWith('a.en.txt.cotejo.json'))).toEqual([]);
    // Space comes back: the next retry saves everything.
    remount(full.dir, 'size=4m');
    await waitFor(() => store.status.state === 'saved', 5000, 'the save after the disk has room');
    const file = readFile(store.sessionPath);
    expect(file.ok && file.value.corrections[0]!.corrected.length).toBe(200_000);
    expect(store.hasUnsavedWork()).toBe(false);
  });

  test.skipIf(unavailable !== null)('a read-only folder is an error status with EROFS; flush reports it; work stays in memory', async () => {
    // chmod 555 does not stop root; a read-only mount stops everyone.
    const ro = {dir: mounted('1m')};
    const store = newStore(ro.dir, {firstRetryMs: 50});
    let s = pairState();
    store.update(s);
    await store.flush();
    const before = fs.readFileSync(store.sessionPath, 'utf8');
    remount(ro.dir, 'ro');
    s = reduce(s, {type: 'confirm', bead: 2});
    store.update(s);
    const flushed = await store.flush();
    expect(flushed).toMatchObject({state: 'error', code: 'EROFS'});
    expect(store.hasUnsavedWork()).toBe(true);
    expect(fs.readFileSync(store.sessionPath, 'utf8')).toBe(before);
    remount(ro.dir, 'rw');
    expect((await store.flush()).state).toBe('saved');
    const file = readFile(store.sessionPath);
    expect(file.ok && file.value.alignment[2]!.status).toBe('confirmed');
  });
});
