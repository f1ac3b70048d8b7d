/**
 * What the translator wrote is never lost or overwritten: the cases a reliability
 * review found, each run as the user ran it (the built program, real files, FIFOs,
 * devices and links in a temporary folder). Each must end with one line and exit 2,
 * or succeed, and leave every user file byte for byte as it was.
 */
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {FIXTURES, runCli, type CliRun} from './support/cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, {recursive: true, force: true});
});

/** A folder with the sample pair, a glossary and a few files of the user's. */
function userFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-safety-'));
  roots.push(dir);
  for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'glossary.tsv'), 'Pekín\tBeijing\n');
  fs.writeFileSync(path.join(dir, 'notes.tsv'), 'my own notes, written by hand\n');
  return dir;
}

/** Every file under a folder with its bytes, links as their target. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const st = fs.lstatSync(full);
    if (st.isSymbolicLink()) out.set(name, `link:${fs.readlinkSync(full)}`);
    else if (st.isFile()) out.set(name, `${(st.mode & 0o7777).toString(8)}:${fs.readFileSync(full).toString('base64')}`);
    else out.set(name, st.isFIFO() ? 'fifo' : 'other');
  }
  return out;
}

/** Asserts one line on stderr, nothing of a stack trace, and the exit code. */
function expectOneLine(run: CliRun, status: number, contains: string): void {
  expect(run.status).toBe(status);
  const lines = run.stderr.split('\n').filter(Boolean).filter(l => !l.includes('no terminal on standard input'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(contains);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('a session file never replaces a document', () => {
  test.each([
    ['check', ['check', 'article.es.txt', 'article.en.txt', '--session', 'article.en.txt'], '--session article.en.txt names the translation'],
    ['--fresh', ['article.es.txt', 'article.en.txt', '--session', 'article.en.txt', '--fresh'], '--session article.en.txt names the translation'],
    ['--fresh naming the source', ['article.es.txt', 'article.en.txt', '--session', 'article.es.txt', '--fresh'], 'names the source'],
    ['--fresh naming the glossary', ['article.es.txt', 'article.en.txt', '--session', 'glossary.tsv', '--glossary', 'glossary.tsv', '--fresh'], 'names the glossary'],
    ['a backup as --session', ['article.es.txt', 'article.en.txt', '--session', 'article.en.txt.cotejo.json.bak', '--fresh'], '--recover'],
  ])('%s: refused in one line, the files untouched', (_, args, words) => {
    const dir = userFolder();
    fs.writeFileSync(path.join(dir, 'article.en.txt.cotejo.json.bak'), '{"format": "cotejo-session"}');
    const before = snapshot(dir);
    const run = runCli(args, {cwd: dir});
    expectOneLine(run, 2, words);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('export: the output path is checked before anything is written', () => {
  const exportArgs = (out: string, ...more: string[]) => ['export', 'article.es.txt', 'article.en.txt', '--format', 'tsv', '-o', out, ...more];

  test.each([
    ['/dev/null', 'a device'],
    ['/dev/full', 'a device'],
    ['glossary.tsv', 'glossary'],
    ['article.en.txt', 'translation'],
    ['article.es.txt', 'source document'],
    ['article.en.txt.cotejo.json', 'session file'],
    ['article.en.txt.cotejo.json.old-2025-01-01T00-00-00Z', 'session file'],
    ['other.en.txt.cotejo.json', 'session file'],
    ['renamed-session.json', 'session file'],
    ['notes.tsv', 'exists already'],
    ['missing/out.tsv', 'does not exist'],
    ['fifo', 'FIFO'],
  ])('-o %s is refused (%s), every file untouched', (out, words) => {
    const dir = userFolder();
    fs.writeFileSync(path.join(dir, 'article.en.txt.cotejo.json.old-2025-01-01T00-00-00Z'), 'kept forever');
    fs.writeFileSync(path.join(dir, 'other.en.txt.cotejo.json'), 'another pair');
    fs.writeFileSync(path.join(dir, 'renamed-session.json'), '{\n  "format": "cotejo-session",\n  "version": 1\n}\n');
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const before = snapshot(dir);
    const glossary = out === 'glossary.tsv' ? ['--glossary', 'glossary.tsv'] : [];
    const run = runCli(exportArgs(out, ...glossary), {cwd: dir});
    expectOneLine(run, 2, words);
    expect(snapshot(dir)).toEqual(before);
  });

  test('-o - and -o /dev/stdout write to standard output', () => {
    const dir = userFolder();
    const before = snapshot(dir);
    for (const out of ['-', '/dev/stdout']) {
      const run = runCli(exportArgs(out), {cwd: dir});
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe('id\tsource (es)\ttarget (en)\tstatus\tcorrected\tnotes\tresolutions');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  test('--force replaces an existing file, keeping its mode; a symbolic link is written through', () => {
    const dir = userFolder();
    fs.chmodSync(path.join(dir, 'notes.tsv'), 0o600);
    fs.symlinkSync('notes.tsv', path.join(dir, 'link.tsv'));
    const run = runCli(exportArgs('link.tsv', '--force'), {cwd: dir});
    expect(run.status).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'link.tsv')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'notes.tsv'), 'utf8')).toMatch(/^id\tsource \(es\)/);
    expect(fs.statSync(path.join(dir, 'notes.tsv')).mode & 0o777).toBe(0o600);
  });
});

describe('inputs are what they claim', () => {
  test.each([
    ['a FIFO as the translation', ['check', 'article.es.txt', 'fifo'], 'FIFO'],
    ['a FIFO as the glossary', ['check', 'article.es.txt', 'article.en.txt', '--glossary', 'fifo'], 'FIFO'],
    ['/dev/zero as the translation', ['check', 'article.es.txt', '/dev/zero'], 'device'],
    ['a folder', ['check', 'article.es.txt', '.'], 'folder'],
    ['a file over the size limit', ['check', 'article.es.txt', 'article.en.txt', '--max-size', '2K'], '--max-size'],
    ['a size that is no size', ['check', 'article.es.txt', 'article.en.txt', '--max-size', 'lots'], '--max-size'],
    ['a language code that is none', ['check', 'article.es.txt', 'article.en.txt', '--target-lang', 'x'], 'en, es'],
    ['a value for a switch', ['article.es.txt', 'article.en.txt', '--fresh=yes'], 'takes no value'],
    ['a loop of links', ['check', 'article.es.txt', 'loop'], 'loop'],
    ['an overlong name', ['check', 'article.es.txt', `${'n'.repeat(5000)}.txt`], 'too long'],
  ])('%s: one line, exit 2, nothing written, never a hang', (_, args, words) => {
    const dir = userFolder();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    fs.symlinkSync('loop', path.join(dir, 'loop'));
    const before = snapshot(dir);
    const run = runCli(args, {cwd: dir});
    expectOneLine(run, 2, words);
    // A long value is shortened in the middle, not echoed whole.
    expect(run.stderr.length).toBeLessThan(1000);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  test('en_US is read as en-US and the pair is checked', () => {
    const dir = userFolder();
    const run = runCli(['check', 'article.es.txt', 'article.en.txt', '--target-lang', 'en_US', '--format', 'json'], {cwd: dir});
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {target: {lang: string}; divergences: unknown[]};
    expect(report.target.lang).toBe('en-US');
    // The English profile still applies: the sample's divergences are found.
    expect(report.divergences.length).toBeGreaterThan(10);
  }, 60_000);

  test('UTF-16 without a byte order mark is read as text', () => {
    const dir = userFolder();
    const text = fs.readFileSync(path.join(dir, 'article.en.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 'article.en.txt'), Buffer.from(text, 'utf16le'));
    const run = runCli(['check', 'article.es.txt', 'article.en.txt', '--format', 'json'], {cwd: dir});
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {target: {paragraphs: string[]}};
    expect(report.target.paragraphs[1]).toBe('Vladimir Putin to meet Xi Jinping in China seeking greater support for Ukraine invasion');
  }, 60_000);

  test('names and codes from the input reach the terminal without escape sequences', () => {
    const dir = userFolder();
    const evil = 'a\u001b[31mred\u001b]0;title\u0007.en.txt';
    fs.copyFileSync(path.join(dir, 'article.en.txt'), path.join(dir, evil));
    const run = runCli(['check', 'article.es.txt', evil, '--target-lang', 'en'], {cwd: dir});
    expect(run.stdout.split('\n')[0]).toContain('a␛[31mred␛]0;title␇.en.txt');
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  }, 60_000);

  test('a word of 5 MB with no space is checked, not a crash', () => {
    const dir = userFolder();
    fs.writeFileSync(path.join(dir, 'long.en.txt'), `Hello world. ${'a'.repeat(5_000_000)}\n`);
    fs.writeFileSync(path.join(dir, 'long.es.txt'), `Hola mundo. ${'a'.repeat(5_000_000)}\n`);
    const run = runCli(['check', 'long.es.txt', 'long.en.txt', '--format', 'json'], {cwd: dir});
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout) as {divergences: {category: string}[]};
    expect(report.divergences.filter(d => d.category === 'glued')).toEqual([]);
  }, 120_000);
});

describe('a FIFO never makes the program hang', () => {
  test('check on a FIFO returns at once even with no writer', async () => {
    const dir = userFolder();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const child = spawn(process.execPath, [path.join(FIXTURES, '..', 'dist', 'bin', 'cli.js'), 'check', 'article.es.txt', 'fifo'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']});
    const code = await new Promise<number | null>(resolve => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 30_000);
      child.on('close', c => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
  }, 40_000);
});
