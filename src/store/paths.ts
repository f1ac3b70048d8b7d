/**
 * Where a session's files are. The session file sits beside the target document and
 * is named after it in full (`article.en.txt` → `article.en.txt.cotejo.json`), so two
 * translations in one folder, or one text in two formats, never share a session.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The suffix added to the target document's name to name its session file. */
export const SESSION_SUFFIX = '.cotejo.json';

/** The session file for a target document. */
export function sessionPathFor(targetPath: string): string {
  return `${targetPath}${SESSION_SUFFIX}`;
}

/** The lock file of a session file: `NAME.cotejo.lock` beside `NAME.cotejo.json`. */
export function lockPathFor(sessionPath: string): string {
  return sessionPath.endsWith(SESSION_SUFFIX) ? `${sessionPath.slice(0, -'.json'.length)}.lock` : `${sessionPath}.lock`;
}

/** The previous version of a session file, kept by every save. */
export function backupPathFor(sessionPath: string): string {
  return `${sessionPath}.bak`;
}

/** A moment as a file-name-safe UTC stamp: `2025-01-31T10-02-03Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

/**
 * A name that does not exist yet for a copy of the session file set aside:
 * `NAME.cotejo.json.old-STAMP` (`--fresh`), `NAME.cotejo.json.orphaned-STAMP`
 * (documents changed) or `NAME.cotejo.json.damaged-STAMP` (`--recover`), with `-2`,
 * `-3`, … when that moment is already taken (by the copy or by its backup).
 */
export function asidePathFor(sessionPath: string, kind: 'old' | 'orphaned' | 'damaged', date: Date): string {
  const base = `${sessionPath}.${kind}-${fileStamp(date)}`;
  let candidate = base;
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(backupPathFor(candidate)); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Whether two paths name the same file: the same resolved path, or the same inode when both exist. */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
