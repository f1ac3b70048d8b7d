import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {compareAll, compareBead} from '../src/core/compare.js';
import {documentFromParagraphs, documentFromText} from '../src/core/document.js';
import {loadCheckContext, parseGlossary} from '../src/check-context.js';
import type {Alignment} from '../src/core/types.js';
import {esEn} from './checks/helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

function load(name: string) {
  const gold = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.gold.json`), 'utf8')) as {
    paragraph_alignment: {src: number[]; tgt: number[]}[];
    divergences: {tgt_paragraph: number; tgt_text: string; category: string}[];
  };
  const read = (lang: string) => {
    const r = documentFromText(fs.readFileSync(path.join(fixtures, `${name}.${lang}.txt`), 'utf8'), {path: `${name}.${lang}.txt`, lang});
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };
  const alignment: Alignment = gold.paragraph_alignment.map(b => ({source: b.src, target: b.tgt, confidence: 1}));
  return {gold, source: read('es'), target: read('en'), alignment};
}

describe('compare', () => {
  test('finds the sample\'s glued words and keeps its correct conversions silent', async () => {
    const ctx = await esEn();
    const {source, target, alignment} = load('article');
    const found = compareAll(source, target, alignment, ctx);
    const texts = found.filter(d => d.target).map(d => target.paragraphs[d.target!.paragraph]!.text.slice(d.target!.start, d.target!.end));
    for (const glued of ['FridayAs', 'Jinpingin', 'tiescooperation', '2023according', 'Blinkenasked']) expect(texts).toContain(glued);
    for (const right of ['$240 billion', 'Beijing', 'Moscow', 'February 2022', 'Ukraine']) expect(texts).not.toContain(right);
  });

  test('reports nothing on a clean translation', async () => {
    const ctx = await esEn();
    const {source, target, alignment} = load('puerto-valencia');
    expect(compareAll(source, target, alignment, ctx)).toEqual([]);
  });

  test('sorts in target order, omissions by their source place', async () => {
    const ctx = await esEn();
    const {source, target, alignment} = load('eleccion-yucatan');
    const found = compareAll(source, target, alignment, ctx);
    const withTarget = found.filter(d => d.target).map(d => d.target!.paragraph * 10_000 + d.target!.start);
    expect(withTarget).toEqual([...withTarget].sort((a, b) => a - b));
    expect(found.some(d => d.category === 'omission' && d.source?.paragraph === 5 && d.target === null)).toBe(true);
  });

  test('keeps keys stable when the texts are checked again and when a paragraph is inserted elsewhere', async () => {
    const ctx = await esEn();
    const {source, target, alignment} = load('sarampion-argentina');
    const first = compareAll(source, target, alignment, ctx).map(d => d.key);
    const again = compareAll(source, target, alignment, ctx).map(d => d.key);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    // Insert one paragraph pair at the start: every index moves, no key changes.
    const s2 = documentFromParagraphs(['Un párrafo nuevo.', ...source.paragraphs.map(p => p.text)], {path: 's', lang: 'es'});
    const t2 = documentFromParagraphs(['A new paragraph.', ...target.paragraphs.map(p => p.text)], {path: 't', lang: 'en'});
    const shifted: Alignment = [{source: [0], target: [0], confidence: 1}, ...alignment.map(b => ({source: b.source.map(i => i + 1), target: b.target.map(i => i + 1), confidence: 1}))];
    const moved = compareAll(s2, t2, shifted, ctx).map(d => d.key);
    expect(moved).toEqual(first);
  });

  test('gives one divergence where a name problem sits inside a glued token', async () => {
    const ctx = await esEn();
    const s = documentFromParagraphs(['Pekín sigue decidido a apoyar a Moscú, considerado un aliado.'], {path: 's', lang: 'es'});
    const t = documentFromParagraphs(['Beijing remains determined to support Muskconsidered an ally.'], {path: 't', lang: 'en'});
    const found = compareBead(s, t, {source: [0], target: [0], confidence: 1}, ctx);
    const onToken = found.filter(d => d.target && d.target.start <= 39 && d.target.end >= 40);
    expect(onToken).toHaveLength(1);
  });

  test('a glossary accepts a rendering the checks would flag', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-glossary-'));
    const file = path.join(dir, 'glossary.tsv');
    fs.writeFileSync(file, 'source\ttarget\nPlaza Grande\tBig Square\n');
    const ctx = await loadCheckContext('es', 'en', {glossaryPath: file});
    expect(ctx.ok).toBe(true);
    if (!ctx.ok) return;
    const s = documentFromParagraphs(['Se reunieron en la Plaza Grande de la ciudad.'], {path: 's', lang: 'es'});
    const t = documentFromParagraphs(['They gathered in the Big Square of the city.'], {path: 't', lang: 'en'});
    expect(compareBead(s, t, {source: [0], target: [0], confidence: 1}, ctx.value).filter(d => d.category === 'name')).toEqual([]);
  });

  test('a bad glossary line is an input error naming file and line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-glossary-'));
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, 'velada,gala evening\n# a comment\nonly-one-field\n');
    const ctx = await loadCheckContext('es', 'en', {glossaryPath: file});
    expect(ctx.ok).toBe(false);
    if (!ctx.ok) expect(ctx.error).toEqual({code: 'glossary-bad-line', params: {path: file, line: 3}});
    const missing = await loadCheckContext('es', 'en', {glossaryPath: path.join(dir, 'none.csv')});
    expect(missing.ok ? null : missing.error.code).toBe('file-not-found');
    const parsed = parseGlossary('"junta, local","local board|community board"\n', 'g.csv');
    expect(parsed.ok && parsed.value.entries).toEqual([{source: 'junta, local', targets: ['local board', 'community board']}]);
  });

  test('works for a pair without a profile, lexicon or dictionary', async () => {
    const ctx = await loadCheckContext('de', 'fr');
    expect(ctx.ok).toBe(true);
    if (!ctx.ok) return;
    const s = documentFromParagraphs(['Der Preis stieg auf 2,5 Prozent.'], {path: 's', lang: 'de'});
    const t = documentFromParagraphs(['Le prix est monté à 3,5 pour cent.'], {path: 't', lang: 'fr'});
    const found = compareBead(s, t, {source: [0], target: [0], confidence: 1}, ctx.value);
    expect(found.map(d => d.category)).toEqual(['number']);
  });

  test('flags only what needs no bilingual data in a pair without one', async () => {
    const ctx = await loadCheckContext('de', 'fr');
    if (!ctx.ok) throw new Error(ctx.error.code);
    const s = documentFromParagraphs(['Am 9. September 1988 , bei Tagesanbruch , verliessen wir Bern.', 'Und dann kam der Regen.'], {path: 's', lang: 'de'});
    const t = documentFromParagraphs(['Au petit matin du 9 septembre 1988 , nous avons quitté Berne.'], {path: 't', lang: 'fr'});
    const alignment = [
      {source: [0], target: [0], confidence: 1},
      {source: [1], target: [], confidence: 1},
    ];
    const found = compareAll(s, t, alignment, ctx.value);
    // A free rendering and an accepted form of a name are not divergences; a paragraph with no counterpart is.
    expect(found.map(d => d.code)).toEqual(['paragraph-omitted']);
    const wrong = documentFromParagraphs(['Au petit matin du 9 septembre 1989 , nous avons quitté Berne.'], {path: 't', lang: 'fr'});
    expect(compareAll(s, wrong, alignment, ctx.value).map(d => `${d.code}:${String(d.params['target'] ?? '')}`)).toEqual(['number-mismatch:1989', 'paragraph-omitted:']);
  });
});
