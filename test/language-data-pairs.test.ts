import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {languageDataPath, readLanguageTable} from '../src/languages/data-file.js';
import {readContexts, readFalseFriends, readIdiomCalques, readKeyedLists, readSenseTraps, readWords} from '../src/languages/pair-files.js';
import {languageProfile} from '../src/languages/pairs.js';

/** The files a pair folder may hold, with the fields a row of each has. */
const PAIR_FILES: Record<string, readonly number[]> = {
  'false-friends.tsv': [2, 3],
  'idiom-calques.tsv': [2],
  'exonyms.tsv': [2],
  'acronyms.tsv': [2],
  'conventional-names.tsv': [2],
  'sense-traps.tsv': [4],
  'article-pronouns.tsv': [2],
  'lexicon.tsv': [2],
  'dictionary.tsv': [4],
};

/** The least a direction's tables hold: fewer rows means a file lost or cut short. */
const MINIMUM = {falseFriends: 45, idiomCalques: 15, exonyms: 150, acronyms: 20, conventionalNames: 30, senseTraps: 5, contexts: 5};

const DIRECTIONS = ['en-es', 'fr-en', 'pt-en'] as const;

const isKey = (key: string): boolean => key.length > 0 && key === key.toLowerCase() && key === key.trim() && !/\s{2}/.test(key);

describe.each(DIRECTIONS)('the language data of %s', pair => {
  const [source = '', target = ''] = pair.split('-');

  it('holds only known files, each row with the fields of its kind', () => {
    const files = fs.readdirSync(languageDataPath(pair));
    for (const file of files) {
      const fields = PAIR_FILES[file];
      expect(fields, `${pair}/${file} is no known kind of file`).toBeDefined();
      if (file === 'dictionary.tsv') continue;
      for (const row of readLanguageTable(`${pair}/${file}`)) expect(fields, `${pair}/${file}: ${row.join(' → ')}`).toContain(row.length);
    }
  });

  it('has false friends with lowercase keys, each once, each with a wrong rendering', () => {
    const friends = readFalseFriends(`${pair}/false-friends.tsv`);
    expect(friends.length).toBeGreaterThanOrEqual(MINIMUM.falseFriends);
    const seen = new Set<string>();
    for (const ff of friends) {
      expect(isKey(ff.source), `false friend key "${ff.source}"`).toBe(true);
      expect(seen.has(ff.source), `false friend "${ff.source}" given twice`).toBe(false);
      seen.add(ff.source);
      expect(ff.wrong.length, `false friend "${ff.source}" without a wrong rendering`).toBeGreaterThan(0);
      for (const w of ff.wrong) expect(w.trim(), `false friend "${ff.source}"`).toBe(w);
      for (const b of ff.onlyBefore ?? []) expect(b === 'INF' || isKey(b), `false friend "${ff.source}" before "${b}"`).toBe(true);
    }
  });

  it('has idiom calques with words on both sides', () => {
    const idioms = readIdiomCalques(`${pair}/idiom-calques.tsv`);
    expect(idioms.length).toBeGreaterThanOrEqual(MINIMUM.idiomCalques);
    for (const {idiom, calque} of idioms) {
      expect(idiom.length, calque.join(' ')).toBeGreaterThan(0);
      expect(calque.length, idiom.join(' ')).toBeGreaterThan(0);
      for (const w of [...idiom, ...calque]) expect(w, idiom.join(' ')).toBe(w.toLowerCase());
    }
  });

  it.each([
    ['exonyms', MINIMUM.exonyms],
    ['acronyms', MINIMUM.acronyms],
    ['conventional-names', MINIMUM.conventionalNames],
  ] as const)('has %s keyed in lowercase, each with target forms', (kind, least) => {
    const table = readKeyedLists(`${pair}/${kind}.tsv`);
    expect(table.size).toBeGreaterThanOrEqual(least);
    for (const [key, forms] of table) {
      expect(isKey(key), `${kind} key "${key}"`).toBe(true);
      expect(forms.length, `${kind} "${key}" without a form`).toBeGreaterThan(0);
      for (const f of forms) expect(f.trim().length > 0 && f === f.trim(), `${kind} "${key}" → "${f}"`).toBe(true);
    }
  });

  it("has sense traps whose contexts are in the source language's table", () => {
    const contexts = readContexts(`${source}/contexts.tsv`);
    expect(contexts.size).toBeGreaterThanOrEqual(MINIMUM.contexts);
    for (const [name, words] of contexts) expect(words.length, `context ${name}`).toBeGreaterThanOrEqual(5);
    const raw = readLanguageTable(`${pair}/sense-traps.tsv`);
    const traps = readSenseTraps(`${pair}/sense-traps.tsv`);
    // A row the reader drops (an empty field) is a trap that silently never fires.
    expect(traps).toHaveLength(raw.length);
    expect(traps.length).toBeGreaterThanOrEqual(MINIMUM.senseTraps);
    const seen = new Set<string>();
    for (const t of traps) {
      expect(contexts.has(t.context), `sense trap "${t.source}" needs context "${t.context}"`).toBe(true);
      expect(isKey(t.source), `sense trap key "${t.source}"`).toBe(true);
      // The check keeps one trap per source word: a second would replace the first.
      expect(seen.has(t.source), `sense trap "${t.source}" given twice`).toBe(false);
      seen.add(t.source);
      // A wrong rendering that stems like a fitting one is taken for the fitting one: the trap never fires.
      const right = new Set(t.right.flatMap(r => r.split(/[\s-]+/)).map(w => languageProfile(target).stem(w)));
      for (const w of t.wrong) {
        expect(w.includes(' '), `sense trap "${t.source}": "${w}" is matched word by word`).toBe(false);
        expect(right.has(languageProfile(target).stem(w)), `sense trap "${t.source}": "${w}" stems like a fitting rendering`).toBe(false);
      }
    }
  });

  it('has the source language word lists, one lowercase word a line', () => {
    for (const file of ['name-particles.txt', 'place-generics.txt']) {
      const relative = `${source}/${file}`;
      const words = readWords(relative);
      expect(words.size, relative).toBeGreaterThanOrEqual(5);
      for (const w of words) expect(/^[\p{Ll}'’.-]+$/u.test(w), `${relative}: "${w}"`).toBe(true);
    }
  });
});
