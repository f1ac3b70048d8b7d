/**
 * Where a write may go, decided before anything is written. A session file, an
 * export or the move of `--fresh` must never land on a document, the glossary, a
 * session file of another pair or a backup of this one; a device, a FIFO or a socket
 * is never replaced by an ordinary file; a symbolic link is written through to the
 * file it names; and an existing file is only replaced when the user said so
 * (`--force` on the command line, a question in the reviewer).
 */
import fs from 'node:fs';
import path from 'node:path';
import {inputError, type InputError} from '../core/result.js';
import {backupPathFor, lockPathFor, sessionPathFor} from './paths.js';
import {SESSION_FORMAT_NAME} from './session-file.js';

/** What a protected file is to this command, for the message that refuses it. */
export type ProtectedRole = 'source' | 'target' | 'glossary' | 'session' | 'backup';

/** A file that this command reads or keeps, and so must never be written over. */
export interface ProtectedFile {
  /** The file as the user named it. */
  readonly path: string;
  /** What it is. */
  readonly role: ProtectedRole;
}

/** Where a write goes once the path is checked. */
export type WriteTarget =
  /** Standard output (`-`, /dev/stdout). */
  | {readonly kind: 'stdout'}
  | {
      readonly kind: 'file';
      /** The file to write: the path given, or the file its symbolic links lead to. */
      readonly path: string;
      /** Whether a file is there already (and will be replaced). */
      readonly exists: boolean;
    };

/** The verdict on a path to write. */
export type WriteCheck =
  | {readonly kind: 'ok'; readonly target: WriteTarget}
  /** A file is there and may be replaced only once the user confirms (`--force`, or yes in the dialog). */
  | {readonly kind: 'exists'; readonly path: string}
  /** The path cannot be written; the error says why and what to do. */
  | {readonly kind: 'refused'; readonly error: InputError};

/** How a path is to be judged. */
export interface WriteRules {
  /** Files that must not be written over. */
  readonly protectedFiles: readonly ProtectedFile[];
  /** Whether `-` and /dev/stdout mean standard output (exports); otherwise they are refused. */
  readonly allowStdout: boolean;
  /** Whether an existing file may be replaced without asking. */
  readonly overwrite: boolean;
}

/** Paths that name this process's standard output. */
const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * File names of a session's own files: the session file, its lock, its backup and
 * the copies set aside by `--fresh` and carry-over. Written only by the store.
 */
const SESSION_FILE_NAME = /\.cotejo\.(?:json|lock)(?:\.bak|\.old-[^/]*|\.orphaned-[^/]*|\.damaged-[^/]*)?$/;

/** Whether a name is one of the files a session keeps (`*.cotejo.json`, its `.bak`, lock or copies). */
export function isSessionFileName(filePath: string): boolean {
  return SESSION_FILE_NAME.test(path.basename(filePath));
}

/** Whether a file begins like a session file (any pair's), judged from its first bytes. */
export function looksLikeSessionFile(filePath: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    if (!fs.fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(512);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes(`"${SESSION_FORMAT_NAME}"`);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The error code of a failed file-system call. */
function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

/**
 * The file a path leads to when it is written: symbolic links followed (also one
 * that points to a file not created yet). A loop or an overlong path is an error.
 */
export function followLinks(filePath: string): {ok: true; path: string} | {ok: false; code: string} {
  let current = path.resolve(filePath);
  for (let hops = 0; hops < 40; hops++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch (error) {
      const code = codeOf(error);
      return code === 'ENOENT' ? {ok: true, path: current} : {ok: false, code};
    }
    if (!stat.isSymbolicLink()) return {ok: true, path: current};
    try {
      current = path.resolve(path.dirname(current), fs.readlinkSync(current));
    } catch (error) {
      return {ok: false, code: codeOf(error)};
    }
  }
  return {ok: false, code: 'ELOOP'};
}

/** The refusal for a path the system cannot use, worded by why. */
export function pathProblem(filePath: string, code: string): InputError {
  if (code === 'ELOOP') return inputError('store.error.path-loop', {path: filePath});
  if (code === 'ENAMETOOLONG') return inputError('store.error.path-too-long', {path: filePath});
  if (code === 'ENOTDIR') return inputError('store.error.path-not-folder', {path: filePath});
  return inputError('store.error.path-unusable', {path: filePath, reason: code});
}

/** Judges a path before anything is written there; see the module's comment. */
export function checkWriteTarget(requested: string, rules: WriteRules): WriteCheck {
  const refuse = (error: InputError): WriteCheck => ({kind: 'refused', error});
  if (requested === '') return refuse(inputError('store.error.path-empty', {}));
  if (requested === '-' || STDOUT_NAMES.has(path.resolve(requested))) {
    return rules.allowStdout ? {kind: 'ok', target: {kind: 'stdout'}} : refuse(inputError('store.error.not-regular', {path: requested, kind: 'stdout'}));
  }
  const followed = followLinks(requested);
  if (!followed.ok) return refuse(pathProblem(requested, followed.code));
  const real = followed.path;

  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(real);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT') return refuse(pathProblem(requested, code));
  }
  if (stat === null) {
    const folder = path.dirname(real);
    try {
      if (!fs.statSync(folder).isDirectory()) return refuse(inputError('store.error.path-not-folder', {path: requested}));
    } catch (error) {
      const code = codeOf(error);
      return refuse(code === 'ENOENT' ? inputError('store.error.folder-missing', {path: requested, folder}) : pathProblem(requested, code));
    }
  } else if (stat.isDirectory()) {
    return refuse(inputError('store.error.target-is-folder', {path: requested}));
  } else if (!stat.isFile()) {
    return refuse(inputError('store.error.not-regular', {path: requested, kind: fileKind(stat)}));
  }

  for (const p of rules.protectedFiles) {
    if (sameTarget(real, p.path)) return refuse(inputError(`store.error.would-overwrite-${p.role}`, {path: requested}));
  }
  if (isSessionFileName(real) || isSessionFileName(requested) || (stat !== null && looksLikeSessionFile(real))) {
    return refuse(inputError('store.error.would-overwrite-session-file', {path: requested}));
  }
  if (stat !== null && !rules.overwrite) return {kind: 'exists', path: requested};
  return {kind: 'ok', target: {kind: 'file', path: real, exists: stat !== null}};
}

/** Whether `real` (links followed) is the file `other` names: same path after links, or same inode. */
function sameTarget(real: string, other: string): boolean {
  const o = followLinks(other);
  if (o.ok && o.path === real) return true;
  try {
    const a = fs.statSync(real);
    const b = fs.statSync(other);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** A word for a non-regular file's kind, for messages. */
export function fileKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

/** The files of a command line: its documents, glossary and session. */
export interface CommandFiles {
  /** SOURCE and TARGET, or one bilingual file. */
  readonly files: readonly string[];
  /** `--session`, when given. */
  readonly sessionPath?: string | undefined;
  /** `--glossary`, when given. */
  readonly glossaryPath?: string | undefined;
}

/** The files a command must never write over: its documents, glossary, session file, backup and lock. */
export function protectedFilesOf(command: CommandFiles): ProtectedFile[] {
  const [first, second] = command.files;
  const files: ProtectedFile[] = [];
  if (first !== undefined) files.push({path: first, role: second === undefined ? 'target' : 'source'});
  if (second !== undefined) files.push({path: second, role: 'target'});
  if (command.glossaryPath !== undefined) files.push({path: command.glossaryPath, role: 'glossary'});
  const target = second ?? first;
  const session = command.sessionPath ?? (target !== undefined ? sessionPathFor(target) : undefined);
  if (session !== undefined) {
    files.push({path: session, role: 'session'}, {path: backupPathFor(session), role: 'backup'}, {path: lockPathFor(session), role: 'backup'});
  }
  return files;
}

/**
 * Why a path cannot be a session file, or null when it can: it must not be one of
 * the command's documents or its glossary (naming the translation as `--session`
 * would otherwise make `--fresh` move the translation aside), a backup or lock of a
 * session, a folder, or anything but a regular file. A symbolic link is fine: saves
 * write through it.
 */
export function sessionPathProblem(sessionPath: string, protectedFiles: readonly ProtectedFile[]): InputError | null {
  if (sessionPath === '') return inputError('store.error.path-empty', {});
  const followed = followLinks(sessionPath);
  if (!followed.ok) return pathProblem(sessionPath, followed.code);
  const real = followed.path;
  try {
    const stat = fs.statSync(real);
    if (stat.isDirectory()) return inputError('store.error.target-is-folder', {path: sessionPath});
    if (!stat.isFile()) return inputError('store.error.not-regular', {path: sessionPath, kind: fileKind(stat)});
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'ENOENT') return pathProblem(sessionPath, code);
  }
  for (const p of protectedFiles) {
    if (p.role === 'session' || p.role === 'backup') continue;
    if (sameTarget(real, p.path)) return inputError(`store.error.session-is-${p.role}`, {path: sessionPath});
  }
  const name = path.basename(real);
  if (isSessionFileName(name) && !name.endsWith('.cotejo.json')) return inputError('store.error.session-is-backup', {path: sessionPath});
  return null;
}
