/**
 * Every reader of outside bytes, fed mutated files for a bounded time: documents,
 * TMX, XLIFF, TSV, CSV, the glossary, session files and lock files. None may throw,
 * hang or answer with a message code that has no words; each run uses a fixed seed
 * and a random one, printed so that a failure can be replayed (FUZZ_SEED=N).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseGlossary} from '../src/check-context.js';
import {decodeText, documentFromText} from '../src/core/document.js';
import {initialState} from '../src/core/session.js';
import {readTmx} from '../src/formats/tmx.js';
import {readCsv, readTsv} from '../src/formats/tsv.js';
import {readXliff} from '../src/formats/xliff.js';
import {createI18n} from '../src/i18n.js';
import {describeInputError} from '../src/output.js';
import {readLockFile} from '../src/store/lock.js';
import {formatSessionState, parseSessionFile} from '../src/store/session-file.js';
import {tempDir} from './store/fs-helpers.js';

/** Time each reader is fuzzed for, per seed (ms). */
const BUDGET_MS = Number(process.env['FUZZ_MS'] ?? 1500);
const FIXED_SEED = 20261205;
const RANDOM_SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz-readers: seeds ${FIXED_SEED} (fixed) and ${RANDOM_SEED} (random; replay with FUZZ_SEED=${RANDOM_SEED})`);

const en = createI18n('en');
const t = en.t.bind(en);

const doc = (text: string, lang: string) => {
  const r = documentFromText(text, {path: `x.${lang}.txt`, lang});
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const source = doc('Hola mundo.\n\nEl gobierno aprobó el plan 2024.', 'es');
const target = doc('Hello world.\n\nThe government approved the 2024 plan.', 'en');
const sessionText = formatSessionState(
  initialState(source, target, [
    {source: [0], target: [0], confidence: 0.9},
    {source: [1], target: [1], confidence: 0.8},
  ]),
  {sourcePath: 'x.es.txt', targetPath: 'x.en.txt', sourceSha256: '0'.repeat(64), targetSha256: '1'.repeat(64), created: '2025-01-01T00:00:00.000Z', toolVersion: '0.1.0'},
  new Date('2025-01-02T00:00:00Z'),
);

/** A valid file of each kind, the seed the mutations start from. */
const CORPUS = {
  tmx: `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="es" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu tuid="1"><tuv xml:lang="es"><seg>Hola &amp; adiós</seg></tuv><tuv xml:lang="en"><seg>Hello &amp; bye</seg></tuv></tu></body></tmx>\n`,
  xliff: `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en"><file id="f"><unit id="u1"><segment><source>Hola</source><target>Hello</target></segment></unit></file></xliff>\n`,
  xliff12: `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Hola</source><target>Hello</target></trans-unit></body></file></xliff>\n`,
  tsv: 'id\tsource (es)\ttarget (en)\tstatus\tnotes\n1\tHola\tHello\tconfirmed\t\n2\t"Dos"\tTwo\t\t\n',
  csv: 'id,source (es),target (en),status,notes\n1,Hola,Hello,confirmed,\n2,"Dos, ""tres""","Two\nlines",,\n',
  glossary: 'Pekín\tBeijing\nXi Jinping,Xi Jinping\n# comment\n',
  session: sessionText,
  lock: '{"pid":1,"hostname":"h","started":"2025-01-01T00:00:00.000Z","program":"/x/cli.js"}\n',
  text: 'Política\n\nVladimir Putin se reunirá con Xi Jinping.\r\n\r\nSegundo párrafo…',
};

/** Mutations of a text: characters replaced, inserted, removed, cut, repeated, or made of hostile pieces. */
function mutated(base: string): fc.Arbitrary<string> {
  const pieces = fc.constantFrom('<', '>', '&', '&#0;', '&unknown;', '"', "'", '\t', '\n', '\r', '\0', '\uFEFF', '\uD800', ']]>', '<!DOCTYPE x [<!ENTITY a "b">]>', '{', '}', '[', ']', ',', ':', '\u202E', '\u001b[31m', 'x'.repeat(300), '1e999', '-1', 'null');
  const edit = fc.oneof(
    fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(pieces, fc.string({maxLength: 8}), fc.string({unit: 'binary', maxLength: 8}))}),
    fc.record({kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 20})}),
    fc.record({kind: fc.constant('cut' as const), at: fc.nat()}),
    fc.record({kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({min: 1, max: 40}), times: fc.integer({min: 2, max: 50})}),
  );
  return fc.array(edit, {minLength: 1, maxLength: 6}).map(edits => {
    let s = base;
    for (const e of edits) {
      const at = s.length === 0 ? 0 : e.at % (s.length + 1);
      if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
      else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
      else if (e.kind === 'cut') s = s.slice(0, at);
      else s = s.slice(0, at) + s.slice(at, at + e.length).repeat(e.times) + s.slice(at);
    }
    return s;
  });
}

type Reader = (input: string) => {ok: boolean; error?: {code: string; params: Readonly<Record<string, string | number>>}} | null;

const lockDir = tempDir('cotejo-fuzz-lock-');
const lockFile = path.join(lockDir, 'x.cotejo.lock');

const READERS: Readonly<Record<string, [string, Reader]>> = {
  'documents (bytes)': [
    CORPUS.text,
    s => {
      const text = decodeText(Buffer.from(s, 'utf8'), 'x.txt');
      return text.ok ? documentFromText(text.value, {path: 'x.txt', lang: 'es'}) : text;
    },
  ],
  'documents (text)': [CORPUS.text, s => documentFromText(s, {path: 'x.txt', lang: 'es'})],
  TMX: [CORPUS.tmx, s => readTmx(s, 'x.tmx')],
  'XLIFF 2': [CORPUS.xliff, s => readXliff(s, 'x.xlf')],
  'XLIFF 1.2': [CORPUS.xliff12, s => readXliff(s, 'x.xlf')],
  TSV: [CORPUS.tsv, s => readTsv(s, 'x.tsv')],
  CSV: [CORPUS.csv, s => readCsv(s, 'x.csv')],
  glossary: [CORPUS.glossary, s => parseGlossary(s, 'g.tsv')],
  'session file': [CORPUS.session, s => parseSessionFile(s, 'x.cotejo.json')],
  'lock file': [
    CORPUS.lock,
    s => {
      fs.writeFileSync(lockFile, s);
      readLockFile(lockFile);
      return null;
    },
  ],
};

describe('every reader survives mutated input', () => {
  test.each(Object.keys(READERS))('%s', name => {
    const [base, read] = READERS[name]!;
    // The unmutated file is read without a complaint: the mutations start from a valid one.
    const clean = read(base);
    if (clean !== null) expect(clean.ok ? 'ok' : clean.error!.code).toBe('ok');
    let runs = 0;
    for (const seed of [FIXED_SEED, RANDOM_SEED]) {
      fc.assert(
        fc.property(mutated(base), input => {
          runs++;
          const result = read(input);
          if (result === null || result.ok) return;
          // An error is a code with words in the interface language, on one line.
          const line = describeInputError(t, result.error! as {code: string; params: Record<string, string | number>});
          expect(line).not.toBe(`cotejo: ${result.error!.code}`);
        }),
        {seed, numRuns: 1_000_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false},
      );
    }
    // The time budget bought real runs, not a handful.
    expect(runs).toBeGreaterThan(20);
  }, 60_000);
});
