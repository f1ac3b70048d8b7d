/**
 * Export, then import: the same pairs, ids and statuses come back, for every format
 * that can be read. Texts are arbitrary Unicode (astral characters, combining marks,
 * markup-like text, spreadsheet formulas, control characters); where a format cannot
 * hold a character, the documented loss is what the test expects:
 *
 * - TMX: characters XML 1.0 forbids are dropped.
 * - XLIFF: nothing is lost (forbidden characters travel as <cp>).
 * - TSV, CSV: nothing is lost.
 * - XLSX: nothing is lost (Excel's _xHHHH_ encoding carries control characters).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {BeadStatus} from '../../src/core/session.js';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {readBilingualFile} from '../../src/formats/index.js';
import {writeTmx} from '../../src/formats/tmx.js';
import {writeCsv, writeTsv} from '../../src/formats/tsv.js';
import {writeXliff} from '../../src/formats/xliff.js';
import {writeXlsx} from '../../src/formats/xlsx.js';
import {createI18n} from '../../src/i18n.js';
import {stateOf, type BeadSpec} from './support.js';
import {xmllint, xmllintMissing} from './validators.js';

const NO_XMLLINT = xmllintMissing();
if (NO_XMLLINT) console.log(`The round trips run without schema validation: ${NO_XMLLINT}`);

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-roundtrip-'));

/** Pieces that have broken bilingual files before: markup, formulas, escapes, quotes. */
const TRICKY = [
  '<b>&amp;</b>',
  ']]>',
  '&#x41;',
  '"quoted", and \'single\'',
  '=SUM(A1:A2)',
  '-5 °C',
  '+34 600',
  '@mention',
  "'=already quoted",
  'tab\there',
  'line\nbreak',
  'back\\slash \\n \\t',
  '_x0041_',
  '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'e\u0301 (NFD)',
  '\u0000\u0001\u0008\u000b\u000c\u001f\u007f\u0085',
  '\r\n',
  '\ufffe\uffff',
  'ключ | 键 | مفتاح',
  '\u202eevil\u202c',
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({unit: 'binary', maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 12}),
  fc.constantFrom('Hola', 'mundo', 'año', 'the', 'cat', '2024'),
);

/** A paragraph as the document model holds it: NFC, trimmed, not empty, no blank line inside. */
const paragraph = fc
  .array(piece, {minLength: 1, maxLength: 5})
  .map(parts => parts.join(' ').normalize('NFC').trim())
  .filter(text => text !== '' && !/\n[ \t\f\v\u00a0]*\n/.test(text));

const status = fc.constantFrom<BeadStatus>('automatic', 'edited', 'confirmed');

const shape = fc.constantFrom<readonly [number, number]>([1, 1], [1, 1], [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]);

const idText = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', '0', '9', ' ', '-', '_', '.', ':', '=', '+', '@', "'", '"', '<', '&', 'ü', '😀', '\t'),
  minLength: 1,
  maxLength: 8,
});

interface Review {
  readonly source: string[];
  readonly target: string[];
  readonly beads: BeadSpec[];
  readonly ids: string[];
}

const review: fc.Arbitrary<Review> = fc
  .array(fc.tuple(shape, status), {minLength: 1, maxLength: 6})
  .chain(beads => {
    const ns = beads.reduce((n, [[s]]) => n + s, 0);
    const nt = beads.reduce((n, [[, tt]]) => n + tt, 0);
    return fc.record({
      beads: fc.constant(beads),
      source: fc.array(paragraph, {minLength: ns, maxLength: ns}),
      target: fc.array(paragraph, {minLength: nt, maxLength: nt}),
      ids: fc.uniqueArray(idText, {minLength: beads.length, maxLength: beads.length}),
    });
  })
  .filter(r => r.source.length > 0 && r.target.length > 0)
  .map(r => {
    let i = 0;
    let j = 0;
    const beads: BeadSpec[] = r.beads.map(([[s, tt], st]) => {
      const bead = {source: Array.from({length: s}, (_, k) => i + k), target: Array.from({length: tt}, (_, k) => j + k), status: st};
      i += s;
      j += tt;
      return bead;
    });
    return {source: r.source, target: r.target, beads, ids: r.ids};
  });

/** Whether a code point may stand in an XML 1.0 document (written here again, independently). */
function xmlAllowed(cp: number): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return true;
  if (cp < 0x20) return false;
  if (cp === 0xfffe || cp === 0xffff) return false;
  return !(cp >= 0xd800 && cp <= 0xdfff);
}

const LOSS: Record<string, (text: string) => string> = {
  tmx: text => [...text].filter(c => xmlAllowed(c.codePointAt(0)!)).join(''),
  xliff: text => text,
  tsv: text => text,
  csv: text => text,
  xlsx: text => text,
};

/** What the reader should give for a paragraph after the format's documented loss. */
function expected(format: string, text: string): string {
  return LOSS[format]!(text).normalize('NFC').trim();
}

/** Whether the loss would change the shape of the review (an emptied paragraph, a new blank line). */
function shapeSurvives(format: string, r: Review): boolean {
  return [...r.source, ...r.target].every(p => {
    const e = expected(format, p);
    return e !== '' && !/\n[ \t\f\v\u00a0]*\n/.test(e);
  });
}

async function writeAndRead(format: 'tmx' | 'xliff' | 'tsv' | 'csv' | 'xlsx', r: Review) {
  const state = stateOf({source: r.source, target: r.target, beads: r.beads});
  const input = exportInputFromState(
    state,
    r.beads.map(() => []),
    t,
    {ids: r.ids, toolVersion: '1', uiLang: 'en', createdAt: new Date(0)},
  );
  const file = path.join(tmp, `review-${Math.random().toString(36).slice(2)}.${format === 'xliff' ? 'xlf' : format}`);
  const segments = 'paragraph' as const;
  const content =
    format === 'tmx'
      ? writeTmx(input, {segments}).content
      : format === 'xliff'
        ? writeXliff(input).content
        : format === 'tsv'
          ? writeTsv(input, {segments}).content
          : format === 'csv'
            ? writeCsv(input, {segments}).content
            : (await writeXlsx(input, {segments})).content;
  fs.writeFileSync(file, content);
  // Every TMX and XLIFF file written here must also be valid by the official schemas.
  if (!NO_XMLLINT && (format === 'tmx' || format === 'xliff')) {
    expect(xmllint(content as string, format === 'tmx' ? 'tmx' : 'xliff+mda')).toEqual({ok: true, output: ''});
  }
  const read = await readBilingualFile(file);
  fs.rmSync(file);
  if (!read.ok) throw new Error(`${format}: ${JSON.stringify(read.error)}`);
  return read.value;
}

describe.each([
  ['tmx', 150],
  ['xliff', 150],
  ['tsv', 150],
  ['csv', 150],
  ['xlsx', 40],
] as const)('%s: export then import gives the same pairs, ids and statuses', (format, numRuns) => {
  test('for arbitrary reviews', async () => {
    await fc.assert(
      fc.asyncProperty(review, async r => {
        fc.pre(shapeSurvives(format, r));
        const file = await writeAndRead(format, r);
        const pairs = file.alignment.map(b => ({
          source: b.source.map(p => file.source.paragraphs[p]!.text),
          target: b.target.map(p => file.target.paragraphs[p]!.text),
        }));
        const want = r.beads.map(b => ({
          source: b.source.map(p => expected(format, r.source[p]!)),
          target: b.target.map(p => expected(format, r.target[p]!)),
        }));
        expect(pairs).toEqual(want);
        expect(file.ids).toEqual(r.ids);
        expect(file.statuses).toEqual(r.beads.map(b => b.status));
        expect([file.sourceLang, file.targetLang]).toEqual(['es', 'en']);
      }),
      {numRuns},
    );
    // Each run writes and reads a file: on a busy machine 150 of them take more than the default 30 s.
  }, 180_000);
});

test('the documented losses do happen (so the expectations above are not vacuous)', async () => {
  const r: Review = {source: ['a\u0001b'], target: ['c\u007fd\re'], beads: [{source: [0], target: [0], status: 'confirmed'}], ids: ['x']};
  const text = async (format: 'tmx' | 'xliff' | 'tsv' | 'csv' | 'xlsx') => {
    const f = await writeAndRead(format, r);
    return [f.source.paragraphs[0]!.text, f.target.paragraphs[0]!.text];
  };
  expect(await text('tmx')).toEqual(['ab', 'c\u007fd\re']);
  expect(await text('xliff')).toEqual(['a\u0001b', 'c\u007fd\re']);
  expect(await text('tsv')).toEqual(['a\u0001b', 'c\u007fd\re']);
  expect(await text('csv')).toEqual(['a\u0001b', 'c\u007fd\re']);
  expect(await text('xlsx')).toEqual(['a\u0001b', 'c\u007fd\re']);
});
