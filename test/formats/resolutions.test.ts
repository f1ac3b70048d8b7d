/**
 * What the translator did survives an export: a divergence fixed by changing its
 * phrase is gone from the text, yet the HTML report counts it as fixed and TMX, XLIFF
 * and the tables keep its resolution, which opening the file again restores;
 * dismissals keep their reasons.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {describe, expect, test} from 'vitest';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {FORMATS, readBilingualFile} from '../../src/formats/index.js';
import {createI18n} from '../../src/i18n.js';
import {divergenceAt, stateOf} from './support.js';
import {xmllint} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-resolutions-'));

/** A reason as a translator may type it, with what tables and spreadsheets take for syntax. */
const REASON = '=the usual English name, "Beijing"\tsince 1979 _x0041_';
const GONE = 'glued:glued:Poutinevisit|Putin, visitará@abc#0';

function workedInput() {
  const base = stateOf({
    source: ['Putin visitará Pekín.', 'Hola.'],
    original: ['Poutinevisit Beijing.', 'Hello.'],
    target: ['Putin will visit Beijing.', 'Hello.'],
    beads: [
      {source: [0], target: [0]},
      {source: [1], target: [1], status: 'confirmed'},
    ],
  });
  const kept = divergenceAt(base, {category: 'name', severity: 'warning', code: 'x.name', targetParagraph: 0, targetPhrase: 'Beijing'});
  const state = {
    ...base,
    resolutions: {
      // Fixed by changing the phrase: no bead shows this divergence any more.
      'glued:glued:Poutinevisit|Putin, visitará@abc#0': {state: 'fixed'},
      [kept.key]: {state: 'dismissed', reason: REASON},
    } as const,
  };
  return exportInputFromState(state, [[kept], []], t, {toolVersion: '1', uiLang: 'en', createdAt: new Date(0)});
}

describe('resolutions in exports', () => {
  test('the HTML summary counts a divergence fixed by changing its phrase', async () => {
    const html = (await FORMATS.html.write(workedInput(), {segments: 'paragraph', t})).content as string;
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>'));
    // Glued: 0 errors, 0 warnings, 0 notes, 1 fixed, 0 dismissed, 1 in all.
    expect(summary).toMatch(/glued words<\/th><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>0<\/td><td>1<\/td>/);
    expect(summary).toMatch(/<td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>1<\/td><td>2<\/td><\/tr><\/tfoot>/);
  });

  test.each([
    ['tmx', 'tmx'],
    ['xliff', 'xliff12'],
    ['xliff2', 'xliff+mda'],
  ] as const)('%s keeps fixed and dismissed resolutions, read back on opening, at both segment levels', async (format, schema) => {
    for (const segments of ['paragraph', 'sentence'] as const) {
      const content = (await FORMATS[format].write(workedInput(), {segments, t})).content as string;
      expect(xmllint(content, schema)).toEqual({ok: true, output: ''});
      const file = path.join(tmp, `worked.${segments}.${format}${format === 'tmx' ? '.tmx' : '.xlf'}`);
      fs.writeFileSync(file, content);
      const read = await readBilingualFile(file);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(Object.entries(read.value.resolutions).sort()).toEqual(
        [
          [GONE, {state: 'fixed'}],
          [expect.stringMatching(/Beijing/), {state: 'dismissed', reason: REASON}],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      expect(read.value.statuses).toEqual(['automatic', 'confirmed']);
    }
  });

  /** The expected resolutions, sorted by key. */
  const expected = (beijing: string) =>
    [
      [GONE, {state: 'fixed'}],
      [beijing, {state: 'dismissed', reason: REASON}],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const beijingKey = () => workedInput().beads[0]!.divergences[0]!.key;

  test.each(['tsv', 'csv'] as const)(
    '%s: a resolutions column, one JSON record per line, on the row of its divergence; those of no row on a last row with no text; Python csv and json read them',
    async format => {
      for (const segments of ['paragraph', 'sentence'] as const) {
        const content = (await FORMATS[format].write(workedInput(), {segments, t})).content as string;
        const file = path.join(tmp, `worked.${segments}.${format}`);
        fs.writeFileSync(file, content);
        // What a user's script sees: the rows by header name, each resolution line parsed as JSON.
        const script = [
          'import csv, json, sys',
          `rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"), dialect=${format === 'tsv' ? '"excel-tab"' : '"excel"'}))`,
          'print(json.dumps([[r["id"], r["target (en)"], r["notes"], [json.loads(l) for l in r["resolutions"].splitlines()]] for r in rows]))',
        ].join('\n');
        const py = spawnSync('python3', ['-c', script, file], {encoding: 'utf8'});
        expect(py.error, 'install python3 to run this test').toBeUndefined();
        expect(py.stderr).toBe('');
        const rows = JSON.parse(py.stdout) as [string, string, string, unknown[]][];
        const first = segments === 'paragraph' ? '1' : '1.1';
        expect(rows.find(r => r[0] === first)?.[3]).toEqual([{key: beijingKey(), category: 'name', state: 'dismissed', reason: REASON}]);
        expect(rows.at(-1)).toEqual(['', '', 'Cotejo: the resolution of 1 divergence no longer found in the text', [{key: GONE, category: 'glued', state: 'fixed'}]]);
        const read = await readBilingualFile(file);
        if (!read.ok) throw new Error(JSON.stringify(read.error));
        expect(Object.entries(read.value.resolutions).sort((a, b) => a[0].localeCompare(b[0]))).toEqual(expected(beijingKey()));
        // The last row holds no pair.
        expect(read.value.statuses).toEqual(['automatic', 'confirmed']);
      }
    },
  );

  test('xlsx: a resolutions column on the first sheet, those of no row on a Resolutions sheet with a column each', async () => {
    for (const segments of ['paragraph', 'sentence'] as const) {
      const content = (await FORMATS.xlsx.write(workedInput(), {segments, t})).content as Uint8Array;
      const file = path.join(tmp, `worked.${segments}.xlsx`);
      fs.writeFileSync(file, content);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map(w => w.name)).toEqual(['Cotejo', 'Resolutions']);
      const first = wb.worksheets[0]!;
      const column = (first.getRow(1).values as unknown[]).indexOf('resolutions');
      expect(column).toBe(segments === 'paragraph' ? 7 : 8);
      expect(JSON.parse(String(first.getRow(2).getCell(column).value))).toEqual({key: beijingKey(), category: 'name', state: 'dismissed', reason: REASON});
      // The first sheet holds the header and the two pairs only.
      expect(first.rowCount).toBe(3);
      const more = wb.worksheets[1]!;
      expect([1, 2].map(n => (more.getRow(n).values as unknown[]).slice(1))).toEqual([
        ['key', 'category', 'state', 'reason'],
        [GONE, 'glued', 'fixed', ''],
      ]);
      const read = await readBilingualFile(file);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(Object.entries(read.value.resolutions).sort((a, b) => a[0].localeCompare(b[0]))).toEqual(expected(beijingKey()));
    }
  });

  test('a table written before the resolutions column, or with a record edited beyond reading, opens with what it holds', async () => {
    const old = path.join(tmp, 'old.tsv');
    fs.writeFileSync(old, 'id\tsource (es)\ttarget (en)\tstatus\tcorrected\tnotes\n1\tHola.\tHello.\tconfirmed\t\t\n');
    const read = await readBilingualFile(old);
    expect(read.ok && [read.value.resolutions, read.value.statuses]).toEqual([{}, ['confirmed']]);
    const edited = path.join(tmp, 'edited.csv');
    const good = JSON.stringify({key: 'k:1', category: 'name', state: 'dismissed', reason: 'ok'}).split('"').join('""');
    fs.writeFileSync(edited, `id,source (es),target (en),resolutions\r\n1,Hola.,Hello.,"{not json\r\n${good}\r\n{""key"":""k:2"",""state"":""maybe""}"\r\n`);
    const back = await readBilingualFile(edited);
    expect(back.ok && back.value.resolutions).toEqual({'k:1': {state: 'dismissed', reason: 'ok'}});
  });
});
