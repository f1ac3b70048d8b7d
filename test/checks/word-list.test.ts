import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {listAccepts, wordListFromText, wordListText} from '../../src/languages/word-list.js';

describe('word list', () => {
  it('finds exactly the words it was made from', () => {
    fc.assert(
      fc.property(fc.array(fc.string({minLength: 1, maxLength: 8}), {maxLength: 60}), fc.array(fc.string({maxLength: 8}), {maxLength: 30}), (words, probes) => {
        const kept = words.filter(w => !/[\n\r]/.test(w));
        const list = wordListFromText(wordListText(kept));
        expect(list).not.toBeNull();
        expect(list!.size).toBe(new Set(kept).size);
        for (const w of kept) expect(list!.has(w)).toBe(true);
        for (const p of probes) expect(list!.has(p)).toBe(kept.includes(p));
      }),
    );
  });

  it('finds the first and the last word and nothing around them', () => {
    const list = wordListFromText(wordListText(['mesa', 'árbol', 'casa', 'zorro', 'Ávila']))!;
    for (const w of ['Ávila', 'casa', 'mesa', 'zorro', 'árbol']) expect(list.has(w)).toBe(true);
    for (const w of ['', 'cas', 'casas', 'zorros', 'a', 'árbole', 'ávila']) expect(list.has(w)).toBe(false);
  });

  it('refuses text that is not a sorted list', () => {
    expect(wordListFromText('b\na\n')).toBeNull();
    expect(wordListFromText('a\nb')).toBeNull();
    expect(wordListFromText('a\n\nb\n')).toBeNull();
    expect(wordListFromText('')!.size).toBe(0);
  });

  it('accepts a word as written, in sentence case when in capitals, or in lowercase', () => {
    const list = wordListFromText(wordListText(['casa', 'París', 'ONU']))!;
    expect(listAccepts(list, 'casa')).toBe(true);
    expect(listAccepts(list, 'Casa')).toBe(true);
    expect(listAccepts(list, 'CASA')).toBe(true);
    expect(listAccepts(list, 'PARÍS')).toBe(true);
    expect(listAccepts(list, ' ONU ')).toBe(true);
    expect(listAccepts(list, 'parís')).toBe(false);
    expect(listAccepts(list, 'onu')).toBe(false);
    expect(listAccepts(list, '  ')).toBe(false);
  });
});
