import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formChecker, NO_FORM_RULES, wordListFromText, wordListText} from '../../src/languages/word-list.js';

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
    const correct = formChecker(wordListFromText(wordListText(['casa', 'París', 'ONU']))!, NO_FORM_RULES);
    expect(correct('casa')).toBe(true);
    expect(correct('Casa')).toBe(true);
    expect(correct('CASA')).toBe(true);
    expect(correct('PARÍS')).toBe(true);
    expect(correct(' ONU ')).toBe(true);
    expect(correct('parís')).toBe(false);
    expect(correct('onu')).toBe(false);
    expect(correct('  ')).toBe(false);
  });

  it('applies conversions, compound rules and the case, compound-only and forbidden marks', () => {
    const list = wordListFromText(wordListText(['isn\'t', 'Paris', 'bad', 'ok', '1', '2']))!;
    const correct = formChecker(list, {
      conversion: [['’', "'"]],
      compoundRules: ['(?:1|2)+(?:st)'],
      compoundMin: 1,
      onlyInCompound: ['st'],
      keepCase: ['Paris'],
      forbidden: ['bad'],
    });
    expect(correct('isn’t')).toBe(true);
    expect(correct('21st')).toBe(true);
    expect(correct('st')).toBe(false);
    expect(correct('3rd')).toBe(false);
    expect(correct('bad')).toBe(false);
    expect(correct('Paris')).toBe(true);
    expect(correct('PARIS')).toBe(false);
    expect(correct('OK')).toBe(true);
  });
});
