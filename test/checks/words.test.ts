import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sentenceEnds} from '../../src/core/checks/words.js';
import {makeParagraph, splitSentences} from '../../src/core/document.js';

const ALPHABET = ['a', 'B', 'é', 'Ж', '1', ' ', '.', '!', '?', ';', ',', '"', '»', ')', '(', '…', '¿', '\u037e', '\u2024', '\u3002', '\u0589', '\n', '’', ']', "'", '”'];

describe('sentence ends', () => {
  it('skips the segmenter only for a paragraph the segmenter reads as one sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), {minLength: 1, maxLength: 24}), chars => {
        const text = chars.join('').trim();
        if (!text) return;
        const p = makeParagraph(0, text, 'es');
        const ends = sentenceEnds(p);
        const sentences = splitSentences(text, 'es');
        if (ends !== p.sentences) expect(sentences).toHaveLength(1);
        else expect(ends).toEqual(sentences);
      }),
      {numRuns: 2000},
    );
  });

  it('reads one sentence without the segmenter, several with it', () => {
    const one = makeParagraph(0, 'El Gobierno aprobó el plan de 2,5 millones el «lunes».', 'es');
    expect(sentenceEnds(one)).toHaveLength(1);
    const two = makeParagraph(0, 'Llegó el lunes. Se fue el martes.', 'es');
    expect(sentenceEnds(two)).toBe(two.sentences);
    expect(sentenceEnds(two)).toHaveLength(2);
    const other = makeParagraph(0, '東京に行った。大阪に行った', 'ja');
    expect(sentenceEnds(other)).toBe(other.sentences);
  });
});
