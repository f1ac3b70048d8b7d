import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {alignParagraphs, alignSentences, alignSentenceTexts} from '../src/core/align.js';
import {documentFromText} from '../src/core/document.js';
import type {Bead, Document} from '../src/core/types.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

/** A sentence-level gold bead: sentences named "PARAGRAPH.SENTENCE". */
interface SentenceGold {
  src: string[];
  tgt: string[];
}

function load(file: string, lang: string): Document {
  const r = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.value;
}

const names = fs
  .readdirSync(fixtures)
  .filter(f => f.endsWith('.sentences.json'))
  .map(f => f.slice(0, -'.sentences.json'.length))
  .sort();

function expectCover(beads: readonly Bead[], ns: number, nt: number): void {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    for (const i of b.source) expect(i).toBe(s++);
    for (const j of b.target) expect(j).toBe(t++);
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
  }
  expect([s, t]).toEqual([ns, nt]);
}

describe('sentences inside a paragraph pair', () => {
  test('one sentence each side is one link, sure when names and places agree', () => {
    const beads = alignSentenceTexts(['Vladimir Putin se reunirá con Xi Jinping en China.'], ['Vladimir Putin will meet Xi Jinping in China.']);
    expect(beads).toHaveLength(1);
    expect(beads[0]).toMatchObject({source: [0], target: [0]});
    expect(beads[0]!.confidence).toBeGreaterThan(0.9);
  });

  test('the confidence of a lone pair follows its content: names and numbers one side lacks lower it', () => {
    const agree = alignSentenceTexts(['El 12 de mayo Ana López visitó Lima.'], ['On 12 May Ana López visited Lima.'])[0]!;
    const plain = alignSentenceTexts(['Hace frío.'], ['It is cold.'])[0]!;
    const clash = alignSentenceTexts(['El 12 de mayo Ana López visitó Lima.'], ['In 1998 Peter Smith sold 4,500 cars in Boston.'])[0]!;
    for (const b of [agree, plain, clash]) expect(b).toMatchObject({source: [0], target: [0]});
    expect(agree.confidence).toBeGreaterThan(plain.confidence);
    expect(plain.confidence).toBeGreaterThan(clash.confidence);
    expect(clash.confidence).toBeLessThan(0.2);
  });

  test('one sentence against several is a single bead of all of them', () => {
    const beads = alignSentenceTexts(['Llegó tarde, comió y se fue a dormir sin decir nada a nadie.'], ['He arrived late.', 'He ate.', 'He went to bed without a word.']);
    expect(beads).toEqual([expect.objectContaining({source: [0], target: [0, 1, 2]})]);
  });

  test('a side with no sentence leaves the other side one-sided, for certain', () => {
    expect(alignSentenceTexts(['Uno.', 'Dos.'], [])).toEqual([
      {source: [0], target: [], confidence: 1},
      {source: [1], target: [], confidence: 1},
    ]);
  });

  test('anchors decide where a split sentence goes', () => {
    const beads = alignSentenceTexts(
      ['El puerto movió 5.400 contenedores en enero y 6.100 en febrero, según la Autoridad Portuaria.', 'La ministra Elena Ruiz visitó las obras.'],
      ['The port handled 5,400 containers in January.', 'It handled 6,100 in February, according to the Port Authority.', 'Minister Elena Ruiz visited the works.'],
    );
    expect(beads.map(b => [b.source, b.target])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
    ]);
  });

  test.each(names)('%s: the sentence gold is reproduced inside the aligned paragraph pairs', name => {
    const gold = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.sentences.json`), 'utf8')) as {
      source_lang: string;
      target_lang: string;
      sentence_alignment: SentenceGold[];
    };
    const source = load(path.join(fixtures, `${name}.${gold.source_lang}.txt`), gold.source_lang);
    const target = load(path.join(fixtures, `${name}.${gold.target_lang}.txt`), gold.target_lang);
    const found: SentenceGold[] = [];
    for (const bead of alignParagraphs(source, target)) {
      const sp = bead.source.map(i => source.paragraphs[i]!);
      const tp = bead.target.map(j => target.paragraphs[j]!);
      const ids = (ps: typeof sp) => ps.flatMap(p => p.sentences.map((_, k) => `${p.index}.${k}`));
      const sIds = ids(sp);
      const tIds = ids(tp);
      const beads = alignSentences(sp, tp);
      expectCover(beads, sIds.length, tIds.length);
      for (const b of beads) {
        if (sIds.length > 0 && tIds.length > 0) expect(b.source.length > 0 && b.target.length > 0).toBe(true);
        found.push({src: b.source.map(i => sIds[i]!), tgt: b.target.map(j => tIds[j]!)});
      }
    }
    const links = (bs: readonly SentenceGold[]) => new Set(bs.flatMap(b => b.src.flatMap(x => b.tgt.map(y => `${x}:${y}`))));
    const gl = links(gold.sentence_alignment);
    const fl = links(found);
    const common = [...fl].filter(l => gl.has(l)).length;
    const precision = common / fl.size;
    const recall = common / gl.size;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('sentence invariants over random inputs', () => {
  const word = fc.oneof(
    fc.constantFrom('casa', 'house', 'el', 'the', 'Madrid', 'Presidente', 'president', '«', '»', '(', ')', '?', '¡', 'niño', 'año'),
    fc.integer({min: 0, max: 3000}).map(String),
    fc.string({minLength: 1, maxLength: 8}),
  );
  const sentence = fc.array(word, {minLength: 1, maxLength: 25}).map(ws => ws.join(' '));
  const side = fc.array(sentence, {minLength: 1, maxLength: 12});

  test('both sides with text: a monotonic cover and no one-sided unit', () => {
    fc.assert(
      fc.property(side, side, (source, target) => {
        const beads = alignSentenceTexts(source, target);
        expectCover(beads, source.length, target.length);
        for (const b of beads) expect(b.source.length > 0 && b.target.length > 0).toBe(true);
      }),
      {numRuns: 200},
    );
  });

  test('a translation that keeps the sentences, with words changed, is aligned one to one', () => {
    const fixture = load(path.join(fixtures, 'article.es.txt'), 'es');
    const all = fixture.paragraphs.flatMap(p => p.sentences.map(s => s.text));
    const pick = fc.array(fc.integer({min: 0, max: all.length - 1}), {minLength: 1, maxLength: 8}).map(ix => ix.map(i => all[i]!));
    fc.assert(
      fc.property(pick, fc.integer({min: 0, max: 1000}), (source, seed) => {
        // Each target sentence is its source with a word swapped: the same length and anchors.
        const target = source.map((s, k) => s.replace(/\b[a-záéíóúñ]{4,}\b/, (seed + k) % 2 ? 'palabra' : 'cosa'));
        const beads = alignSentenceTexts(source, target);
        expect(beads.map(b => [b.source, b.target])).toEqual(source.map((_, k) => [[k], [k]]));
      }),
      {numRuns: 100},
    );
  });
});
