/**
 * Runs the built program as a user would: `node dist/bin/cli.js ARGS` in a real
 * process, with real files. `npm test` builds first.
 */
import {execFile, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The repository's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The built command-line entry point. */
export const CLI = path.join(ROOT, 'dist', 'bin', 'cli.js');
/** The fixtures folder. */
export const FIXTURES = path.join(ROOT, 'fixtures');

/** What a run of the program printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the program with arguments, without a terminal, in English unless env says otherwise. */
export function runCli(args: readonly string[], options: {cwd?: string; env?: Record<string, string>; input?: string} = {}): CliRun {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C.UTF-8', ...options.env},
    maxBuffer: 256 << 20,
  });
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

/**
 * The program run as runCli runs it, but without blocking, so that independent runs
 * can overlap (each loads the dictionaries, which takes seconds).
 */
export function runCliAsync(args: readonly string[]): Promise<CliRun> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  return new Promise(resolve => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      {cwd: ROOT, encoding: 'utf8', env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C.UTF-8'}, maxBuffer: 64 * 1024 * 1024},
      (error, stdout, stderr) => resolve({status: error ? ((error as {code?: number}).code ?? 1) : 0, stdout, stderr}),
    );
    child.stdin?.end();
  });
}
