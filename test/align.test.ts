import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {alignParagraphs, alignSentences, alignUnits, sentenceRefs} from '../src/core/align.js';
import {documentFromParagraphs, documentFromText} from '../src/core/document.js';
import {analyseUnits, DEFAULT_FEATURE_WEIGHTS, DEFAULT_LEARN, learnDictionary} from '../src/core/align-features.js';
import type {Bead, Document} from '../src/core/types.js';

const root = path.join(import.meta.dirname, '..');
const fixtures = path.join(root, 'fixtures');
const devset = path.join(root, '..', 'shared', 'devset');

/** A gold bead as the gold files write it. */
interface GoldBead {
  src: number[];
  tgt: number[];
}

/** A pair of documents with its gold paragraph alignment. */
interface Pair {
  name: string;
  source: Document;
  target: Document;
  gold: GoldBead[];
}

function load(file: string, lang: string): Document {
  const r = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.value;
}

function pairFrom(dir: string, name: string): Pair {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as {paragraph_alignment: GoldBead[]};
  return {
    name,
    source: load(path.join(dir, `${name}.es.txt`), 'es'),
    target: load(path.join(dir, `${name}.en.txt`), 'en'),
    gold: gold.paragraph_alignment,
  };
}

const DEVSET = ['corte-boyaca', 'eleccion-yucatan', 'mosaico-sevilla', 'sarampion-argentina', 'sismos-chile'];
const haveDevset = fs.existsSync(devset);
if (!haveDevset) console.warn(`align tests: ${devset} is missing, so the development pairs are skipped`);
const sample = pairFrom(fixtures, 'article');
const pairs: Pair[] = [sample, ...(haveDevset ? DEVSET.map(n => pairFrom(devset, n)) : [])];

const asGold = (beads: readonly Bead[]): GoldBead[] => beads.map(b => ({src: [...b.source], tgt: [...b.target]}));

/** Fails unless the beads are a monotonic cover of both sides, each index once, with sane confidences. */
function expectCover(beads: readonly Bead[], sourceCount: number, targetCount: number): void {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    for (const i of b.source) expect(i).toBe(s++);
    for (const j of b.target) expect(j).toBe(t++);
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
    expect(Number.isFinite(b.confidence)).toBe(true);
  }
  expect(s).toBe(sourceCount);
  expect(t).toBe(targetCount);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('real pairs give their gold alignment exactly', () => {
  test('the sample: source ¶12 is split into target ¶12–13', () => {
    const beads = alignParagraphs(sample.source, sample.target);
    expect(asGold(beads)).toEqual(sample.gold);
    expect(beads[12]).toMatchObject({source: [12], target: [12, 13]});
  });

  test.each(pairs.map(p => [p.name, p] as const))('%s', (_name, pair) => {
    const beads = alignParagraphs(pair.source, pair.target);
    expectCover(beads, pair.source.paragraphs.length, pair.target.paragraphs.length);
    expect(asGold(beads)).toEqual(pair.gold);
    // A right alignment of a real translation is a confident one.
    expect(mean(beads.map(b => b.confidence))).toBeGreaterThan(0.8);
  });

  test.each(pairs.map(p => [p.name, p] as const))('%s, first pass only (no learned words)', (_name, pair) => {
    const beads = alignParagraphs(pair.source, pair.target, {realign: false});
    expect(asGold(beads)).toEqual(pair.gold);
  });
});

/** A pair as gold beads holding their paragraph texts, so that edits keep the gold right. */
type TextBead = {src: string[]; tgt: string[]};

function textBeads(pair: Pair): TextBead[] {
  return pair.gold.map(g => ({
    src: g.src.map(i => pair.source.paragraphs[i]!.text),
    tgt: g.tgt.map(j => pair.target.paragraphs[j]!.text),
  }));
}

/** Documents and the index beads of a list of text beads. */
function flatten(beads: readonly TextBead[]): {source: string[]; target: string[]; gold: GoldBead[]} {
  const source: string[] = [];
  const target: string[] = [];
  const gold: GoldBead[] = [];
  for (const b of beads) {
    gold.push({src: b.src.map((_, k) => source.length + k), tgt: b.tgt.map((_, k) => target.length + k)});
    source.push(...b.src);
    target.push(...b.tgt);
  }
  return {source, target, gold};
}

/** The first one-to-one bead at or after the middle of the pair whose neighbours are one-to-one too. */
function middleOneToOne(beads: readonly TextBead[], from = Math.floor(beads.length / 2)): number {
  const one = (b: TextBead | undefined) => b !== undefined && b.src.length === 1 && b.tgt.length === 1;
  for (let k = from; k < beads.length - 1; k++) if (one(beads[k - 1]) && one(beads[k]) && one(beads[k + 1])) return k;
  throw new Error('no one-to-one bead in the middle');
}

/**
 * A paragraph cut in two at its middle sentence break or, for a paragraph of one
 * sentence (most news paragraphs), at the comma nearest its middle, as an editor might.
 */
function splitAtSentence(text: string, lang: string): [string, string] | null {
  const doc = documentFromParagraphs([text], {path: 'p', lang});
  const sentences = doc.paragraphs[0]!.sentences;
  let cut = sentences.length >= 2 ? sentences[Math.floor(sentences.length / 2)]!.start : -1;
  if (cut < 0) {
    const commas = [...text.matchAll(/, /g)].map(m => m.index + 2);
    const middle = text.length / 2;
    cut = commas.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0] ?? -1;
  }
  if (cut < 0) return null;
  return [text.slice(0, cut).trim(), text.slice(cut).trim()];
}

/** Edits of a real pair, each with the gold it must then give. */
const EDITS: Record<string, (beads: TextBead[], other: Pair) => TextBead[]> = {
  'two target paragraphs merged (2-1)': beads => {
    const k = middleOneToOne(beads);
    const [a, b] = [beads[k]!, beads[k + 1]!];
    return [...beads.slice(0, k), {src: [...a.src, ...b.src], tgt: [`${a.tgt[0]} ${b.tgt[0]}`]}, ...beads.slice(k + 2)];
  },
  'two source paragraphs merged (1-2)': beads => {
    const k = middleOneToOne(beads);
    const [a, b] = [beads[k]!, beads[k + 1]!];
    return [...beads.slice(0, k), {src: [`${a.src[0]} ${b.src[0]}`], tgt: [...a.tgt, ...b.tgt]}, ...beads.slice(k + 2)];
  },
  'a target paragraph split at a sentence (1-2)': beads => {
    for (let k = middleOneToOne(beads); k < beads.length; k++) {
      const b = beads[k]!;
      const halves = b.src.length === 1 && b.tgt.length === 1 ? splitAtSentence(b.tgt[0]!, 'en') : null;
      if (halves) return [...beads.slice(0, k), {src: b.src, tgt: halves}, ...beads.slice(k + 1)];
    }
    throw new Error('no paragraph to split');
  },
  'a target paragraph dropped (1-0)': beads => {
    const k = middleOneToOne(beads);
    return [...beads.slice(0, k), {src: beads[k]!.src, tgt: []}, ...beads.slice(k + 1)];
  },
  'a source paragraph dropped (0-1)': beads => {
    const k = middleOneToOne(beads);
    return [...beads.slice(0, k), {src: [], tgt: beads[k]!.tgt}, ...beads.slice(k + 1)];
  },
  'a paragraph from another article inserted in the target (0-1)': (beads, other) => {
    const k = middleOneToOne(beads);
    const foreign = other.target.paragraphs[Math.floor(other.target.paragraphs.length / 2)]!.text;
    return [...beads.slice(0, k), {src: [], tgt: [foreign]}, ...beads.slice(k)];
  },
  'a split near the start and a drop near the end': beads => {
    const first = middleOneToOne(beads, 2);
    const last = middleOneToOne(beads, beads.length - 3);
    const out = beads.slice();
    out[last] = {src: out[last]!.src, tgt: []};
    const halves = splitAtSentence(out[first]!.tgt[0]!, 'en');
    if (halves) out[first] = {src: out[first]!.src, tgt: halves};
    return out;
  },
};

describe('edited real pairs give the edited gold', () => {
  const cases = pairs.flatMap((pair, p) =>
    Object.keys(EDITS).map(edit => [pair.name, edit, pair, pairs[(p + 1) % pairs.length]!] as const),
  );
  test.each(cases)('%s: %s', (_name, edit, pair, other) => {
    const edited = flatten(EDITS[edit]!(textBeads(pair), other));
    const beads = alignUnits(edited.source, edited.target);
    expectCover(beads, edited.source.length, edited.target.length);
    expect(asGold(beads)).toEqual(edited.gold);
  });
});

describe('pairs with nothing in common', () => {
  test.each(pairs.slice(0, 3).map((p, k) => [p.name, p, pairs[(k + 2) % pairs.length]!.target] as const))(
    '%s against another article: a valid cover with low confidence',
    (_name, pair, stranger) => {
      const beads = alignParagraphs(pair.source, stranger);
      expectCover(beads, pair.source.paragraphs.length, stranger.paragraphs.length);
      expect(mean(beads.map(b => b.confidence))).toBeLessThan(0.2);
    },
  );

  test('letters against digits: a valid cover with no confidence', () => {
    const source = Array.from({length: 12}, (_, k) => 'lorem ipsum dolor '.repeat(k + 1));
    const target = Array.from({length: 7}, (_, k) => '0 1 2 '.repeat(3 * k + 2));
    const beads = alignUnits(source, target);
    expectCover(beads, 12, 7);
    expect(Math.max(...beads.map(b => b.confidence))).toBeLessThan(0.2);
  });
});

describe('edge cases', () => {
  // The paragraph of a document with the most figures: one that a rare anchor pins down.
  const mostFigures = (doc: Document) => {
    const figures = doc.paragraphs.map(p => p.tokens.filter(t => t.kind === 'number').length);
    return figures.indexOf(Math.max(...figures));
  };

  test.each(pairs.map(p => [p.name, p] as const))('%s: one paragraph against the whole translation finds its counterpart', (_name, pair) => {
    const k = pair.gold.findIndex(g => g.src.length === 1 && g.src[0] === mostFigures(pair.source));
    const one = documentFromParagraphs([pair.source.paragraphs[pair.gold[k]!.src[0]!]!.text], {path: 'one', lang: 'es'});
    const beads = alignParagraphs(one, pair.target);
    expectCover(beads, 1, pair.target.paragraphs.length);
    const paired = beads.filter(b => b.source.length > 0 && b.target.length > 0);
    expect(paired).toHaveLength(1);
    expect(paired[0]!.target).toEqual(expect.arrayContaining(pair.gold[k]!.tgt));
  });

  test.each(pairs.map(p => [p.name, p] as const))('%s: the whole source against one translated paragraph finds its counterpart', (_name, pair) => {
    const k = pair.gold.findIndex(g => g.tgt.length === 1 && g.tgt[0] === mostFigures(pair.target));
    const one = documentFromParagraphs([pair.target.paragraphs[pair.gold[k]!.tgt[0]!]!.text], {path: 'one', lang: 'en'});
    const beads = alignParagraphs(pair.source, one);
    expectCover(beads, pair.source.paragraphs.length, 1);
    expect(beads.find(b => b.target.length > 0)!.source).toEqual(expect.arrayContaining(pair.gold[k]!.src));
  });

  test('an empty side leaves every unit of the other side alone', () => {
    expect(alignUnits([], [])).toEqual([]);
    expect(alignUnits(['a', 'b'], [])).toEqual([
      {source: [0], target: [], confidence: 1},
      {source: [1], target: [], confidence: 1},
    ]);
    expect(alignUnits([], ['x'])).toEqual([{source: [], target: [0], confidence: 1}]);
  });

  test("the sample's lengths alone give its gold when anchors weigh nothing", () => {
    const none = {number: 0, name: 0, prefix: 0, mark: 0, learned: 0};
    const beads = alignParagraphs(sample.source, sample.target, {weights: none, realign: false});
    expect(asGold(beads)).toEqual(sample.gold);
  });

  test('a given length ratio is used instead of the measured one', () => {
    // Told that translations are three times as long, the aligner pairs each source
    // paragraph with several target paragraphs.
    const beads = alignParagraphs(sample.source, sample.target, {lengthRatio: 3, realign: false, weights: {number: 0, name: 0, prefix: 0, mark: 0, learned: 0}});
    expectCover(beads, sample.source.paragraphs.length, sample.target.paragraphs.length);
    expect(asGold(beads)).not.toEqual(sample.gold);
  });

  test('one against one is one bead', () => {
    const beads = alignUnits(['Hola, mundo.'], ['Hello, world.']);
    expect(beads).toHaveLength(1);
    expect(beads[0]).toMatchObject({source: [0], target: [0]});
  });

  test('empty texts are units like any other', () => {
    const beads = alignUnits(['', 'Una frase con 42 gatos.', ''], ['A sentence with 42 cats.', '']);
    expectCover(beads, 3, 2);
    expect(beads.find(b => b.source.includes(1))!.target).toContain(0);
  });

  test.skipIf(!haveDevset)('a translation that starts with 40 paragraphs of other articles still aligns', () => {
    // The extra paragraphs push the pairs far off the diagonal, and make the target
    // three times as long as the source.
    const beads = textBeads(sample);
    const filler = pairs.slice(1).flatMap(p => p.target.paragraphs.map(q => q.text));
    const padded = filler.slice(0, 40).map(t => ({src: [], tgt: [t]}));
    const edited = flatten([...padded, ...beads]);
    const result = alignUnits(edited.source, edited.target);
    expectCover(result, edited.source.length, edited.target.length);
    const right = new Set(edited.gold.filter(g => g.src.length > 0).map(g => JSON.stringify(g)));
    const found = asGold(result).filter(g => right.has(JSON.stringify(g))).length;
    expect(found).toBeGreaterThanOrEqual(right.size - 2);
  });
});

describe('sentences inside a bead', () => {
  test('sentenceRefs numbers sentences across the paragraphs in order', () => {
    const target = [sample.target.paragraphs[12]!, sample.target.paragraphs[13]!];
    const refs = sentenceRefs(target);
    expect(refs).toHaveLength(target[0]!.sentences.length + target[1]!.sentences.length);
    const first = target[0]!.sentences[0]!;
    expect(refs[0]).toEqual({paragraph: 12, sentence: 0, start: first.start, end: first.end});
    expect(refs[target[0]!.sentences.length]).toMatchObject({paragraph: 13, sentence: 0, start: 0});
    const last = refs.at(-1)!;
    expect(last).toMatchObject({paragraph: 13, sentence: target[1]!.sentences.length - 1});
    expect(target[1]!.text.slice(last.start, last.end)).toBe(target[1]!.sentences.at(-1)!.text);
  });

  test("the sample's 1-2 bead: the split falls between the sentences that the target split", () => {
    const source = [sample.source.paragraphs[12]!];
    const target = [sample.target.paragraphs[12]!, sample.target.paragraphs[13]!];
    const beads = alignSentences(source, target);
    const ns = source[0]!.sentences.length;
    const nt = sentenceRefs(target).length;
    expectCover(beads, ns, nt);
    // No sentence bead straddles the two target paragraphs unless its source sentence does.
    const refs = sentenceRefs(target);
    for (const b of beads) {
      const paragraphs = new Set(b.target.map(j => refs[j]!.paragraph));
      expect(paragraphs.size).toBeLessThanOrEqual(1);
    }
  });

  test.each(pairs.map(p => [p.name, p] as const))('%s: sentence beads cover every bead of the gold', (_name, pair) => {
    for (const g of pair.gold) {
      const src = g.src.map(i => pair.source.paragraphs[i]!);
      const tgt = g.tgt.map(j => pair.target.paragraphs[j]!);
      const beads = alignSentences(src, tgt);
      expectCover(beads, sentenceRefs(src).length, sentenceRefs(tgt).length);
    }
  });

  test('a sentence dropped from a paragraph joins a neighbour at its place, never a one-sided unit', () => {
    const paragraph = sample.source.paragraphs.find(p => p.sentences.length >= 3)!;
    const sentences = paragraph.sentences.map(s => s.text);
    const drop = 1;
    const shorter = sentences.filter((_, k) => k !== drop).join(' ');
    const target = documentFromParagraphs([shorter], {path: 't', lang: 'es'}).paragraphs;
    const beads = alignSentences([paragraph], target);
    expectCover(beads, sentences.length, sentences.length - 1);
    for (const b of beads) expect(b.source.length > 0 && b.target.length > 0).toBe(true);
    const holder = beads.find(b => b.source.includes(drop))!;
    expect(holder.source).toHaveLength(2);
    expect(holder.target).toHaveLength(1);
    // The other sentences keep their one-to-one links.
    expect(beads.filter(b => b !== holder).every(b => b.source.length === 1 && b.target.length === 1)).toBe(true);
  });
});

describe('invariants over random inputs', () => {
  const word = fc.oneof(
    fc.constantFrom('casa', 'house', 'el', 'the', 'Madrid', 'Presidente', 'president', '«', '»', '(', ')', '?', '¡', 'niño', 'año'),
    fc.integer({min: 0, max: 3000}).map(String),
    fc.string({minLength: 1, maxLength: 8}),
  );
  const text = fc.array(word, {maxLength: 30}).map(ws => ws.join(' '));
  const side = fc.array(text, {maxLength: 40});

  test('always a monotonic cover of both sides, each unit exactly once', () => {
    fc.assert(
      fc.property(side, side, fc.boolean(), (source, target, realign) => {
        const beads = alignUnits(source, target, {realign});
        expectCover(beads, source.length, target.length);
      }),
      {numRuns: 150},
    );
  });

  test('the same for real paragraphs shuffled, dropped and repeated', () => {
    const es = sample.source.paragraphs.map(p => p.text);
    const en = sample.target.paragraphs.map(p => p.text);
    const pick = (texts: string[]) => fc.array(fc.integer({min: 0, max: texts.length - 1}), {maxLength: 30}).map(ix => ix.map(i => texts[i]!));
    fc.assert(
      fc.property(pick(es), pick(en), (source, target) => {
        expectCover(alignUnits(source, target), source.length, target.length);
      }),
      {numRuns: 60},
    );
  });

  test('without wide beads no bead holds three units of a side', () => {
    fc.assert(
      fc.property(side, side, (source, target) => {
        const beads = alignUnits(source, target, {wideBeads: false});
        expectCover(beads, source.length, target.length);
        for (const b of beads) expect(Math.max(b.source.length, b.target.length)).toBeLessThanOrEqual(2);
      }),
      {numRuns: 60},
    );
  });

  test('a narrow starting band gives the same cover rules', () => {
    fc.assert(
      fc.property(side, side, (source, target) => {
        expectCover(alignUnits(source, target, {band: 1}), source.length, target.length);
      }),
      {numRuns: 60},
    );
  });
});

describe('learned word pairs', () => {
  // A document that repeats a paragraph pair: every word of the source paragraph is a
  // perfect match for every word of its translation.
  const source: string[] = [];
  const target: string[] = [];
  const towns = ['Lima', 'Quito', 'Cali', 'Cuzco', 'Tunja', 'Pasto', 'Neiva', 'Ibagué', 'Salta', 'Jujuy', 'Oruro', 'Potosí', 'Sucre', 'Tarija'];
  for (let k = 0; k < 60; k++) {
    // The repeated pair is in one bead of fifteen: rare enough for its words to be learned.
    const repeated = k % 15 === 0;
    const town = towns[k % towns.length]!;
    source.push(repeated ? 'el ministro anunció nuevas medidas económicas contra la inflación' : `${k + 1} vecinos de ${town} votaron ayer`);
    target.push(repeated ? 'the minister announced new economic measures against inflation' : `${k + 1} residents of ${town} voted yesterday`);
  }
  const pairs = source.map((_, i): [number, number] => [i, i]);
  const learnedPerWord = (maxPartners: number): number => {
    const units = analyseUnits(source, target, DEFAULT_FEATURE_WEIGHTS);
    const before = units.sourceFeatures[0]!.length;
    const learned = learnDictionary(units, pairs, DEFAULT_FEATURE_WEIGHTS, {...DEFAULT_LEARN, maxPartners});
    expect(learned).toBeGreaterThan(0);
    const words = new Set(units.sourceWords[0]).size;
    return (units.sourceFeatures[0]!.length - before) / words;
  };

  test('each word takes part in at most maxPartners pairs, however many pass the thresholds', () => {
    expect(learnedPerWord(DEFAULT_LEARN.maxPartners)).toBeLessThanOrEqual(DEFAULT_LEARN.maxPartners);
    // Unbounded, the repeated paragraph gives each word many partners.
    expect(learnedPerWord(1000)).toBeGreaterThan(DEFAULT_LEARN.maxPartners);
  });

  test('a document that repeats a paragraph is aligned one to one', () => {
    const whole = alignUnits(source, target);
    expect(whole).toHaveLength(source.length);
    expect(whole.every((b, i) => b.source.length === 1 && b.source[0] === i && b.target[0] === i)).toBe(true);
  });
});
