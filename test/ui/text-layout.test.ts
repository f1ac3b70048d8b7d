import {describe, expect, test} from 'vitest';
import stringWidth from 'string-width';
import {visibleText} from '../../src/ui/layout/sanitize.js';
import {styleLine, truncateRow, rowWidth} from '../../src/ui/layout/styled.js';
import {displayWidth as displayWidthOf, wrapText} from '../../src/ui/layout/wrap.js';
import {editableWindow, flowParts, middleEllipsis, wrapSegments} from '../../src/ui/layout/fit.js';

function lines(text: string, width: number): string[] {
  return wrapText(text, width).map(l => text.slice(l.start, l.end));
}

describe('wrapping by display width', () => {
  test('breaks between words and never past the width', () => {
    expect(lines('the quick brown fox jumps over the lazy dog', 10)).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  test('a word longer than a line is cut between characters', () => {
    expect(lines('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  test('CJK characters take two columns each', () => {
    const text = '北京是中国的首都城市';
    const out = lines(text, 7);
    expect(out).toEqual(['北京是', '中国的', '首都城', '市']);
    for (const l of wrapText(text, 7)) expect(l.width).toBe(stringWidth(text.slice(l.start, l.end)));
  });

  test('combining marks take no column and stay with their letter', () => {
    const text = 'cafe\u0301 cafe\u0301 cafe\u0301';
    const out = lines(text, 10);
    expect(out).toEqual(['cafe\u0301 cafe\u0301', 'cafe\u0301']);
    expect(wrapText(text, 10)[0]!.width).toBe(9);
  });

  test('an emoji sequence is one cluster of two columns', () => {
    const family = '👨‍👩‍👧';
    const out = wrapText(`${family}${family}${family}`, 4);
    expect(out.map(l => l.width)).toEqual([4, 2]);
    expect(out[0]!.end - out[0]!.start).toBe(family.length * 2);
  });

  test('line feeds break lines and an empty text is one empty line', () => {
    expect(lines('one\ntwo three', 20)).toEqual(['one', 'two three']);
    expect(wrapText('', 5)).toEqual([{start: 0, end: 0, width: 0}]);
  });
});

describe('control characters become visible symbols of the same length', () => {
  test.each([
    ['\u001b[31mred', '\u241b[31mred'],
    ['a\u0007b', 'a\u2407b'],
    ['tab\there', 'tab\u2409here'],
    ['del\u007f', 'del\u2421'],
    ['c1\u009bx', 'c1\ufffdx'],
    ['bidi\u202eevil', 'bidi\ufffdevil'],
  ])('%j is shown as %j', (raw, shown) => {
    const out = visibleText(raw);
    expect(out).toBe(shown);
    expect(out.length).toBe(raw.length);
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  test('line feeds are kept for the wrapper unless asked otherwise', () => {
    expect(visibleText('a\nb')).toBe('a\nb');
    expect(visibleText('a\nb', false)).toBe('a\u240ab');
  });
});

describe('styled segments', () => {
  test('marks split a line at their edges and later marks win', () => {
    const text = 'hello brave new world';
    const [line] = wrapText(text, 40);
    const segments = styleLine(text, line!, [
      {start: 6, end: 15, style: {color: 'red', underline: true}},
      {start: 12, end: 15, style: {inverse: true}},
    ]);
    expect(segments).toEqual([
      {text: 'hello ', style: {}},
      {text: 'brave ', style: {color: 'red', underline: true}},
      {text: 'new', style: {color: 'red', underline: true, inverse: true}},
      {text: ' world', style: {}},
    ]);
  });

  test('truncation never cuts a wide character in half', () => {
    const row = truncateRow([{text: 'ab北京', style: {}}], 5);
    expect(row).toEqual([{text: 'ab北', style: {}}]);
    expect(rowWidth(row)).toBe(4);
  });
});

describe('fitting text to the width without cutting words', () => {
  test('a middle ellipsis keeps the start and the end (the extension) of a name', () => {
    expect(middleEllipsis('article.en.txt.cotejo.json', 12)).toBe('artic…o.json');
    expect(middleEllipsis('short.txt', 12)).toBe('short.txt');
    expect(displayWidthOf(middleEllipsis('北京是中国的首都城市.txt', 9))).toBeLessThanOrEqual(9);
  });

  test('parts go on the next row whole, never cut', () => {
    const parts = ['pair 3 of 19', '3 open here', '23 open in the document', 'Saved'].map(text => [{text, style: {}}]);
    const rows = flowParts(parts, 32, {text: ' · ', style: {}}).map(r => r.map(s => s.text).join(''));
    expect(rows).toEqual(['pair 3 of 19 · 3 open here', '23 open in the document · Saved']);
    expect(flowParts(parts, 30, {text: ' · ', style: {}}, 1)).toHaveLength(1);
  });

  test('wrapped segments keep their styles and a hanging indent', () => {
    const rows = wrapSegments([{text: 'glued', style: {underline: true}}, {text: ' words run together here', style: {}}], 14, {text: '› ', style: {}}, {text: '    ', style: {}});
    expect(rows.map(r => r.map(s => s.text).join(''))).toEqual(['› glued', '    words run', '    together', '    here']);
    expect(rows[0]![1]).toEqual({text: 'glued', style: {underline: true}});
  });

  test('an editable line scrolls to keep the cursor in view, with ellipses where text is hidden', () => {
    const text = '/home/translator/work/2026/articles/article.en.tmx';
    const end = editableWindow(text, text.length, 20);
    expect(end.before.startsWith('…')).toBe(true);
    expect(end.before.endsWith('en.tmx')).toBe(true);
    expect(end.at).toBe(' ');
    const start = editableWindow(text, 0, 20);
    expect(start.before).toBe('');
    expect(start.at).toBe('/');
    expect(start.after.endsWith('…')).toBe(true);
    expect(displayWidthOf(start.before + start.at + start.after)).toBeLessThanOrEqual(20);
  });
});
