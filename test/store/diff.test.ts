import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {mergeEdits, paragraphDiff, textSimilarity, wordDiff, type TextChange} from '../../src/core/diff.js';

function sides(changes: readonly TextChange[]): [string, string] {
  return [
    changes.filter(c => c.kind !== 'added').map(c => c.text).join(''),
    changes.filter(c => c.kind !== 'removed').map(c => c.text).join(''),
  ];
}

describe('wordDiff', () => {
  test('marks the changed words with exact offsets in both texts', () => {
    const a = 'The cat sat on the mat.';
    const b = 'The big cat sat  on a mat!';
    const d = wordDiff(a, b);
    expect(d.filter(c => c.kind !== 'same').map(c => `${c.kind}:${c.text}`)).toEqual([
      'added:big ',
      'removed: ',
      'added:  ',
      'removed:the',
      'added:a',
      'removed:.',
      'added:!',
    ]);
    for (const c of d) {
      if (c.kind !== 'added') expect(a.slice(c.oldStart, c.oldStart + c.text.length)).toBe(c.text);
      if (c.kind !== 'removed') expect(b.slice(c.newStart, c.newStart + c.text.length)).toBe(c.text);
    }
  });

  test('equal and empty texts', () => {
    expect(wordDiff('igual', 'igual')).toEqual([{kind: 'same', text: 'igual', oldStart: 0, newStart: 0}]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'nuevo')).toEqual([{kind: 'added', text: 'nuevo', oldStart: 0, newStart: 0}]);
  });

  test('the pieces always give back both texts, offsets included', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 40}), (a, b) => {
        const d = wordDiff(a, b);
        expect(sides(d)).toEqual([a, b]);
        for (const c of d) {
          if (c.kind !== 'added') expect(a.slice(c.oldStart, c.oldStart + c.text.length)).toBe(c.text);
          if (c.kind !== 'removed') expect(b.slice(c.newStart, c.newStart + c.text.length)).toBe(c.text);
        }
      }),
      {numRuns: 300},
    );
  });
});

describe('paragraphDiff', () => {
  test('finds the runs of equal, removed and added paragraphs', () => {
    const runs = paragraphDiff(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(runs.map(r => `${r.kind}@${r.oldStart},${r.newStart}x${r.count}`)).toEqual([
      'same@0,0x1',
      'removed@1,1x1',
      'added@2,1x1',
      'same@2,2x2',
      'added@4,4x1',
    ]);
  });
});

describe('textSimilarity', () => {
  test.each([
    ['same', 'same', 1],
    ['', '', 1],
    ['uno dos', 'tres cuatro', 0],
  ])('%j vs %j is %d', (a, b, s) => {
    expect(textSimilarity(a, b)).toBe(s);
  });

  test('an edited sentence stays similar, an unrelated one does not', () => {
    const a = 'El presidente visitó la ciudad el martes por la tarde.';
    expect(textSimilarity(a, 'El presidente visitó la capital el martes por la tarde.')).toBeGreaterThan(0.8);
    expect(textSimilarity(a, 'Las lluvias afectaron a tres provincias del norte.')).toBeLessThan(0.5);
  });
});

describe('mergeEdits', () => {
  const base = 'The minister met the envoy on Monday in the capital.';
  test('edits of different words are put together', () => {
    const ours = 'The minister met the ambassador on Monday in the capital.';
    const theirs = 'The minister met the envoy on Tuesday in the capital.';
    expect(mergeEdits(base, ours, theirs)).toBe('The minister met the ambassador on Tuesday in the capital.');
  });

  test('edits of the same words, or of adjacent ones, are a conflict', () => {
    expect(mergeEdits(base, base.replace('envoy', 'ambassador'), base.replace('envoy', 'emissary'))).toBeNull();
    expect(mergeEdits(base, base.replace('the envoy', 'the new envoy'), base.replace('envoy', 'emissary'))).toBeNull();
  });

  test('edits with a word between them are put together', () => {
    expect(mergeEdits(base, base.replace('envoy', 'ambassador'), base.replace('met', 'saw'))).toBe(
      'The minister saw the ambassador on Monday in the capital.',
    );
  });

  test('the same edit on both sides, or one side unchanged, is no conflict', () => {
    const ours = base.replace('Monday', 'Sunday');
    expect(mergeEdits(base, ours, ours)).toBe(ours);
    expect(mergeEdits(base, ours, base)).toBe(ours);
    expect(mergeEdits(base, base, ours)).toBe(ours);
  });
});
