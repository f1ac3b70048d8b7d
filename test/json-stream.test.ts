/** The JSON written in pieces is, byte for byte, what JSON.stringify(value, null, 2) writes. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {writePrettyJson} from '../src/json-stream.js';

function written(value: unknown): {text: string; pieces: number} {
  const pieces: string[] = [];
  writePrettyJson(value, p => pieces.push(p));
  return {text: pieces.join(''), pieces: pieces.length};
}

describe('JSON in pieces', () => {
  it('matches JSON.stringify on any JSON value, large arrays and objects included', () => {
    const big = fc.array(fc.jsonValue({maxDepth: 3}), {minLength: 60, maxLength: 90});
    const value = fc.oneof(fc.jsonValue({maxDepth: 4}), big, fc.dictionary(fc.string(), fc.oneof(big, fc.jsonValue())), fc.record({a: big, b: fc.record({c: big})}));
    fc.assert(
      fc.property(value, v => {
        expect(written(v).text).toBe(JSON.stringify(v, null, 2));
      }),
      {numRuns: 300},
    );
  });

  it('leaves out undefined members and writes null for undefined items, as JSON.stringify does', () => {
    const items = Array.from({length: 70}, (_, k) => (k % 7 ? {k, gone: undefined} : undefined));
    const value = {items, gone: undefined, nested: {list: items}};
    expect(written(value).text).toBe(JSON.stringify(value, null, 2));
  });

  it('hands out a long report in several pieces', () => {
    const value = {paragraphs: Array.from({length: 30_000}, (_, k) => `Paragraph ${k}: ${'ñ'.repeat(60)}`)};
    const {text, pieces} = written(value);
    expect(text).toBe(JSON.stringify(value, null, 2));
    expect(pieces).toBeGreaterThan(1);
  });
});
