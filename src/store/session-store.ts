/**
 * Keeping the work on disk: after every action the state is handed to the store,
 * which writes the session file a moment later (a burst of keystrokes is one write,
 * and there are at most a few writes a second). A write never leaves a half-written
 * file: the text goes to a temporary file in the same folder, is flushed to the disk
 * and renamed over the old one, whose previous version is kept as `.bak`.
 *
 * A write that fails (disk full, read-only folder, permissions) leaves the work in
 * memory, shows as an `error` status and is tried again later, waiting longer each
 * time; `flush()` tries at once (quitting), `hasUnsavedWork()` tells whether quitting
 * now would lose something.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {SessionState} from '../core/session.js';
import {releaseLock, type SessionLock} from './lock.js';
import {backupPathFor} from './paths.js';
import {followLinks} from './write-target.js';
import {formatSessionState, type SessionMeta} from './session-file.js';

/** Where the saving stands, for the status line. */
export type SaveStatus =
  | {
      readonly state: 'saved';
      /** When the last write finished (ISO 8601); null when nothing had to be written yet. */
      readonly at: string | null;
      /** The revision written: how many changes the store had been given. */
      readonly revision: number;
    }
  | {readonly state: 'saving'}
  /** Changes wait for the next write. */
  | {readonly state: 'unsaved'}
  | {
      readonly state: 'error';
      /** The system's error code: ENOSPC, EROFS, EACCES, EPERM, EDQUOT, EIO, … */
      readonly code: string;
      /** When the next attempt is due (ms since the epoch), or null when none is planned. */
      readonly retryAt: number | null;
      /** How many writes in a row have failed. */
      readonly failures: number;
    };

/** How a store paces its writes; the defaults suit a person typing. */
export interface StoreTiming {
  /** Quiet time after a change before writing, so a burst is one write (ms). */
  readonly debounceMs: number;
  /** Least time between the starts of two writes (ms). */
  readonly minIntervalMs: number;
  /** Wait before the first retry after a failure; doubled each time (ms). */
  readonly firstRetryMs: number;
  /** Longest wait between retries (ms). */
  readonly maxRetryMs: number;
}

/** The pacing used unless a caller asks otherwise. */
export const DEFAULT_TIMING: StoreTiming = {debounceMs: 80, minIntervalMs: 300, firstRetryMs: 1000, maxRetryMs: 30_000};

/** What a store needs to know. */
export interface SessionStoreOptions {
  /** The session file. */
  readonly sessionPath: string;
  /** Paths, hashes and dates written beside the state. */
  readonly meta: SessionMeta;
  /** The state as it is on disk already (a resumed session), or null when nothing is. */
  readonly saved: SessionState | null;
  /** The lock held on the session, released by `close()`. */
  readonly lock: SessionLock | null;
  /** Pacing of writes and retries. */
  readonly timing?: Partial<StoreTiming>;
  /** The clock, for the `saved` timestamp. */
  readonly now?: () => Date;
}

/** Listens to status changes. */
export type StatusListener = (status: SaveStatus) => void;

/** Writes the working state to its session file, safely and without blocking the user. */
export class SessionStore {
  /** The session file. */
  readonly sessionPath: string;
  private readonly meta: SessionMeta;
  private readonly timing: StoreTiming;
  private readonly now: () => Date;
  private lock: SessionLock | null;
  private latest: SessionState | null;
  private revision = 0;
  private savedRevision = 0;
  private current: SaveStatus;
  private readonly listeners = new Set<StatusListener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private lastWriteStart = 0;
  private failures = 0;
  private closed = false;

  constructor(options: SessionStoreOptions) {
    this.sessionPath = options.sessionPath;
    this.meta = options.meta;
    this.timing = {...DEFAULT_TIMING, ...options.timing};
    this.now = options.now ?? (() => new Date());
    this.lock = options.lock;
    this.latest = options.saved;
    this.current = {state: 'saved', at: null, revision: 0};
  }

  /** The current status. */
  get status(): SaveStatus {
    return this.current;
  }

  /** Calls `listener` on every status change; returns the function that stops it. */
  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Hands the store the state after an action; it is written soon. The same state again is no change. */
  update(state: SessionState): void {
    if (this.closed) return;
    if (state === this.latest) return;
    this.latest = state;
    this.revision++;
    if (this.current.state === 'saved') this.setStatus({state: 'unsaved'});
    this.schedule();
  }

  /** How many changes the store has been given. */
  get latestRevision(): number {
    return this.revision;
  }

  /** The last revision known to be on disk (0 before the first write). */
  get savedUpTo(): number {
    return this.savedRevision;
  }

  /** Whether some change is not on disk yet. */
  hasUnsavedWork(): boolean {
    return this.savedRevision < this.revision;
  }

  /**
   * Writes what is pending now (after a write in progress), without waiting for the
   * pause or the retry delay; resolves with the resulting status. For quitting.
   */
  async flush(): Promise<SaveStatus> {
    this.clearTimer();
    if (this.writing) await this.writing;
    if (this.hasUnsavedWork()) await this.write();
    return this.current;
  }

  /** Flushes, stops the timers and releases the lock; the store takes no more changes. */
  async close(): Promise<SaveStatus> {
    const status = await this.flush();
    this.closed = true;
    this.clearTimer();
    this.releaseLock();
    return status;
  }

  /**
   * Writes what is pending now, synchronously: for a way out that cannot wait (a
   * signal, a crash). Returns the resulting status; a failure is a status, not a throw.
   */
  saveNowSync(): SaveStatus {
    const state = this.latest;
    if (state === null || !this.hasUnsavedWork()) return this.current;
    this.clearTimer();
    const revision = this.revision;
    try {
      const saved = this.now();
      writeSessionTextSync(this.sessionPath, formatSessionState(state, this.meta, saved));
      this.savedRevision = Math.max(this.savedRevision, revision);
      this.failures = 0;
      this.setStatus({state: 'saved', at: saved.toISOString(), revision});
    } catch (error) {
      this.failures++;
      this.setStatus({state: 'error', code: (error as NodeJS.ErrnoException).code ?? 'EIO', retryAt: null, failures: this.failures});
    }
    return this.current;
  }

  /**
   * Releases the lock (an exit path that cannot wait), after one synchronous attempt
   * to write what is pending, so that no way out leaves a change behind unsaved while
   * the disk would take it. Safe to call twice.
   */
  releaseLock(): void {
    if (this.lock && this.hasUnsavedWork()) this.saveNowSync();
    this.closed = true;
    this.clearTimer();
    if (this.lock) releaseLock(this.lock);
    this.lock = null;
  }

  private setStatus(status: SaveStatus): void {
    this.current = status;
    for (const l of [...this.listeners]) l(status);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.closed || this.writing || !this.hasUnsavedWork()) return;
    let due: number;
    if (this.current.state === 'error') {
      // After a failure the retry timer decides; a new change does not hammer the disk.
      if (this.timer) return;
      due = this.current.retryAt ?? Date.now();
    } else {
      due = Math.max(Date.now() + this.timing.debounceMs, this.lastWriteStart + this.timing.minIntervalMs);
      this.clearTimer();
    }
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.write();
      },
      Math.max(0, due - Date.now()),
    );
    // A pending write must not keep a finished program alive; quitting calls flush().
    this.timer.unref?.();
  }

  private write(): Promise<void> {
    if (this.writing) return this.writing;
    const state = this.latest;
    if (state === null) return Promise.resolve();
    const revision = this.revision;
    this.lastWriteStart = Date.now();
    if (this.current.state !== 'error') this.setStatus({state: 'saving'});
    this.writing = (async () => {
      try {
        const saved = this.now();
        // A synchronous save on the way out may have put a newer revision down meanwhile.
        await writeSessionText(this.sessionPath, formatSessionState(state, this.meta, saved), () => this.savedRevision < revision);
        this.savedRevision = Math.max(this.savedRevision, revision);
        this.failures = 0;
        this.setStatus(this.hasUnsavedWork() ? {state: 'unsaved'} : {state: 'saved', at: saved.toISOString(), revision});
      } catch (error) {
        this.failures++;
        const wait = Math.min(this.timing.firstRetryMs * 2 ** (this.failures - 1), this.timing.maxRetryMs);
        const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
        this.setStatus({state: 'error', code, retryAt: this.closed ? null : Date.now() + wait, failures: this.failures});
      } finally {
        this.writing = null;
      }
      this.schedule();
    })();
    return this.writing;
  }
}

/**
 * Replaces the session file with `text` so that at every moment the file on disk is
 * either the old version or the new one, complete: the old one is hard-linked to
 * `.bak` first (the file itself never disappears), then the new text is written to a
 * temporary file in the same folder, flushed, and renamed over it. A symbolic link
 * is written through: the file it names is replaced, the link stays.
 */
export async function writeSessionText(sessionPath: string, text: string, stillWanted?: () => boolean): Promise<void> {
  const real = realTarget(sessionPath);
  keepBackup(sessionPath, real);
  await writeFileAtomically(real, text, stillWanted);
  syncFolder(path.dirname(real));
}

/** The same as writeSessionText, without giving way to the event loop: for a process about to end. */
export function writeSessionTextSync(sessionPath: string, text: string): void {
  const real = realTarget(sessionPath);
  keepBackup(sessionPath, real);
  writeFileAtomicallySync(real, text);
  syncFolder(path.dirname(real));
}

let tempCounter = 0;

/** The file a write replaces: the path itself, or what its symbolic links lead to. */
function realTarget(filePath: string): string {
  const followed = followLinks(filePath);
  if (!followed.ok) throw Object.assign(new Error(`${filePath}: ${followed.code}`), {code: followed.code});
  return followed.path;
}

/** The mode and owner a replacement must keep: the old file's, or a new file's defaults. */
function keptAttributes(filePath: string): {mode: number; uid: number; gid: number} | null {
  try {
    const stat = fs.statSync(filePath);
    return {mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid};
  } catch {
    return null;
  }
}

/** Gives a new file the old one's owner, where this process may (root, or the same owner). */
function keepOwner(fd: number, kept: {uid: number; gid: number} | null): void {
  if (!kept || typeof process.getuid !== 'function') return;
  if (kept.uid === process.getuid() && kept.gid === process.getgid?.()) return;
  try {
    fs.fchownSync(fd, kept.uid, kept.gid);
  } catch {
    // Only root may give a file away; a user's own save keeps the user as owner.
  }
}

/**
 * Writes a file through a temporary file in the same folder, flushed before the
 * rename. Not write-file-atomic: its version 6 makes a single write(2) call and does
 * not look at how many bytes were written, so on a nearly full disk it renames a
 * truncated file over the good one (a test here caught it). FileHandle.writeFile
 * writes until every byte is down or throws (ENOSPC). The replacement keeps the
 * mode and owner of the file it replaces; a symbolic link is written through.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array, stillWanted: () => boolean = () => true): Promise<void> {
  const real = realTarget(filePath);
  const kept = keptAttributes(real);
  const temp = `${real}.${process.pid}.${++tempCounter}.tmp`;
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(temp, 'wx', kept?.mode ?? 0o644);
    // The umask narrows the mode given to open(); the old file's mode is restored exactly.
    if (kept) await handle.chmod(kept.mode);
    keepOwner(handle.fd, kept);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (stillWanted()) await fs.promises.rename(temp, real);
    else await fs.promises.rm(temp, {force: true});
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.promises.rm(temp, {force: true}).catch(() => undefined);
    throw error;
  }
}

/** writeFileAtomically, synchronous. */
export function writeFileAtomicallySync(filePath: string, data: string | Uint8Array): void {
  const real = realTarget(filePath);
  const kept = keptAttributes(real);
  const temp = `${real}.${process.pid}.${++tempCounter}.tmp`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', kept?.mode ?? 0o644);
    if (kept) fs.fchmodSync(fd, kept.mode);
    keepOwner(fd, kept);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, real);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing a file that failed to write; the error that matters is rethrown below.
      }
    }
    fs.rmSync(temp, {force: true});
    throw error;
  }
}

function keepBackup(sessionPath: string, real: string): void {
  const backup = backupPathFor(sessionPath);
  const temp = `${backup}.${process.pid}.tmp`;
  fs.rmSync(temp, {force: true});
  try {
    fs.linkSync(real, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // Some file systems have no hard links: a copy does the same, at the cost of the bytes.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EMLINK') fs.copyFileSync(real, temp);
    else throw error;
  }
  fs.renameSync(temp, backup);
}

/** Makes the renames in a folder durable; where a folder cannot be opened this is skipped. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every platform lets a folder be opened or synced; the rename stands anyway.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Removes the temporary files that writes of this session file left behind when
 * their process was killed mid-write (`NAME.PID.N.tmp`, `NAME.bak.PID.tmp`). Only
 * the holder of the session's lock calls it, so no live writer can own them.
 * Returns how many were removed.
 */
export function removeLeftoverTempFiles(sessionPath: string): number {
  const dir = path.dirname(path.resolve(sessionPath));
  const base = path.basename(sessionPath);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}(?:\\.\\d+\\.\\d+|\\.bak\\.\\d+)\\.tmp$`);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!pattern.test(name)) continue;
    try {
      fs.rmSync(path.join(dir, name), {force: true});
      removed++;
    } catch {
      // A file that cannot be removed now is tried again at the next opening.
    }
  }
  return removed;
}
