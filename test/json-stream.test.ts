/** The JSON written in pieces is, byte for byte, what JSON.stringify(value, null, 2) writes. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {writePrettyJson, writePrettyJsonPart} from '../src/json-stream.js';

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

  it('writes an object in two parts, each when known, as the whole would be written', () => {
    const members = fc.dictionary(fc.string({minLength: 1}), fc.oneof(fc.jsonValue({maxDepth: 3}), fc.array(fc.jsonValue({maxDepth: 2}), {minLength: 60, maxLength: 90})), {minKeys: 1});
    fc.assert(
      fc.property(members, members, (head, more) => {
        // The tail's keys are its own: a key in both would take the head's place in the whole.
        const tail = Object.fromEntries(Object.entries(more).map(([k, v]) => [`tail ${k}`, v]));
        const pieces: string[] = [];
        writePrettyJsonPart(head, 'head', p => pieces.push(p));
        writePrettyJsonPart(tail, 'tail', p => pieces.push(p));
        expect(pieces.join('')).toBe(JSON.stringify({...head, ...tail}, null, 2));
      }),
      {numRuns: 200},
    );
  });

  it('writes a head of many pieces without its closing brace, and the tail after it', () => {
    const paragraphs = Array.from({length: 40_000}, (_, k) => `Paragraph ${k} of a long document, long enough to fill pieces.`);
    const head = {version: 1, source: {paragraphs}};
    const tail = {divergences: [{key: 'a'}], hints: []};
    const pieces: string[] = [];
    writePrettyJsonPart(head, 'head', p => pieces.push(p));
    const headPieces = pieces.length;
    writePrettyJsonPart(tail, 'tail', p => pieces.push(p));
    expect(headPieces).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(JSON.stringify({...head, ...tail}, null, 2));
  });
});
