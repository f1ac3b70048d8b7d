/**
 * One program at a time per session: a lock file beside the session file, created
 * with O_EXCL so that of two programs starting together exactly one wins. It holds
 * who owns it (process id, host, start time), so that the one refused can say who
 * holds it, and a lock left by a program that died can be told from a live one.
 */
import fs from 'node:fs';
import os from 'node:os';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';

/** Who holds a lock. */
export interface LockOwner {
  /** The owning process's id. */
  readonly pid: number;
  /** The host the process runs on: a process id means nothing on another machine. */
  readonly hostname: string;
  /** When the process took the lock (ISO 8601). */
  readonly started: string;
  /**
   * The script the process runs (its argv[1]), so that a process that merely got the
   * same id later is not taken for the holder. Absent in locks of older versions.
   */
  readonly program?: string;
}

/** A lock this process holds. */
export interface SessionLock {
  /** The lock file. */
  readonly path: string;
  /** This process, as written in the file. */
  readonly owner: LockOwner;
}

/** A lock taken, with what the user should be told about it. */
export interface AcquiredLock {
  /** The lock now held. */
  readonly lock: SessionLock;
  /** The owner of a stale lock that was taken over (its process is gone), or null. */
  readonly tookOverFrom: LockOwner | null;
}

/**
 * How old an empty or unreadable lock file must be before it counts as stale: a
 * program that has just created it may not have written its owner yet.
 */
const UNREADABLE_GRACE_MS = 5000;

const held = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the lock at `lockPath` for this process, taking over a stale one. Refused
 * with `store.error.locked` (owner named) when a live process holds it, or
 * `store.error.locked-elsewhere` when it is held from another host, which cannot be
 * checked from here.
 */
export function acquireLock(lockPath: string, now: Date = new Date()): Result<AcquiredLock, InputError> {
  const owner: LockOwner = {pid: process.pid, hostname: os.hostname(), started: now.toISOString(), ...(process.argv[1] ? {program: process.argv[1]} : {})};
  const first = tryCreate(lockPath, owner);
  if (first === 'created') return ok({lock: remember(lockPath, owner), tookOverFrom: null});
  if (first !== 'exists') return fail(inputError('store.error.lock-failed', {path: lockPath, reason: first}));

  const existing = readLockFile(lockPath);
  if (existing.kind === 'gone') return retry(lockPath, owner, null);
  if (existing.kind === 'owner') {
    const holder = existing.owner;
    if (holder.hostname !== owner.hostname) {
      return fail(inputError('store.error.locked-elsewhere', {path: lockPath, pid: holder.pid, hostname: holder.hostname, started: holder.started}));
    }
    if (holder.pid === process.pid && held.has(lockPath)) {
      return fail(inputError('store.error.locked', {path: lockPath, pid: holder.pid, hostname: holder.hostname, started: holder.started}));
    }
    if (holderIsRunning(holder)) {
      return fail(inputError('store.error.locked', {path: lockPath, pid: holder.pid, hostname: holder.hostname, started: holder.started}));
    }
  } else if (Date.now() - existing.mtimeMs < UNREADABLE_GRACE_MS) {
    return fail(inputError('store.error.locked-unreadable', {path: lockPath, seconds: Math.ceil(UNREADABLE_GRACE_MS / 1000)}));
  }
  const stale = existing.kind === 'owner' ? existing.owner : {pid: 0, hostname: '?', started: '?'};
  // Take over by renaming the stale file out of the way: of two programs doing this
  // at once only one rename finds the file. If what was renamed is not what was read
  // (another program took over in between), put it back and give up.
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return retry(lockPath, owner, stale);
    return fail(inputError('store.error.lock-failed', {path: lockPath, reason: errorCode(error)}));
  }
  const moved = readLockFile(aside);
  if (existing.kind === 'owner' && (moved.kind !== 'owner' || moved.owner.pid !== stale.pid || moved.owner.started !== stale.started)) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // Someone holds the lock again already; theirs stands.
    }
    fs.rmSync(aside, {force: true});
    return acquireLock(lockPath, now);
  }
  fs.rmSync(aside, {force: true});
  return retry(lockPath, owner, stale);
}

function retry(lockPath: string, owner: LockOwner, stale: LockOwner | null): Result<AcquiredLock, InputError> {
  const again = tryCreate(lockPath, owner);
  if (again === 'created') return ok({lock: remember(lockPath, owner), tookOverFrom: stale});
  if (again === 'exists') {
    const now = readLockFile(lockPath);
    if (now.kind !== 'owner') return fail(inputError('store.error.locked-unreadable', {path: lockPath, seconds: Math.ceil(UNREADABLE_GRACE_MS / 1000)}));
    const holder = now.owner;
    return fail(inputError('store.error.locked', {path: lockPath, pid: holder.pid, hostname: holder.hostname, started: holder.started}));
  }
  return fail(inputError('store.error.lock-failed', {path: lockPath, reason: again}));
}

/** Creates the lock file with the owner in it; `exists` when it is there already, else an error code. */
function tryCreate(lockPath: string, owner: LockOwner): 'created' | 'exists' | string {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    const code = errorCode(error);
    return code === 'EEXIST' ? 'exists' : code;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(owner)}\n`);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(lockPath, {force: true});
    return errorCode(error);
  }
  fs.closeSync(fd);
  return 'created';
}

type LockFileContent = {kind: 'owner'; owner: LockOwner} | {kind: 'unreadable'; mtimeMs: number} | {kind: 'gone'};

/** Who a lock file names, if it names anyone. */
export function readLockFile(lockPath: string): LockFileContent {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(lockPath).mtimeMs;
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return {kind: 'gone'};
    return {kind: 'unreadable', mtimeMs: Date.now()};
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(value.pid) && typeof value.hostname === 'string' && typeof value.started === 'string') {
      const program = typeof value.program === 'string' ? {program: value.program} : {};
      return {kind: 'owner', owner: {pid: value.pid!, hostname: value.hostname, started: value.started, ...program}};
    }
  } catch {
    // Half-written or not ours: judged by its age below.
  }
  return {kind: 'unreadable', mtimeMs};
}

/** Whether a process with this id exists on this host (a process of another user counts). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== 'ESRCH';
  }
}

/**
 * Whether the lock's holder still runs: the process exists and is not a zombie,
 * started no later than it took the lock (else the id was reused by a newer
 * process), and runs the same program. Linux tells all this through /proc; where
 * there is no /proc, a process with that id counts as the holder.
 */
export function holderIsRunning(holder: LockOwner): boolean {
  if (!isAlive(holder.pid)) return false;
  const info = processInfo(holder.pid);
  if (info === null) return true;
  if (info.state === 'Z' || info.state === 'X' || info.state === 'x') return false;
  const tookLock = Date.parse(holder.started);
  // Boot time has a resolution of a second, clock ticks of a hundredth: a second and a half of slack.
  if (info.startedMs !== null && Number.isFinite(tookLock) && info.startedMs > tookLock + 1500) return false;
  // Arguments that cannot be read (another user's process, hidepid) do not disprove the holder.
  if (info.argv.length === 0 || (info.argv.length === 1 && info.argv[0] === '')) return true;
  if (holder.program !== undefined) return info.argv.includes(holder.program);
  return info.argv.some(arg => /cotejo|cli\.js/i.test(arg));
}

/** A process's state letter, start time and arguments from /proc; null where /proc is not there. */
function processInfo(pid: number): {state: string; startedMs: number | null; argv: string[]} | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && fs.existsSync('/proc/self/stat')) return {state: 'X', startedMs: null, argv: []};
    return null;
  }
  // The command name is in parentheses and may hold spaces or parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0] ?? '?';
  const ticks = Number(fields[19]);
  let argv: string[] = [];
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    // A process of another user may hide its arguments; judged without them.
  }
  const boot = bootTimeMs();
  // Linux reports start times in clock ticks of 1/100 s on every platform it runs on today.
  const startedMs = boot !== null && Number.isFinite(ticks) ? boot + ticks * 10 : null;
  return {state, startedMs, argv};
}

let bootTime: number | null | undefined;

function bootTimeMs(): number | null {
  if (bootTime !== undefined) return bootTime;
  try {
    const line = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    bootTime = line ? Number(line[1]) * 1000 : null;
  } catch {
    bootTime = null;
  }
  return bootTime;
}

function remember(lockPath: string, owner: LockOwner): SessionLock {
  held.add(lockPath);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // The last safety net: a normal exit or process.exit() anywhere removes the
    // locks this process still holds. Signals are the program's edge to handle; it
    // calls releaseLock (or exits, which lands here).
    process.on('exit', releaseAllLocks);
  }
  return {path: lockPath, owner};
}

/**
 * Gives the lock up: removes the file if it still names this process. Safe to call
 * twice and on every exit path.
 */
export function releaseLock(lock: SessionLock): void {
  if (!held.delete(lock.path)) return;
  const content = readLockFile(lock.path);
  if (content.kind === 'owner' && content.owner.pid === lock.owner.pid && content.owner.started === lock.owner.started) {
    removeLockFile(lock.path);
  }
}

/** Releases every lock this process holds (for an exit handler). */
export function releaseAllLocks(): void {
  for (const p of [...held]) {
    const content = readLockFile(p);
    held.delete(p);
    if (content.kind === 'owner' && content.owner.pid === process.pid) removeLockFile(p);
  }
}

const leftBehind = new Map<string, string>();

/**
 * Removes a lock file; a folder turned read-only must not turn leaving into a
 * crash. A lock that stays names this process, which is gone soon, so the next
 * opening takes it over; the way out still tells the user (locksLeftBehind).
 */
function removeLockFile(lockPath: string): void {
  try {
    fs.rmSync(lockPath, {force: true});
  } catch (error) {
    leftBehind.set(lockPath, errorCode(error));
  }
}

/** Lock files this process could not remove, with the error code of each. */
export function locksLeftBehind(): ReadonlyMap<string, string> {
  return leftBehind;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}
