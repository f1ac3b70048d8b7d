import {spawnSync} from 'node:child_process';
import ExcelJS from 'exceljs';
import {describe, expect, test} from 'vitest';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {writeJsonl} from '../../src/formats/jsonl.js';
import {escapeMarkdownCell, writeMarkdown} from '../../src/formats/markdown.js';
import {fromInertCell, inertCell} from '../../src/formats/table.js';
import {parseCsv, readCsv, readTsv, writeCsv, writeTsv} from '../../src/formats/tsv.js';
import {encodeExcelString, writeXlsx} from '../../src/formats/xlsx.js';
import {createI18n} from '../../src/i18n.js';
import {categoryName} from '../../src/output.js';
import {divergenceAt, stateOf} from './support.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const when = new Date(Date.UTC(2025, 0, 1));

function smallReview() {
  const state = stateOf({
    source: ['Hola, "mundo".', 'Uno\tdos', 'Tres'],
    target: ['Hello, "world".', '=1+1 | one\ntwo', '-3 °C'],
    beads: [
      {source: [0], target: [0], status: 'confirmed'},
      {source: [1, 2], target: [1, 2], status: 'edited'},
    ],
  });
  const d = divergenceAt(state, {category: 'number', severity: 'warning', code: 'x.number', targetParagraph: 2, targetPhrase: '-3'});
  return exportInputFromState(state, [[], [d]], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
}

describe('TSV', () => {
  test('a header row, fields with tabs, quotes or line breaks quoted as spreadsheets read them, inert formulas', () => {
    const out = writeTsv(smallReview(), {segments: 'paragraph'}).content;
    expect(out).toBe(
      'id\tsource (es)\ttarget (en)\tstatus\tcorrected\tnotes\tresolutions\n' +
        '1\t"Hola, ""mundo""."\t"Hello, ""world""."\tconfirmed\t\t\t\n' +
        `2\t"Uno\tdos\n\nTres"\t"'=1+1 | one\ntwo\n\n-3 °C"\tedited\t\tWarning · ${categoryName(t, 'number')}: x.number\t\n`,
    );
  });

  test('Python csv (dialect excel-tab) reads the file as written, a field that starts with a quote included', () => {
    const state = stateOf({source: ['"Hola", dijo.', 'a\\b'], target: ['"Hi," he said.', 'a\\b'], beads: [{source: [0], target: [0]}, {source: [1], target: [1]}]});
    const out = writeTsv(exportInputFromState(state, [[], []], t, {toolVersion: '1', uiLang: 'en', createdAt: when}), {segments: 'paragraph'}).content;
    const py = spawnSync('python3', ['-c', 'import csv,sys,json; print(json.dumps([r[1:3] for r in csv.reader(sys.stdin, dialect="excel-tab")][1:]))'], {input: out, encoding: 'utf8'});
    expect(py.error, 'install python3 to run this test').toBeUndefined();
    expect(JSON.parse(py.stdout)).toEqual([
      ['"Hola", dijo.', '"Hi," he said.'],
      ['a\\b', 'a\\b'],
    ]);
  });

  test('one row per sentence group with --segments sentence, each with its bead and the space that follows it', () => {
    const state = stateOf({source: ['Hola. Adiós.'], target: ['Hello. Bye.'], beads: [{source: [0], target: [0]}]});
    const out = writeTsv(exportInputFromState(state, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when}), {segments: 'sentence'}).content;
    expect(out.split('\n').slice(0, 3)).toEqual(['id\tsource (es)\ttarget (en)\tstatus\tcorrected\tnotes\tbead\tresolutions', '1.1\tHola. \tHello. \tautomatic\t\t\t1\t', '1.2\tAdiós.\tBye.\tautomatic\t\t\t1\t']);
    const read = readTsv(out, 'r.tsv');
    expect(read.ok && [read.value.alignment.length, read.value.source.paragraphs.map(p => p.text), read.value.ids]).toEqual([1, ['Hola. Adiós.'], ['1']]);
  });

  test('reading back', () => {
    const read = readTsv(writeTsv(smallReview(), {segments: 'paragraph'}).content, 'r.tsv');
    expect(read.ok && read.value.target.paragraphs.map(p => p.text)).toEqual(['Hello, "world".', '=1+1 | one\ntwo', '-3 °C']);
  });
});

describe('CSV (RFC 4180)', () => {
  test('CRLF records, fields with commas, quotes or line breaks quoted, quotes doubled', () => {
    const out = writeCsv(smallReview(), {segments: 'paragraph'}).content;
    expect(out).toBe(
      'id,source (es),target (en),status,corrected,notes,resolutions\r\n' +
        '1,"Hola, ""mundo"".","Hello, ""world"".",confirmed,,,\r\n' +
        `2,"Uno\tdos\n\nTres","'=1+1 | one\ntwo\n\n-3 °C",edited,,Warning · ${categoryName(t, 'number')}: x.number,\r\n`,
    );
  });

  test('LF line ends, a BOM-less file and a last record without a line end are read', () => {
    const read = readCsv('id,source (es),target (en)\n7,"a ""b""\r\nc",d', 'x.csv');
    expect(read.ok && [read.value.source.paragraphs[0]!.text, read.value.target.paragraphs[0]!.text, read.value.ids[0]]).toEqual(['a "b"\r\nc', 'd', '7']);
  });

  test('records keep their starting line for messages', () => {
    const parsed = parseCsv('a,b\n"x\ny",z\nw,v\n', 'x.csv');
    expect(parsed.ok && parsed.value.map(r => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', 'z']],
      [4, ['w', 'v']],
    ]);
  });
});

describe('cells made inert for spreadsheets', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+34 600', "'+34 600"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["''+x", "'''+x"],
    ["'quoted'", "'quoted'"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is written %j and read back', (text, cell) => {
    expect(inertCell(text)).toBe(cell);
    expect(fromInertCell(cell)).toBe(text);
  });
});

describe('XLSX', () => {
  test('bold frozen header, wrapped text, column widths, typed string cells without an apostrophe', async () => {
    const out = await writeXlsx(smallReview(), {segments: 'paragraph'});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.content) as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'source (es)', 'target (en)', 'status', 'corrected', 'notes', 'resolutions']);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(3).getCell(3).alignment?.wrapText).toBe(true);
    expect(sheet.columns.map(c => c.width)).toEqual([10, 60, 60, 12, 10, 48, 48]);
    expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1});
    expect(sheet.getRow(3).getCell(3).value).toBe('=1+1 | one\ntwo\n\n-3 °C');
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.String);
  });

  test("Excel's string encoding: control characters and literal escapes", () => {
    expect(encodeExcelString('a\u0001b\rc\u007f')).toBe('a_x0001_b_x000D_c_x007F_');
    expect(encodeExcelString('_x0041_ and _x0041_x0042_ and _x12')).toBe('_x005F_x0041_ and _x005F_x0041_x005F_x0042_ and _x12');
    expect(encodeExcelString('tab\tline\n')).toBe('tab\tline\n');
  });
});

describe('Markdown', () => {
  test('a heading and a two-column table, pipes and line breaks escaped', () => {
    const out = writeMarkdown(smallReview(), {segments: 'paragraph'}, t).content;
    expect(out).toBe(
      '# doc.es.txt → doc.en.txt\n\n' +
        '| Source (es) | Translation (en) |\n' +
        '| --- | --- |\n' +
        '| Hola, "mundo". | Hello, "world". |\n' +
        '| Uno\tdos<br><br>Tres | =1+1 \\| one<br>two<br><br>-3 °C |\n',
    );
  });

  test('control characters are shown as symbols, never sent as they are', () => {
    expect(escapeMarkdownCell('a\u001b[31mb\u0007\r\nc')).toBe('a\u241b\\[31mb\u2407<br>c');
  });

  test('markup and emphasis characters are shown, not interpreted', () => {
    expect(escapeMarkdownCell('<b>&amp;</b> *a* _b_ `c` [d](e) ~f~ \\')).toBe('\\<b\\>\\&amp;\\</b\\> \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\\\');
  });
});

describe('JSON Lines', () => {
  test('one object per bead, each on its own line', () => {
    const out = writeJsonl(smallReview(), {segments: 'paragraph'}).content;
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const second = JSON.parse(lines[1]!) as Record<string, unknown>;
    expect(second).toMatchObject({
      id: '2',
      status: 'edited',
      sourceLang: 'es',
      targetLang: 'en',
      source: ['Uno\tdos', 'Tres'],
      target: ['=1+1 | one\ntwo', '-3 °C'],
      sourceParagraphs: [1, 2],
      targetParagraphs: [1, 2],
      original: null,
    });
    expect(second['divergences']).toEqual([
      {key: 'number:-3', category: 'number', severity: 'warning', code: 'x.number', params: {}, message: 'x.number', source: null, target: {paragraph: 2, start: 0, end: 2}, resolution: 'open'},
    ]);
  });
});
