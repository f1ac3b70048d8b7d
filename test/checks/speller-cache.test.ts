import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadSpeller, spellerFromDictionary} from '../../src/check-context.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-spell-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, {recursive: true, force: true});
});

const SPANISH = ['casa', 'Casa', 'CASA', 'reunirá', 'remezón', 'chicos', 'Salta', 'rojas', 'árboles', 'Madrid', 'xqzv', 'house', 'cooperación', 'cooperacion'];

function cacheFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.startsWith('words-')) : [];
}

describe('the cached Spanish word list', () => {
  const dir = tempDir();
  const built = spellerFromDictionary('es', {cacheDir: dir})!;
  const answers = SPANISH.map(w => built.correct(w));

  it('is written on the first build, whole, under a name of its own', () => {
    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    const text = fs.readFileSync(path.join(dir, files[0]!), 'utf8');
    expect(text.startsWith('#cotejo-words dictionary-es@')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(fs.readdirSync(dir).some(f => f.endsWith('.tmp'))).toBe(false);
  });

  it('answers as the dictionary does', () => {
    expect(answers).toEqual([true, true, true, true, false, true, true, true, true, true, false, false, true, false]);
    const read = spellerFromDictionary('es', {cacheDir: dir})!;
    expect(SPANISH.map(w => read.correct(w))).toEqual(answers);
  });

  it('is what a later start reads', () => {
    const file = path.join(dir, cacheFiles(dir)[0]!);
    const [header, rules, ...words] = fs.readFileSync(file, 'utf8').split('\n');
    // A form the dictionary lacks, put in the list: only a speller that reads the list knows it.
    const planted = [...words.filter(Boolean), 'zzzplanted'].sort();
    fs.writeFileSync(file, `${header}\n${rules}\n${planted.join('\n')}\n`);
    expect(spellerFromDictionary('es', {cacheDir: dir})!.correct('zzzplanted')).toBe(true);
    expect(spellerFromDictionary('es', {cacheDir: null})!.correct('zzzplanted')).toBe(false);
  });

  it('is rebuilt when damaged or made for another dictionary', () => {
    const file = path.join(dir, cacheFiles(dir)[0]!);
    const good = fs.readFileSync(file, 'utf8');
    const [header, rules] = good.split('\n');
    const damaged = [good.slice(0, good.length - 5), `${header} other\n${rules}\nzzzplanted\n`, `${header}\n{"conversion":1}\nzzzplanted\n`, `${header}\nzzzplanted\n`, 'zzzplanted\n', ''];
    for (const bad of damaged) {
      fs.writeFileSync(file, bad);
      const speller = spellerFromDictionary('es', {cacheDir: dir})!;
      expect(speller.correct('zzzplanted')).toBe(false);
      expect(SPANISH.map(w => speller.correct(w))).toEqual(answers);
      expect(fs.readFileSync(file, 'utf8').startsWith(header!)).toBe(true);
    }
    // Rebuilding the word list takes tens of seconds on a machine shared with other work.
  }, 180_000);

  it('is not needed: an unwritable cache folder only means building each time', () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const speller = spellerFromDictionary('es', {cacheDir: path.join(blocker, 'cotejo')})!;
    expect(SPANISH.map(w => speller.correct(w))).toEqual(answers);
  });
});

describe('a dictionary with conversions and compound rules', () => {
  it('answers from its cached list as nspell does from the dictionary', () => {
    const dir = tempDir();
    const words = ['house', 'House', 'HOUSE', 'houze', 'cooperation', "isn't", 'isn’t', '21st', '11th', '1th', '3th', '22nd', '22th'];
    const built = spellerFromDictionary('en', {cacheDir: dir})!;
    const answers = words.map(w => built.correct(w));
    expect(answers).toEqual([true, true, true, false, true, true, true, true, true, false, false, true, false]);
    expect(cacheFiles(dir)).toHaveLength(1);
    const read = spellerFromDictionary('en', {cacheDir: dir})!;
    expect(words.map(w => read.correct(w))).toEqual(answers);
  });

  it('gives no speller for a language without a dictionary', () => {
    const dir = tempDir();
    expect(spellerFromDictionary('de', {cacheDir: dir})).toBeNull();
    expect(cacheFiles(dir)).toEqual([]);
  });
});

describe('the speller a context gets', () => {
  it('is none for a language without a dictionary, and answers for one with it', async () => {
    expect(await loadSpeller('de')).toBeNull();
    const es = (await loadSpeller('ES'))!;
    expect([es.correct('casa'), es.correct('xqzv'), es.correct('casa')]).toEqual([true, false, true]);
    expect(await loadSpeller('es')).toBe(es);
  });
});
