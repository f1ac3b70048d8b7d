/**
 * The fast terminal width that the bundle gives Ink must answer as string-width does,
 * for every string: text in and out of its fast path, with and without styles.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import terminalWidth from '../../src/ui/layout/terminal-width.js';

// Characters from both sides of the fast path's edges, and the hard cases around it.
const CHARS = [
  ...'aZ09 ~!éñçßœÆ€£·×÷¿¡',
  '\u00ad', // soft hyphen: no column
  '\u0301', // combining acute: joins the letter before it
  '\u200b', // zero-width space
  '\u2028',
  '\u2026',
  '\u203a',
  '\u2190',
  '\u2502',
  '\u2500',
  '\u2713',
  '\u00a0',
  '\u02bc',
  '\u0300',
  '中',
  '한',
  '\u{1f600}',
  '\u2764\ufe0f',
  '\u00a9',
  '\u00a9\ufe0f',
  '\t',
  '\u0007',
  '\u009b',
];
const STYLES = ['\u001b[35m', '\u001b[39m', '\u001b[4m', '\u001b[24m', '\u001b[1;2m', '\u001b[0m', '\u001b]8;;x\u0007'];

describe('terminal width', () => {
  test('is string-width for any mix of characters and styles', () => {
    const piece = fc.oneof(fc.constantFrom(...CHARS), fc.constantFrom(...STYLES), fc.string({maxLength: 4}), fc.string({unit: 'grapheme', maxLength: 3}));
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), pieces => {
        const text = pieces.join('');
        expect(terminalWidth(text)).toBe(stringWidth(text));
      }),
      {numRuns: 3000},
    );
  });

  test('counts a styled row of accented text by its characters', () => {
    const row = '\u001b[2m  3 1:1\u001b[22m El presidente ruso visitará China │ \u001b[4m\u001b[35mPoutinevisit\u001b[39m\u001b[24m …';
    expect(terminalWidth(row)).toBe(stringWidth(row));
    // eslint-disable-next-line no-control-regex -- the escape character is what is removed
    expect(terminalWidth(row)).toBe(row.replace(/\u001b\[[0-9;]*m/g, '').length);
  });

  test('leaves the options that change the count to string-width', () => {
    for (const text of ['±×·', '\u001b[35mabc\u001b[39m']) {
      expect(terminalWidth(text, {ambiguousIsNarrow: false})).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
      expect(terminalWidth(text, {countAnsiEscapeCodes: true})).toBe(stringWidth(text, {countAnsiEscapeCodes: true}));
    }
  });
});
