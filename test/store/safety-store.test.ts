/**
 * The session file as the last good copy of the work: --fresh keeps the backup, a
 * damaged file can be recovered from it, a read-only file is left alone, saves keep
 * the mode and write through symbolic links, and a synchronous save on the way out
 * writes what a debounced save had not yet written.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {documentFromText} from '../../src/core/document.js';
import {reduce, type SessionState} from '../../src/core/session.js';
import {openSession, type OpenedSession} from '../../src/store/open-session.js';
import {parseSessionFile} from '../../src/store/session-file.js';
import {tempDir} from './fs-helpers.js';

const SOURCE = ['El gobierno aprobó el presupuesto.', 'La oposición votó en contra.', 'El debate seguirá en el Senado.'];
const TARGET = ['The government approved the budget.', 'The opposition voted against it.', 'The debate will go on in the Senate.'];

const opened: OpenedSession[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.release();
});

function writePair(): {dir: string; targetPath: string; sourcePath: string; sessionPath: string} {
  const dir = tempDir('cotejo-safety-store-');
  const sourcePath = path.join(dir, 'budget.es.txt');
  const targetPath = path.join(dir, 'budget.en.txt');
  fs.writeFileSync(sourcePath, `${SOURCE.join('\n\n')}\n`);
  fs.writeFileSync(targetPath, `${TARGET.join('\n\n')}\n`);
  return {dir, sourcePath, targetPath, sessionPath: `${targetPath}.cotejo.json`};
}

async function open(pair: {sourcePath: string; targetPath: string}, options: {fresh?: boolean; recover?: boolean; sessionPath?: string} = {}) {
  const load = (p: string, lang: string) => {
    const r = documentFromText(fs.readFileSync(p, 'utf8'), {path: p, lang});
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };
  const source = load(pair.sourcePath, 'es');
  const target = load(pair.targetPath, 'en');
  const oneToOne = () => source.paragraphs.map((_, i) => ({source: [i], target: [i], confidence: 0.5}));
  const r = await openSession({source, target, align: oneToOne, realign: oneToOne, timing: {debounceMs: 1, minIntervalMs: 1}, ...options});
  if (r.ok) opened.push(r.value);
  return r;
}

function edit(state: SessionState, text: string): SessionState {
  return reduce(state, {type: 'edit-target', paragraph: 0, text});
}

/** Opens, makes two saved edits (so that a backup exists) and closes. */
async function workSaved(pair: {sourcePath: string; targetPath: string}, texts: readonly string[]): Promise<void> {
  const r = await open(pair);
  if (!r.ok) throw new Error(r.error.code);
  let state = r.value.state;
  for (const text of texts) {
    state = edit(state, text);
    r.value.store!.update(state);
    await r.value.store!.flush();
  }
  await r.value.store!.close();
}

const correctionOf = (file: string): string | undefined => {
  const parsed = parseSessionFile(fs.readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value.corrections[0]?.corrected;
};

describe('the backup is a way back', () => {
  test('a damaged session file with an intact backup is refused with --recover offered, and nothing changes', async () => {
    const pair = writePair();
    await workSaved(pair, ['First edit.', 'Second edit.']);
    fs.writeFileSync(pair.sessionPath, '{"format": "cotejo-session", broken');
    const before = fs.readdirSync(pair.dir).map(f => [f, fs.readFileSync(path.join(pair.dir, f), 'utf8')]);
    const r = await open(pair);
    expect(!r.ok && r.error.code).toBe('store.error.session-damaged-backup');
    expect(!r.ok && r.error.params['backup']).toBe(`${pair.sessionPath}.bak`);
    expect(fs.readdirSync(pair.dir).map(f => [f, fs.readFileSync(path.join(pair.dir, f), 'utf8')])).toEqual(before);
  });

  test('--recover continues from the backup and keeps the damaged file', async () => {
    const pair = writePair();
    await workSaved(pair, ['First edit.', 'Second edit.']);
    const damaged = '{"format": "cotejo-session", broken';
    fs.writeFileSync(pair.sessionPath, damaged);
    const r = await open(pair, {recover: true});
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.state.target.paragraphs[0]!.text).toBe('First edit.');
    const aside = fs.readdirSync(pair.dir).find(f => f.includes('.damaged-'));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(pair.dir, aside!), 'utf8')).toBe(damaged);
    expect(r.value.notices.map(n => n.code)).toContain('store.notice.recovered');
    expect(correctionOf(pair.sessionPath)).toBe('First edit.');
  });

  test('--fresh after a damaged file keeps the last good copy, which no later save replaces', async () => {
    const pair = writePair();
    await workSaved(pair, ['First edit.', 'Second edit.']);
    const goodBackup = fs.readFileSync(`${pair.sessionPath}.bak`, 'utf8');
    fs.writeFileSync(pair.sessionPath, 'damaged');
    const r = await open(pair, {fresh: true});
    if (!r.ok) throw new Error(r.error.code);
    let state = r.value.state;
    for (const text of ['New one.', 'New two.', 'New three.']) {
      state = edit(state, text);
      r.value.store!.update(state);
      await r.value.store!.flush();
    }
    await r.value.store!.close();
    const names = fs.readdirSync(pair.dir);
    const old = names.find(f => /\.old-[^.]+$/.test(f))!;
    expect(fs.readFileSync(path.join(pair.dir, old), 'utf8')).toBe('damaged');
    expect(fs.readFileSync(path.join(pair.dir, `${old}.bak`), 'utf8')).toBe(goodBackup);
    expect(correctionOf(path.join(pair.dir, `${old}.bak`))).toBe('First edit.');
  });
});

describe('saves respect the file', () => {
  test('a 0600 session file stays 0600 after saves', async () => {
    const pair = writePair();
    await workSaved(pair, ['One.']);
    fs.chmodSync(pair.sessionPath, 0o600);
    await workSaved(pair, ['Two.']);
    expect(fs.statSync(pair.sessionPath).mode & 0o777).toBe(0o600);
    expect(correctionOf(pair.sessionPath)).toBe('Two.');
  });

  test('a read-only session file is not replaced: the pair opens read-only and says why', async () => {
    const pair = writePair();
    await workSaved(pair, ['One.']);
    fs.chmodSync(pair.sessionPath, 0o444);
    const before = fs.readFileSync(pair.sessionPath);
    const r = await open(pair);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.store).toBeNull();
    expect(r.value.notices.map(n => n.code)).toContain('store.notice.session-file-read-only');
    expect(fs.readFileSync(pair.sessionPath)).toEqual(before);
  });

  test('a symbolic link as the session file is written through and stays a link', async () => {
    const pair = writePair();
    const real = path.join(pair.dir, 'elsewhere.json');
    await workSaved({...pair}, ['One.']);
    fs.renameSync(pair.sessionPath, real);
    fs.symlinkSync('elsewhere.json', pair.sessionPath);
    await workSaved(pair, ['Two.']);
    expect(fs.lstatSync(pair.sessionPath).isSymbolicLink()).toBe(true);
    expect(correctionOf(real)).toBe('Two.');
  });

  test('releasing the lock on a way out writes the pending change synchronously', async () => {
    const pair = writePair();
    const r = await open(pair);
    if (!r.ok) throw new Error(r.error.code);
    const store = r.value.store!;
    // A long pause before the debounced write: only the synchronous save can have written it.
    store.update(edit(r.value.state, 'Written on the way out.'));
    expect(store.hasUnsavedWork()).toBe(true);
    store.releaseLock();
    expect(correctionOf(pair.sessionPath)).toBe('Written on the way out.');
    expect(fs.existsSync(pair.sessionPath.replace(/\.json$/, '.lock'))).toBe(false);
  });
});

describe("the export dialog's check", () => {
  test('an existing file needs confirmation; a document is refused; a new name is fine', async () => {
    const {fileExporter} = await import('../../src/ui/exporter.js');
    const {createI18n} = await import('../../src/i18n.js');
    const pair = writePair();
    const mine = path.join(pair.dir, 'hand-written.tmx');
    fs.writeFileSync(mine, 'written by hand');
    const exporter = fileExporter({targetPath: pair.targetPath, protectedPaths: [pair.sourcePath, pair.targetPath, pair.sessionPath], i18n: createI18n('en')});
    expect(exporter.needsConfirmation(mine)).toBe(true);
    expect(exporter.needsConfirmation(path.join(pair.dir, 'new.tmx'))).toBe(false);
    const r = await open(pair);
    if (!r.ok) throw new Error(r.error.code);
    // A document is refused whatever the user answered, and left as it was.
    const before = fs.readFileSync(pair.targetPath, 'utf8');
    const refused = await exporter.write(r.value.state, () => [], {format: 'tmx', path: pair.targetPath, unit: 'paragraph'});
    expect(refused.ok).toBe(false);
    expect(fs.readFileSync(pair.targetPath, 'utf8')).toBe(before);
    // The dialog asks first; once the user said yes, the file is replaced.
    const confirmed = await exporter.write(r.value.state, () => [], {format: 'tmx', path: mine, unit: 'paragraph'});
    expect(confirmed.ok).toBe(true);
    expect(fs.readFileSync(mine, 'utf8')).toContain('<tmx');
  });
});
