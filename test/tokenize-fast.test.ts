/**
 * The character scanner in `tokenize` against the regular expressions that define the
 * tokens (`tokenizeByExpressions`): the same tokens, kinds and offsets for every
 * paragraph of the fixture texts and for random strings over an alphabet weighted
 * towards the places where the two could part (Latin letters that are or are not
 * letters, digits and punctuation by Unicode's reckoning, separators and joiners, white
 * space beyond ASCII, marks, other scripts, emoji, lone surrogates, runs about the
 * longest word). Each run uses a fixed seed and a random one, printed so that a failure
 * can be replayed (TOKENIZE_SEED=N).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {MAX_WORD_LENGTH, normaliseText, splitParagraphs, tokenize, tokenizeByExpressions} from '../src/core/document.js';

const FIXED_SEED = 20261206;
const RANDOM_SEED = Number(process.env['TOKENIZE_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`tokenize-fast: seeds ${FIXED_SEED} (fixed) and ${RANDOM_SEED} (random; replay with TOKENIZE_SEED=${RANDOM_SEED})`);

const ROOT = path.join(import.meta.dirname, '..');

/** Every text file under the given folders that exist, by path relative to the project. */
function textFiles(...dirs: string[]): string[] {
  return dirs
    .map(d => path.join(ROOT, d))
    .filter(d => fs.existsSync(d))
    .flatMap(d => fs.readdirSync(d).filter(f => f.endsWith('.txt')).map(f => path.join(d, f)));
}

const FIXTURE_FILES = textFiles('fixtures', '../shared/devset');

/** The tokens as one comparable string each: kind, offsets and text. */
const shown = (text: string, tokenizer: typeof tokenize): string[] => tokenizer(text).map(t => `${t.kind} ${t.start}-${t.end} ${t.text}`);

describe('tokenize agrees with its regular expressions', () => {
  test('there are fixture texts to compare over', () => {
    expect(FIXTURE_FILES.length).toBeGreaterThan(10);
  });

  test.each(FIXTURE_FILES.map(f => [path.relative(ROOT, f), f]))('every paragraph of %s', (_name, file) => {
    const text = normaliseText(fs.readFileSync(file, 'utf8'));
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(shown(p, tokenize)).toEqual(shown(p, tokenizeByExpressions));
    // The whole text too, line ends and blank lines included.
    expect(shown(text, tokenize)).toEqual(shown(text, tokenizeByExpressions));
  });

  /** Characters chosen one at a time, each kind where the scanner and the expressions could part. */
  const CHARACTERS = [
    ...'abcxyzABCXYZ0123456789',
    ...'     ',
    ...".,:'’-‐",
    ...'!?«»¿¡"()%$+°±×÷¬¨¯´¸§¶·',
    ...'áéíóúñüçÁÉÑßøåæœŒłŁđĐșțǅ',
    ...'ªºµ²³¹½¼¾',
    ...'\u00a0\u2009\u2007\u202f\u200b\u200d\u2028\u3000\ufeff',
    ...'\t\n\r\v\f',
    '\u0301',
    '\u0308',
    ...'—–…“”‘‚„•′″‼⁉',
    ...'бжЯёйКиев',
    ...'αβΩ',
    ...'北京日本語',
    ...'٣٤०',
    '👍',
    '👍🏽',
    '👨‍👩‍👧',
    '🏳️‍🌈',
    '❤️',
    '©',
    '®',
    '🇪🇸',
    '🇪',
    '𝐀',
    '\ud800',
    '\udc00',
    '\udfff',
  ];

  /** A run of letters (and now and then a digit or joiner) about the longest word. */
  const longRun = fc
    .tuple(fc.integer({min: MAX_WORD_LENGTH - 10, max: MAX_WORD_LENGTH + 20}), fc.constantFrom('a', 'ñ', '1', 'é', 'ж'), fc.constantFrom('', '-', '’', ' ', '\u0301'))
    .map(([n, letter, joiner]) => {
      const half = Math.floor(n / 2);
      return letter.repeat(half) + joiner + 'b'.repeat(n - half);
    });

  const piece = fc.oneof(
    {arbitrary: fc.constantFrom(...CHARACTERS), weight: 30},
    {arbitrary: fc.constantFrom('1.000', '2,5', '10:30', "1'000", '3’5', '1..2', '2,', 'l’eau', "l'", 'US-led', 'e-‐f', 'x-\u0301'), weight: 4},
    {arbitrary: longRun, weight: 1},
  );
  const randomText = fc.array(piece, {maxLength: 40}).map(parts => parts.join(''));

  test.each([
    ['fixed', FIXED_SEED],
    ['random', RANDOM_SEED],
  ])('random strings (%s seed %i)', (_which, seed) => {
    fc.assert(
      fc.property(randomText, text => {
        expect(shown(text, tokenize)).toEqual(shown(text, tokenizeByExpressions));
      }),
      {seed, numRuns: 20_000},
    );
  });

  test('every character of the scanner’s table, alone, between letters and after a digit', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `1${ch}2`, `ab${ch}\u0301`, `${ch}${'x'.repeat(MAX_WORD_LENGTH)}`]) {
        expect(shown(text, tokenize), `U+${c.toString(16).padStart(4, '0')}`).toEqual(shown(text, tokenizeByExpressions));
      }
    }
  });
});
