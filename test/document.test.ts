import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
  decodeText,
  documentFromText,
  firstInvalidUtf8Byte,
  splitParagraphs,
  splitSentences,
  tokenize,
} from '../src/core/document.js';
import {DEFAULT_MAX_INPUT_BYTES, loadDocument, setMaxInputBytes} from '../src/load.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

function paragraphsOf(text: string): string[] {
  const r = documentFromText(text, {path: 't', lang: 'en'});
  if (!r.ok) throw new Error(r.error.code);
  return r.value.paragraphs.map(p => p.text);
}

describe('paragraphs', () => {
  test('one paragraph per line when the text has no blank line', () => {
    expect(paragraphsOf('  First line.\nSecond line.  \n\nThird')).toEqual(['First line.\nSecond line.', 'Third']);
    expect(paragraphsOf('Uno.\nDos.\n  \nTres.')).toEqual(['Uno.\nDos.', 'Tres.']);
    expect(paragraphsOf('Uno.\n   Dos.\nTres.\n')).toEqual(['Uno.', 'Dos.', 'Tres.']);
  });

  test('blank lines made of spaces and tabs separate paragraphs; runs of them count once', () => {
    expect(splitParagraphs('a\n \t \n\n\nb\nc')).toEqual(['a', 'b\nc']);
  });

  test('CRLF and CR line ends are normalised', () => {
    expect(paragraphsOf('a\r\n\r\nb\rc')).toEqual(['a', 'b\nc']);
  });

  test('the sample article has 19 Spanish and 20 English paragraphs', () => {
    const es = loadDocument(path.join(fixtures, 'article.es.txt'), 'es');
    const en = loadDocument(path.join(fixtures, 'article.en.txt'), 'en');
    expect(es.ok && es.value.paragraphs.length).toBe(19);
    expect(en.ok && en.value.paragraphs.length).toBe(20);
    const gold = JSON.parse(fs.readFileSync(path.join(fixtures, 'article.gold.json'), 'utf8')) as {
      divergences: {tgt_paragraph: number; tgt_offset: number; tgt_text: string}[];
    };
    // The gold's offsets index the trimmed paragraphs: the contract every part shares.
    for (const d of gold.divergences) {
      const p = en.ok ? en.value.paragraphs[d.tgt_paragraph]!.text : '';
      expect(p.slice(d.tgt_offset, d.tgt_offset + d.tgt_text.length)).toBe(d.tgt_text);
    }
  });
});

describe('decoding', () => {
  test('a UTF-8 BOM is dropped', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f');
    expect(r).toEqual({ok: true, value: 'a'});
  });

  test.each([
    ['utf-16le', [0xff, 0xfe, 0x61, 0x00, 0xf1, 0x00]],
    ['utf-16be', [0xfe, 0xff, 0x00, 0x61, 0x00, 0xf1]],
  ])('%s with a BOM is decoded', (_name, bytes) => {
    expect(decodeText(new Uint8Array(bytes), 'f')).toEqual({ok: true, value: 'añ'});
  });

  test('text is NFC-normalised: a decomposed accent becomes one code unit', () => {
    const r = decodeText(new TextEncoder().encode('Cafe\u0301'), 'f');
    expect(r.ok && r.value).toBe('Caf\u00e9');
  });

  test.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a byte that never starts UTF-8', [0x41, 0x42, 0x43, 0xff], 3],
  ])('invalid UTF-8 (%s) is reported at its byte offset', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
    expect(decodeText(new Uint8Array(bytes), 'x.txt')).toEqual({
      ok: false,
      error: {code: 'invalid-utf8', params: {path: 'x.txt', offset}},
    });
  });

  test('a NUL byte marks a binary file', () => {
    expect(decodeText(new Uint8Array([0x61, 0x62, 0x00, 0x63]), 'b.bin')).toEqual({
      ok: false,
      error: {code: 'binary-file', params: {path: 'b.bin', offset: 2}},
    });
  });
});

describe('sentences and tokens keep exact offsets', () => {
  test('sentences of a paragraph', () => {
    const text = 'Los rusos no son ingenuos. Entienden lo importante. ¿Y China?';
    const s = splitSentences(text, 'es');
    expect(s.map(x => x.text)).toEqual(['Los rusos no son ingenuos.', 'Entienden lo importante.', '¿Y China?']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test('tokens: words, numbers with separators, punctuation and symbols', () => {
    const text = 'El 2,5 % de 240.000 (US-led) l’eau: $240!';
    const tokens = tokenize(text);
    expect(tokens.map(t => `${t.kind}:${t.text}`)).toEqual([
      'word:El',
      'number:2,5',
      'punct:%',
      'word:de',
      'number:240.000',
      'punct:(',
      'word:US-led',
      'punct:)',
      'word:l’eau',
      'punct::',
      'symbol:$',
      'number:240',
      'punct:!',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('accents, combining marks, emoji and CJK keep offsets in UTF-16 code units', () => {
    const text = 'Nin\u0303o 👨‍👩‍👧 llegó 🇪🇸 北京 e\u0301x';
    const tokens = tokenize(text);
    expect(tokens.map(t => t.text)).toEqual(['Nin\u0303o', '👨‍👩‍👧', 'llegó', '🇪🇸', '北京', 'e\u0301x']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]).toMatchObject({kind: 'symbol', start: 6, end: 14});
  });

  test('glued words stay one token; a number glued to a word splits', () => {
    expect(tokenize('Jinpingin 2023according').map(t => `${t.kind}:${t.text}`)).toEqual([
      'word:Jinpingin',
      'number:2023',
      'word:according',
    ]);
  });
});

describe('loading files from disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-doc-'));

  test.each([
    ['missing', () => path.join(dir, 'nope.txt'), 'file-not-found'],
    ['a folder', () => dir, 'is-directory'],
    ['empty', () => write('empty.txt', ''), 'empty-document'],
    ['only white space', () => write('blank.txt', ' \n\t\n  \n'), 'empty-document'],
    ['binary', () => write('nul.bin', Buffer.from([0x61, 0, 0x62])), 'binary-file'],
    ['invalid UTF-8', () => write('latin1.txt', Buffer.from([0x61, 0x62, 0xf1, 0x61])), 'invalid-utf8'],
  ])('%s gives an input error', (_name, make, code) => {
    const r = loadDocument(make(), 'es');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  function write(name: string, data: string | Buffer): string {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  }

  test('a 50 MB document loads, and its paragraphs are split without segmenting them', () => {
    const para = 'El comercio entre los dos países alcanzó 240.000 millones de dólares en 2023. '.repeat(8);
    const text = `${para.trim()}\n\n`.repeat(Math.ceil((50 * 1024 * 1024) / (para.length + 2)));
    const p = write('big.txt', text);
    // Over the command line's default limit: raised here as --max-size 64M would.
    setMaxInputBytes(64 * 1024 * 1024);
    const r = loadDocument(p, 'es');
    setMaxInputBytes(DEFAULT_MAX_INPUT_BYTES);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.paragraphs.length).toBeGreaterThan(80_000);
      expect(r.value.paragraphs.at(-1)!.sentences).toHaveLength(8);
    }
    fs.rmSync(p);
  });
});
