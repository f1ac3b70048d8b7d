/**
 * Opening a session: finding the session file of a pair, taking its lock, reading
 * and checking it, resuming the work exactly where it was left, or carrying it over
 * to documents that changed since, or starting over (`--fresh`).
 *
 * Files are never deleted or overwritten by opening: `--fresh` renames the old
 * session file to `NAME.cotejo.json.old-STAMP`, and a carry-over first copies it to
 * `NAME.cotejo.json.orphaned-STAMP`. A session file that cannot be read is an input
 * error and stays as it is.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import {initialState, type SessionState} from '../core/session.js';
import type {Alignment, Document} from '../core/types.js';
import {VERSION} from '../version.js';
import {carryOver, type CarryOverReport, type DivergencesOf, type Realign} from './carry-over.js';
import {acquireLock, releaseLock, type SessionLock} from './lock.js';
import {asidePathFor, backupPathFor, lockPathFor, sessionPathFor} from './paths.js';
import {parseSessionFile, relativeDocumentPath, stateOfSessionFile, type SessionFile, type SessionMeta} from './session-file.js';
import {removeLeftoverTempFiles, SessionStore, writeFileAtomicallySync, type StoreTiming} from './session-store.js';

/** Something the user should be told on opening: a message code in the `store` namespace and its values. */
export interface Notice {
  /** The message's full i18next key, for example `store.notice.stale-lock`. */
  readonly code: string;
  /** Values for the message. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** What opening a session needs. */
export interface OpenSessionRequest {
  /** The source document as loaded now. */
  readonly source: Document;
  /** The target document as loaded now. */
  readonly target: Document;
  /** The source file on disk (hashed); defaults to `source.path`. */
  readonly sourceFile?: string;
  /** The target file on disk (hashed, and the session file is named after it); defaults to `target.path`. */
  readonly targetFile?: string;
  /** The automatic alignment of the whole pair, computed only when a new session starts. */
  readonly align: () => Alignment | Promise<Alignment>;
  /** Aligns a changed region when the documents changed since the save. */
  readonly realign: Realign;
  /**
   * How to find the divergences of a state, to report dismissals that no longer apply
   * after a change; asked for only then, since loading the checks takes time.
   */
  readonly divergencesOf?: () => Promise<DivergencesOf>;
  /** Another session file than the one beside the target (`--session`). */
  readonly sessionPath?: string | undefined;
  /** Start over, setting the old session file and its backup aside (`--fresh`). */
  readonly fresh?: boolean | undefined;
  /** Continue from the backup when the session file is damaged, setting the damaged one aside (`--recover`). */
  readonly recover?: boolean | undefined;
  /** Neither lock nor save nor move anything (`--read-only`). */
  readonly readOnly?: boolean | undefined;
  /** Pacing of the store's writes (tests use short ones). */
  readonly timing?: Partial<StoreTiming>;
  /** The clock. */
  readonly now?: () => Date;
}

/** An opened session. */
export interface OpenedSession {
  /** The working state to start from. */
  readonly state: SessionState;
  /** The store that saves it; null when read-only. */
  readonly store: SessionStore | null;
  /** The session file. */
  readonly sessionPath: string;
  /** Whether saved work was found and resumed (possibly carried over). */
  readonly resumed: boolean;
  /** What became of the saved work when the documents had changed; null when they had not. */
  readonly carryOver: CarryOverReport | null;
  /** Messages for the user, in order. */
  readonly notices: readonly Notice[];
  /** Releases the lock (every exit path calls it; safe to call twice). */
  readonly release: () => void;
}

/** SHA-256 of a file's bytes, in hex. */
export function fileSha256(filePath: string): Result<string, InputError> {
  try {
    return ok(createHash('sha256').update(fs.readFileSync(filePath)).digest('hex'));
  } catch (error) {
    return fail(inputError('store.error.document-unreadable', {path: filePath, reason: (error as NodeJS.ErrnoException).code ?? 'EIO'}));
  }
}

/** Reads a session file from disk: missing is `null`, unreadable or invalid an input error. */
export function readSessionFile(sessionPath: string): Result<SessionFile | null, InputError> {
  let text: string;
  try {
    text = fs.readFileSync(sessionPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return ok(null);
    return fail(inputError('store.error.session-unreadable', {path: sessionPath, reason: code}));
  }
  return parseSessionFile(text, sessionPath);
}

/** Whether a file exists and no one may write it (no write bit set: even root's saves leave it alone). */
function isReadOnlyFile(filePath: string): boolean {
  try {
    return (fs.statSync(filePath).mode & 0o222) === 0;
  } catch {
    return false;
  }
}

/** The session file's backup, when it is there and valid. */
function readBackup(sessionPath: string): {file: SessionFile} | null {
  const read = readSessionFile(backupPathFor(sessionPath));
  return read.ok && read.value !== null ? {file: read.value} : null;
}

/**
 * Puts the backup back in the session file's place: the damaged file (if any) is
 * renamed to `NAME.cotejo.json.damaged-STAMP` first, then the backup's bytes are
 * written as the session file; the backup itself stays. Returns the damaged file's
 * new name, or null when there was none.
 */
function restoreBackup(sessionPath: string, date: Date): Result<string | null, InputError> {
  const aside = fs.existsSync(sessionPath) ? asidePathFor(sessionPath, 'damaged', date) : null;
  try {
    const bytes = fs.readFileSync(backupPathFor(sessionPath));
    if (aside !== null) fs.renameSync(sessionPath, aside);
    writeFileAtomicallySync(sessionPath, bytes);
  } catch (error) {
    return fail(inputError('store.error.set-aside-failed', {path: sessionPath, reason: (error as NodeJS.ErrnoException).code ?? 'EIO'}));
  }
  return ok(aside);
}

function sameTexts(a: readonly string[], doc: Document): boolean {
  return a.length === doc.paragraphs.length && a.every((t, i) => t === doc.paragraphs[i]!.text);
}

/** Opens (or starts) the session of a pair; see the module's comment for what it does. */
export async function openSession(request: OpenSessionRequest): Promise<Result<OpenedSession, InputError>> {
  const now = request.now ?? (() => new Date());
  const sourceFile = request.sourceFile ?? request.source.path;
  const targetFile = request.targetFile ?? request.target.path;
  const sessionPath = request.sessionPath ?? sessionPathFor(targetFile);
  const notices: Notice[] = [];
  let readOnly = request.readOnly === true;
  if (!readOnly && isReadOnlyFile(sessionPath)) {
    // Saving would replace a file its owner marked read-only: the work is shown, not saved.
    readOnly = true;
    notices.push({code: 'store.notice.session-file-read-only', params: {path: sessionPath}});
  }

  const sourceSha = fileSha256(sourceFile);
  if (!sourceSha.ok) return sourceSha;
  const targetSha = fileSha256(targetFile);
  if (!targetSha.ok) return targetSha;

  let lock: SessionLock | null = null;
  if (readOnly) {
    notices.push({code: 'store.notice.read-only', params: {path: sessionPath}});
  } else {
    const taken = acquireLock(lockPathFor(sessionPath), now());
    if (!taken.ok) return taken;
    lock = taken.value.lock;
    const stale = taken.value.tookOverFrom;
    if (stale) notices.push({code: 'store.notice.stale-lock', params: {pid: stale.pid, hostname: stale.hostname, started: stale.started}});
    removeLeftoverTempFiles(sessionPath);
  }
  const release = (): void => {
    if (lock) releaseLock(lock);
  };
  const failWith = (error: InputError): Result<never, InputError> => {
    release();
    return fail(error);
  };

  let saved: SessionFile | null = null;
  if (request.fresh) {
    const backup = backupPathFor(sessionPath);
    const hasSession = fs.existsSync(sessionPath);
    if (hasSession || fs.existsSync(backup)) {
      if (readOnly) {
        notices.push({code: 'store.notice.fresh-read-only', params: {path: sessionPath}});
      } else {
        // The backup goes aside with the session file: the new session's saves would
        // otherwise replace it, and it may be the last good copy of the earlier work.
        const aside = asidePathFor(sessionPath, 'old', now());
        try {
          if (hasSession) fs.renameSync(sessionPath, aside);
          if (fs.existsSync(backup)) fs.renameSync(backup, backupPathFor(aside));
        } catch (error) {
          return failWith(inputError('store.error.set-aside-failed', {path: sessionPath, reason: (error as NodeJS.ErrnoException).code ?? 'EIO'}));
        }
        notices.push({code: hasSession ? 'store.notice.fresh' : 'store.notice.fresh-backup', params: {path: hasSession ? aside : backupPathFor(aside)}});
      }
    }
  } else {
    const read = readSessionFile(sessionPath);
    const backup = read.ok && read.value !== null ? null : readBackup(sessionPath);
    if (request.recover && read.ok && read.value !== null) {
      // Nothing is damaged: the session file is newer than its backup and stays.
      notices.push({code: 'store.notice.nothing-to-recover', params: {path: sessionPath}});
      saved = read.value;
    } else if (request.recover) {
      if (backup === null) return failWith(inputError('store.error.no-valid-backup', {path: backupPathFor(sessionPath)}));
      if (readOnly) {
        notices.push({code: 'store.notice.recovered-read-only', params: {backup: backupPathFor(sessionPath), path: sessionPath}});
      } else {
        const recovered = restoreBackup(sessionPath, now());
        if (!recovered.ok) return failWith(recovered.error);
        notices.push({code: 'store.notice.recovered', params: {backup: backupPathFor(sessionPath), aside: recovered.value ?? ''}});
      }
      saved = backup.file;
    } else {
      if (!read.ok) {
        if (backup !== null && fs.existsSync(sessionPath)) {
          return failWith(inputError('store.error.session-damaged-backup', {path: sessionPath, backup: backupPathFor(sessionPath), saved: backup.file.saved}));
        }
        return failWith(read.error);
      }
      saved = read.value;
    }
  }

  const meta: SessionMeta = {
    sourcePath: relativeDocumentPath(sessionPath, sourceFile),
    targetPath: relativeDocumentPath(sessionPath, targetFile),
    sourceSha256: sourceSha.value,
    targetSha256: targetSha.value,
    created: saved?.created ?? now().toISOString(),
    toolVersion: VERSION,
  };
  const makeStore = (onDisk: SessionState | null): SessionStore | null =>
    readOnly ? null : new SessionStore({sessionPath, meta, saved: onDisk, lock, ...(request.timing ? {timing: request.timing} : {}), now});

  if (saved === null) {
    const state = initialState(request.source, request.target, await request.align());
    return ok({state, store: makeStore(null), sessionPath, resumed: false, carryOver: null, notices, release});
  }

  if (saved.source.path !== meta.sourcePath || saved.target.path !== meta.targetPath) {
    notices.push({code: 'store.notice.paths-differ', params: {source: saved.source.path, target: saved.target.path}});
  }

  if (sameTexts(saved.source.paragraphs, request.source) && sameTexts(saved.target.paragraphs, request.target)) {
    // The same paragraphs (the bytes may differ in line ends or trailing spaces):
    // the work resumes exactly as saved, over the documents as loaded now.
    const state = stateOfSessionFile(saved, request.source, request.target);
    return ok({state, store: makeStore(state), sessionPath, resumed: true, carryOver: null, notices, release});
  }

  const carried = carryOver(saved, request.source, request.target, request.realign, await request.divergencesOf?.());
  if (readOnly) {
    notices.push({code: 'store.notice.carried-read-only', params: {path: sessionPath}});
    return ok({state: carried.state, store: null, sessionPath, resumed: true, carryOver: carried.report, notices, release});
  }
  const orphaned = asidePathFor(sessionPath, 'orphaned', now());
  try {
    fs.copyFileSync(sessionPath, orphaned, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    // Without the copy, the next save would overwrite the only record of the old work.
    return failWith(inputError('store.error.set-aside-failed', {path: sessionPath, reason: (error as NodeJS.ErrnoException).code ?? 'EIO'}));
  }
  notices.push({code: 'store.notice.carried-over', params: {path: path.basename(orphaned)}});
  const store = makeStore(null)!;
  store.update(carried.state);
  await store.flush();
  return ok({state: carried.state, store, sessionPath, resumed: true, carryOver: carried.report, notices, release});
}
