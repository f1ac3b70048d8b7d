import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBilingualDictionary, labelKind, PARTS_OF_SPEECH} from '../../src/languages/dictionary.js';
import {layeredDictionary} from '../../src/languages/pair-dictionary.js';
import {languageProfile, pairData} from '../../src/languages/pairs.js';
import {foldAccents} from '../../src/languages/profile.js';

const english = languageProfile('en');
const spanish = languageProfile('es');

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WIKTIONARY = path.resolve(ROOT, '..', 'shared', 'data', 'wiktionary');
const DIRECTIONS = ['es-en', 'en-es', 'fr-en', 'pt-en'];
const committed = (pair: string): string => path.join(ROOT, 'src', 'languages', pair, 'dictionary.tsv');

describe('the dictionary build', () => {
  // The extracts are not part of the package; where they are present (here and in CI) the
  // committed output must be exactly what the script makes of them.
  it.skipIf(!fs.existsSync(WIKTIONARY))(`rebuilds the committed files byte for byte from ${WIKTIONARY}`, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-dictionary-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-dictionary.mjs'), '--from', WIKTIONARY, '--out', out], {encoding: 'utf8'});
      for (const pair of DIRECTIONS) {
        const rebuilt = fs.readFileSync(path.join(out, pair, 'dictionary.tsv'));
        expect(rebuilt.equals(fs.readFileSync(committed(pair))), `${pair} differs from its rebuild`).toBe(true);
      }
    } finally {
      fs.rmSync(out, {recursive: true, force: true});
    }
  }, 180_000);

  it('refuses a folder without the extracts in one line', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-dictionary-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-dictionary.mjs'), '--from', empty, '--out', empty], {encoding: 'utf8'});
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('es-en.txt not found');
    } finally {
      fs.rmSync(empty, {recursive: true, force: true});
    }
  });

  it.each(DIRECTIONS)('writes %s in the shape the loader reads: sorted by folded headword, known parts of speech and labels', pair => {
    const text = fs.readFileSync(committed(pair), 'utf8');
    expect(text.length).toBeLessThan(2_000_000);
    let previous = '';
    let senses = 0;
    // Problems are gathered and compared once: an expect per line of 70,000 would be slow.
    const bad: string[] = [];
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      senses++;
      const fields = line.split('\t');
      const [headword = '', pos = '', labels = '', renderings = ''] = fields;
      if (fields.length !== 4) bad.push(`fields: ${line}`);
      if (headword) {
        const key = foldAccents(headword);
        if (key < previous) bad.push(`order: ${line}`);
        previous = key;
      }
      if (!(PARTS_OF_SPEECH as readonly string[]).includes(pos.split('/')[0]!)) bad.push(`pos: ${line}`);
      for (const l of labels ? labels.split(',') : []) if (!labelKind(l)) bad.push(`label: ${line}`);
      if (!renderings.split('|').every(Boolean)) bad.push(`rendering: ${line}`);
    }
    expect(bad).toEqual([]);
    expect(senses).toBeGreaterThan(30_000);
  });

  it.each(DIRECTIONS)('lets the loader find every headword of %s by binary search', pair => {
    const [source, target] = pair.split('-') as [string, string];
    const dictionary = buildBilingualDictionary(fs.readFileSync(committed(pair), 'utf8'), languageProfile(source), languageProfile(target));
    const missing: string[] = [];
    for (const line of fs.readFileSync(committed(pair), 'utf8').split('\n')) {
      const headword = line.startsWith('#') ? '' : line.slice(0, line.indexOf('\t'));
      if (headword && !dictionary.senses(headword).some(s => s.headword === headword)) missing.push(headword);
    }
    expect(missing).toEqual([]);
  });
});

describe('the dictionary loader', () => {
  const text = [
    '# a header line',
    'acción\tn\t\taction',
    '\tn\tfinance\tshare',
    '\tn/r\tlaw\tlawsuit|suit',
    'añadir\tv/t\t\tadd|append',
    'banco\tn\t\tbank|bench',
    'banco central\tn/r\tfinance\tcentral bank',
    'colonia\tn\tMexico,colloquial\tneighbourhood',
    'realizar\tv/t\t\tcarry out|realize',
    '',
  ].join('\n');
  const dictionary = buildBilingualDictionary(text, spanish, english, {
    entries: [{source: 'banco', targets: ['lender']}],
    falseFriends: [{source: 'realizar', wrong: ['realize']}],
  });

  it('gives back each sense as written: part of speech, labels, renderings, flags', () => {
    expect(dictionary.senses('acción')).toEqual([
      {headword: 'acción', pos: 'n', labels: [], renderings: ['action'], infinitive: false, origin: 'dictionary'},
      {headword: 'acción', pos: 'n', labels: ['finance'], renderings: ['share'], infinitive: false, origin: 'dictionary'},
      {headword: 'acción', pos: 'n', labels: ['law'], renderings: ['lawsuit', 'suit'], infinitive: false, origin: 'reverse'},
    ]);
    expect(dictionary.senses('Colonias')).toEqual([
      {headword: 'colonia', pos: 'n', labels: ['Mexico', 'colloquial'], renderings: ['neighbourhood'], infinitive: false, origin: 'dictionary'},
    ]);
    expect(dictionary.senses('añadir')[0]).toMatchObject({pos: 'v', infinitive: true, renderings: ['add', 'append']});
    expect(labelKind('Mexico')).toBe('region');
    expect(labelKind('finance')).toBe('domain');
    expect(labelKind('colloquial')).toBe('register');
    expect(dictionary.senseCount).toBe(8 + 1);
  });

  it('finds a word by its plural, its lost accent and its verb forms', () => {
    expect(dictionary.senses('acciones').map(s => s.renderings[0])).toEqual(['action', 'share', 'lawsuit']);
    expect(dictionary.senses('accion')).toHaveLength(3);
    expect(dictionary.senses('añadió').map(s => s.headword)).toEqual(['añadir']);
    expect(dictionary.senses('mesa')).toEqual([]);
    expect(dictionary.hasForm('bancos')).toBe(true);
    expect(dictionary.hasForm('mesas')).toBe(false);
  });

  it('puts the hand-written layer first and takes out the renderings its false friends call wrong', () => {
    const banco = dictionary.senses('banco');
    expect(banco.map(s => [s.origin, s.renderings.join('|')])).toEqual([['lexicon', 'lender'], ['dictionary', 'bank|bench']]);
    expect([...(dictionary.translations(spanish.stem('bancos')) ?? [])]).toEqual(['lender', 'bank', 'bench']);
    expect(dictionary.senses('realizar').flatMap(s => s.renderings)).toEqual(['carry out']);
    expect(dictionary.translations(spanish.stem('realizó'))?.has(english.stem('realized'))).toBe(false);
    expect(dictionary.translations(spanish.stem('realizó'))?.has(english.stem('carry'))).toBe(true);
  });

  it('answers the Lexicon questions: expressions, the lexicon read backwards', () => {
    const [phrase, ...more] = dictionary.phrasesStartingWith(spanish.stem('banco'));
    expect(more).toEqual([]);
    expect(phrase!.stems).toEqual([spanish.stem('banco'), spanish.stem('central')]);
    expect([...phrase!.targets]).toEqual([english.stem('central'), english.stem('bank')]);
    expect(dictionary.sourcesOf(english.stem('shares'))).toEqual([spanish.stem('acción')]);
    expect(dictionary.sourcesOf(english.stem('bank'))).toEqual([spanish.stem('banco')]);
    expect(dictionary.sourcesOf(english.stem('table'))).toBeUndefined();
  });

  it('tells which sense a rendering belongs to', () => {
    expect(dictionary.sensesRendering('acciones', 'shares').map(s => s.labels)).toEqual([['finance']]);
    expect(dictionary.sensesRendering('acción', 'suit').map(s => s.labels)).toEqual([['law']]);
    expect(dictionary.sensesRendering('acción', 'table')).toEqual([]);
  });
});

describe('the shipped dictionaries', () => {
  const es = pairData('es', 'en').dictionary();

  it('load for every direction', () => {
    expect(es.size).toBeGreaterThan(40_000);
    expect(pairData('en', 'es').dictionary().senses('bank').flatMap(s => s.renderings)).toContain('banco');
    expect(pairData('fr', 'en').dictionary().senses('banques').flatMap(s => s.renderings)).toContain('bank');
    expect(pairData('pt', 'en').dictionary().senses('bancos').flatMap(s => s.renderings)).toContain('bank');
    expect(pairData('de', 'en').dictionary().size).toBe(0);
  });

  it('give a polysemous word its sports and its politics senses, and tell them apart', () => {
    const partido = es.senses('partidos');
    expect(partido.some(s => s.labels.includes('sports') && s.renderings.includes('match'))).toBe(true);
    expect(partido.some(s => s.labels.includes('politics') && s.renderings.includes('party'))).toBe(true);
    expect(es.sensesRendering('partido', 'match').filter(s => s.origin !== 'lexicon').map(s => s.labels)).toEqual([['sports']]);
    expect(es.sensesRendering('partido', 'party').filter(s => s.origin !== 'lexicon').map(s => s.labels)).toEqual([['politics']]);
  });

  it('give a regional sense its region', () => {
    const colonia = es.senses('colonia');
    expect(colonia.find(s => s.renderings.includes('colony'))?.labels).toEqual([]);
    expect(colonia.find(s => s.renderings.includes('neighbourhood'))?.labels).toEqual(['Mexico']);
  });

  it('are overridden by the hand-written lexicon and false friends', () => {
    // The dictionary itself renders "realizar" as "realize"; the pair's false friends say no.
    expect(fs.readFileSync(committed('es-en'), 'utf8')).toMatch(/^realizar\tv\/t\t\t[^\n]*realize/m);
    const realizar = es.senses('realizar');
    expect(realizar[0]?.origin).toBe('lexicon');
    expect(realizar.flatMap(s => s.renderings)).not.toContain('realize');
    expect(es.translations(spanish.stem('realizar'))?.has(english.stem('realize'))).toBe(false);
    // What the lexicon adds beyond the dictionary still links.
    expect(es.translations(spanish.stem('realizar'))?.has(english.stem('conduct'))).toBe(true);
  });

  it('take a layer of one run over the same data, as a glossary would add', () => {
    const layered = layeredDictionary(spanish, english, {entries: [{source: 'cancha', targets: ['ground']}], falseFriends: []});
    expect(layered).not.toBe(es);
    expect(layered.senses('canchas')[0]).toMatchObject({origin: 'lexicon', renderings: ['ground']});
    expect(layered.senses('canchas').some(s => s.origin === 'dictionary' && s.renderings.includes('pitch'))).toBe(true);
    expect(es.senses('cancha').some(s => s.renderings.includes('ground'))).toBe(false);
  });

  it('ship with the package and are found by the built program', () => {
    const pack = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8'});
    const files = (JSON.parse(pack) as {files: {path: string}[]}[])[0]!.files.map(f => f.path);
    for (const pair of DIRECTIONS) expect(files).toContain(`src/languages/${pair}/dictionary.tsv`);
    expect(files).toContain('src/languages/es-en/lexicon.tsv');
    expect(files).toContain('NOTICE');
    const built = path.join(ROOT, 'dist', 'src', 'languages', 'pairs.js');
    expect(fs.existsSync(built), 'run npm run build first').toBe(true);
    const script = `const {pairData} = await import(${JSON.stringify(new URL(`file://${built}`).href)}); console.log(pairData('es', 'en').dictionary().senses('gol')[0].renderings.join('|'))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: os.tmpdir(), encoding: 'utf8'});
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toContain('goal');
  }, 60_000);
});

describe('the hand-written Spanish → English tables', () => {
  const pair = pairData('es', 'en');

  it('read false friends with and without a context', () => {
    expect(pair.falseFriends).toContainEqual({source: 'efectivo', wrong: ['effective'], onlyBefore: ['en']});
    const actual = pair.falseFriends.find(f => f.source === 'actualmente');
    expect(actual).toEqual({source: 'actualmente', wrong: ['actually']});
    expect(actual && 'onlyBefore' in actual).toBe(false);
  });

  it('read idioms, names and word lists in their shapes', () => {
    expect(pair.idiomCalques).toContainEqual({idiom: ['sin', 'embargo'], calque: ['without', 'embargo']});
    // A name given on two lines gathers the forms of both.
    expect(pair.exonyms.get('túnez')).toEqual(['Tunisia', 'Tunis', 'Tunisian', 'Tunis']);
    expect(pair.exonyms.get('estados unidos')).toContain('U.S.');
    expect(pair.acronyms.get('onu')).toEqual(['UN', 'U.N.']);
    expect(pair.articlePronouns.get('se')).toEqual(['know', 'i_know']);
    expect(pair.placeGenerics.has('barrio')).toBe(true);
    expect(pair.nameParticles.has('del')).toBe(true);
    expect(pair.lexiconEntries().find(e => e.source === 'sin embargo')?.targets).toContain('however');
  });

  it('are empty for a pair without a folder', () => {
    const none = pairData('it', 'de');
    expect([none.lexiconEntries().length, none.falseFriends.length, none.exonyms.size, none.placeGenerics.size]).toEqual([0, 0, 0, 0]);
  });
});
