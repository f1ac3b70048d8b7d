/**
 * `cotejo export` as a user runs it: the built program in a real process, the sample
 * article, real files in a temporary folder.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {beadDivergences, reduce} from '../../src/core/session.js';
import {readBilingualFile} from '../../src/formats/index.js';
import {childElements, parseXml, type XmlElement} from '../../src/formats/xml.js';
import {openWorkspace} from '../../src/workspace.js';
import {CLI, FIXTURES, runCli, type CliRun} from '../support/cli.js';
import type {DomElement, DomStyle} from './dom.js';
import {ROOT, xmllint, xmllintMissing} from './validators.js';

/** Chromium's getComputedStyle, for the functions that run in the page. */
declare function getComputedStyle(element: DomElement): DomStyle;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-export-'));
const es = path.join(FIXTURES, 'article.es.txt');
const en = path.join(FIXTURES, 'article.en.txt');
/**
 * The program run as runCli runs it, but without blocking, so that independent runs
 * can overlap (each loads the dictionaries, which takes seconds).
 */
function runCliAsync(args: readonly string[]): Promise<CliRun> {
  return new Promise(resolve => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      {cwd: ROOT, encoding: 'utf8', env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C.UTF-8'}, maxBuffer: 64 * 1024 * 1024},
      (error, stdout, stderr) => resolve({status: error ? ((error as {code?: number}).code ?? 1) : 0, stdout, stderr}),
    );
    child.stdin?.end();
  });
}

const paragraphs = (file: string) => fs.readFileSync(file, 'utf8').split('\n').map(l => l.trim()).filter(Boolean);

// Each run loads the dictionaries; on a busy machine several at once take a while.
const SLOW = {timeout: 180_000};

describe('cotejo export SOURCE TARGET --format F --output FILE', SLOW, () => {
  test.concurrent.each(['tmx', 'xliff', 'xliff2', 'tsv', 'csv', 'xlsx'] as const)('%s: written atomically, valid, and read back as the same pair', async format => {
    const dir = fs.mkdtempSync(path.join(tmp, `${format}-`));
    const out = path.join(dir, `article.${format === 'xliff2' ? 'xlf' : format}`);
    const run = await runCliAsync(['export', es, en, '--format', format, '--output', out]);
    expect(run.stderr).toBe(`cotejo: export: wrote 19 units to ${out} (${format}).\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    // Only the file itself: no temporary file left behind.
    expect(fs.readdirSync(dir)).toEqual([path.basename(out)]);
    const schema = ({tmx: 'tmx', xliff: 'xliff12', xliff2: 'xliff+mda'} as const)[format as 'tmx' | 'xliff' | 'xliff2'] as 'tmx' | 'xliff12' | 'xliff+mda' | undefined;
    if (schema) {
      expect(xmllintMissing(), 'install libxml2-utils (xmllint) and keep ../shared/schemas').toBeNull();
      expect(xmllint(fs.readFileSync(out, 'utf8'), schema)).toEqual({ok: true, output: ''});
    }
    const read = await readBilingualFile(out);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(paragraphs(es));
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(paragraphs(en));
    expect(read.value.ids).toEqual(Array.from({length: read.value.alignment.length}, (_, i) => String(i + 1)));
  });

  test.concurrent.each([
    ['tmx', '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'],
    ['xliff', '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"'],
    ['xliff2', '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"'],
    ['tsv', 'id\tsource (es)\ttarget (en)\tstatus\tcorrected\tnotes\n1\tPolítica\tPolitics\tautomatic\t\t\n'],
    ['csv', 'id,source (es),target (en),status,corrected,notes\r\n1,Política,Politics,automatic,,\r\n'],
    ['md', '# article.es.txt → article.en.txt\n\n| Source (es) | Translation (en) |\n| --- | --- |\n| Política | Politics |\n'],
    ['jsonl', '{"id":"1","sourceLang":"es","targetLang":"en","status":"automatic"'],
    ['html', '<!DOCTYPE html>\n<html lang="en">'],
  ])('%s goes to standard output without --output', async (format, start) => {
    const run = await runCliAsync(['export', es, en, '--format', format]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(start)).toBe(true);
  });

  test.concurrent('--segments sentence: a unit per sentence group', async () => {
    const [para, sent] = await Promise.all([runCliAsync(['export', es, en, '--format', 'tmx']), runCliAsync(['export', es, en, '--format', 'tmx', '--segments', 'sentence'])]);
    expect(sent.status).toBe(0);
    expect(sent.stdout).toContain('segtype="sentence"');
    const count = (xml: string) => xml.split('<tu ').length - 1;
    expect(count(sent.stdout)).toBeGreaterThan(count(para.stdout));
    if (!xmllintMissing()) expect(xmllint(sent.stdout, 'tmx')).toEqual({ok: true, output: ''});
  });

  test.concurrent('the interface language of the report follows --ui-lang', async () => {
    const run = await runCliAsync(['export', es, en, '--format', 'html', '--ui-lang', 'es']);
    expect(run.stdout).toContain('<html lang="es">');
    expect(run.stdout).toContain('<h2>Resumen</h2>');
  });
});

test('the saved session is what is exported: corrected text, its original, resolutions', SLOW, async () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'session-'));
  const src = path.join(dir, 'article.es.txt');
  const tgt = path.join(dir, 'article.en.txt');
  fs.copyFileSync(es, src);
  fs.copyFileSync(en, tgt);
  const opened = await openWorkspace({sourcePath: src, targetPath: tgt});
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const {state, store, ctx} = opened.value;
  const loaded = state.target.paragraphs[4]!.text;
  const corrected = loaded.replace('FridayAs', 'Friday, as');
  expect(corrected).not.toBe(loaded);
  let next = reduce(state, {type: 'edit-target', paragraph: 4, text: corrected});
  const bead = next.beads.findIndex(b => b.target.includes(2));
  const dismissed = beadDivergences(next, bead, ctx)[0]!;
  next = reduce(next, {type: 'dismiss', key: dismissed.key, reason: 'kept on purpose'});
  next = reduce(next, {type: 'confirm', bead});
  store!.update(next);
  await store!.close();
  opened.value.release();

  const run = await runCliAsync(['export', src, tgt, '--format', 'tmx']);
  expect(run.status).toBe(0);
  const root = parseXml(run.stdout, 'out.tmx');
  if (!root.ok) throw new Error(JSON.stringify(root.error));
  const units = childElements(childElements(root.value, 'body')[0]!, 'tu');
  const props = (tu: XmlElement, type: string) => childElements(tu, 'prop').filter(p => p.attrs['type'] === type).map(p => p.children.join(''));
  const fixedUnit = units.find(tu => props(tu, 'x-cotejo-target-paragraphs')[0] === '4')!;
  expect(childElements(childElements(fixedUnit, 'tuv')[1]!, 'seg')[0]!.children.join('')).toBe(corrected);
  expect(props(fixedUnit, 'x-cotejo-original-target')).toEqual([loaded]);
  const confirmed = units[bead]!;
  expect(props(confirmed, 'x-cotejo-status')).toEqual(['confirmed']);
  expect(props(confirmed, 'x-cotejo-resolution').map(p => JSON.parse(p) as unknown)).toContainEqual({
    key: dismissed.key,
    category: dismissed.category,
    state: 'dismissed',
    reason: 'kept on purpose',
  });
  expect(props(confirmed, 'x-cotejo-divergence').map(p => (JSON.parse(p) as {key: string}).key)).not.toContain(dismissed.key);
});

describe('refused, with one line and exit code 2', SLOW, () => {
  test('writing over a document being exported, or its hard link', () => {
    const before = fs.readFileSync(en);
    const link = path.join(tmp, 'same-as-target.txt');
    fs.linkSync(en, link);
    for (const output of [en, path.relative(ROOT, en), link]) {
      const run = runCli(['export', es, en, '--format', 'tsv', '--output', output]);
      expect(run.stderr).toBe(`cotejo: ${output} is the translation of this command. Cotejo never writes over it; choose another file.\n`);
      expect(run.status).toBe(2);
    }
    expect(fs.readFileSync(en).equals(before)).toBe(true);
  });

  test('writing over the session file of the pair', () => {
    const run = runCli(['export', es, en, '--format', 'jsonl', '--output', `${en}.cotejo.json`]);
    expect(run.stderr).toBe(`cotejo: ${en}.cotejo.json is the session file of this pair, which holds your work. Cotejo never writes an export over it; choose another file.\n`);
    expect(run.status).toBe(2);
  });

  test.concurrent.each([
    [['--format', 'xlsx'], 'cotejo: export: the xlsx format is binary and is not written to the terminal. Name a file with --output FILE.xlsx.'],
    [[], 'cotejo: export: choose a format with --format: tmx, xliff, xliff2, tsv, csv, xlsx, html, md, jsonl.'],
    [['--format', 'docx'], 'cotejo: export: unknown format "docx". Choose one of: tmx, xliff, xliff2, tsv, csv, xlsx, html, md, jsonl.'],
    [['--format', 'tmx', '--segments', 'words'], 'cotejo: export: unknown value "words" for --segments. Choose paragraph or sentence.'],
    [['--format', 'tmx', '--output', os.tmpdir()], `cotejo: ${os.tmpdir()} is a folder. Give a file name.`],
  ])('%j', async (args, line) => {
    const run = await runCliAsync(['export', es, en, ...args]);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  test.concurrent('a folder that does not exist: named, with what to do', async () => {
    const out = path.join(tmp, 'no', 'such', 'dir', 'x.tsv');
    const run = await runCliAsync(['export', es, en, '--format', 'tsv', '--output', out]);
    expect(run.stderr).toBe(`cotejo: ${out}: the folder ${path.dirname(out)} does not exist. Create it first (mkdir -p), or choose a file in a folder that exists.\n`);
    expect(run.status).toBe(2);
  });
});

const CHROMIUM = '/usr/bin/chromium';
const noBrowser = fs.existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`;
if (noBrowser) console.log(`Skipping the report of the real checks in a browser: ${noBrowser}`);

test.skipIf(noBrowser !== null)('the report marks every divergence that `check` reports, in the browser', SLOW, async () => {
  const check = runCli(['check', es, en, '--format', 'json']);
  const report = JSON.parse(check.stdout) as {
    target: {paragraphs: string[]};
    divergences: {category: string; target: {paragraph: number; start: number; end: number} | null}[];
  };
  const spans = report.divergences.filter(d => d.target !== null).map(d => ({...d.target!, category: d.category}));
  expect(spans.length).toBeGreaterThan(0);
  fs.mkdirSync(path.join(ROOT, 'test-output'), {recursive: true});
  const file = path.join(ROOT, 'test-output', 'article-cli-report.html');
  // The report of an earlier run is replaced: export refuses to write over a file without --force.
  fs.rmSync(file, {force: true});
  const run = runCli(['export', es, en, '--format', 'html', '--output', file]);
  expect(run.status).toBe(0);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({viewport: {width: 1400, height: 1000}});
    await page.goto(pathToFileURL(file).href);
    const marks = await page.locator('td.tgt mark').evaluateAll((els: unknown[]) => (els as DomElement[]).map(el => ({text: el.textContent ?? '', className: el.className, bg: getComputedStyle(el).backgroundColor})));
    // Spans that overlap an earlier one are listed but not marked; all others are marked.
    spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
    const shown = spans.filter((s, i) => !spans.slice(0, i).some(o => o.paragraph === s.paragraph && o.end > s.start));
    for (const s of shown) {
      const phrase = report.target.paragraphs[s.paragraph]!.slice(s.start, s.end);
      expect(marks.some(m => m.text === phrase && m.className.split(' ').includes(`cat-${s.category}`)), phrase).toBe(true);
    }
    expect(marks).toHaveLength(shown.length);
    expect(marks.every(m => m.bg !== 'rgba(0, 0, 0, 0)')).toBe(true);
    await page.screenshot({path: path.join(ROOT, 'test-output', 'article-cli-report.png'), fullPage: true});
  } finally {
    await browser.close();
  }
});
