/**
 * Real folders for the store's tests: temporary folders, and small tmpfs mounts to
 * make a disk full or read-only for real (root only; elsewhere the caller skips and
 * prints why).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix = 'cotejo-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs mount(8); the error's message when it fails. */
function mount(args: string[]): string | null {
  try {
    execFileSync('mount', args, {stdio: 'pipe'});
    return null;
  } catch (error) {
    const e = error as {stderr?: Buffer; message: string};
    return (e.stderr?.toString() || e.message).trim();
  }
}

/** Mounts a tmpfs of `size` (as mount takes it: 64k, 1m) on a new folder; why not, when it cannot. */
export function mountTmpfs(size: string): {dir: string} | {reason: string} {
  if (process.getuid?.() !== 0) return {reason: 'mounting a small tmpfs needs root, and the tests do not run as root'};
  const dir = tempDir('cotejo-tmpfs-');
  const failed = mount(['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (failed) {
    fs.rmSync(dir, {recursive: true, force: true});
    return {reason: `mount -t tmpfs failed here: ${failed}`};
  }
  return {dir};
}

/** Remounts a tmpfs with other options (ro, rw, size=…); throws when it fails. */
export function remount(dir: string, options: string): void {
  const failed = mount(['-o', `remount,${options}`, dir]);
  if (failed) throw new Error(`remount ${options} failed: ${failed}`);
}

/** Unmounts and removes a tmpfs folder. */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], {stdio: 'pipe'});
  } catch {
    execFileSync('umount', ['-l', dir], {stdio: 'pipe'});
  }
  fs.rmSync(dir, {recursive: true, force: true});
}

/** Waits until `check` holds, polling; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 5000, what = 'a condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 5));
  }
}

/** Null when a tmpfs can be mounted here (it tries one), else why not: for skipping with a reason. */
export function tmpfsUnavailable(): string | null {
  const probe = mountTmpfs('64k');
  if ('reason' in probe) return probe.reason;
  unmount(probe.dir);
  return null;
}
