import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {withParagraphText} from '../../src/core/document.js';
import type {SessionState} from '../../src/core/session.js';
import type {Divergence} from '../../src/core/types.js';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {CATEGORY_COLOURS, paragraphHtml, writeHtml} from '../../src/formats/html.js';
import {createI18n} from '../../src/i18n.js';
import {articleReview, divergenceAt, stateOf} from './support.js';
import type {DomElement, DomStyle} from './dom.js';
import {ROOT} from './validators.js';

/** Chromium's getComputedStyle, for the functions that run in the page. */
declare function getComputedStyle(element: DomElement): DomStyle;

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const when = new Date(Date.UTC(2025, 4, 6, 7, 8));
const OUT = path.join(ROOT, 'test-output');

describe('the report as HTML text', () => {
  test('marks over a corrected paragraph: removals before the mark, additions inside it', () => {
    const html = paragraphHtml(
      'Hello wide world',
      [{start: 6, end: 10, className: 'cat-name sev-error', title: 'a "title" <x>'}],
      [
        {kind: 'same', text: 'Hello ', oldStart: 0, newStart: 0},
        {kind: 'removed', text: 'big', oldStart: 6, newStart: 6},
        {kind: 'added', text: 'wide', oldStart: 9, newStart: 6},
        {kind: 'same', text: ' world', oldStart: 9, newStart: 10},
      ],
    );
    expect(html).toBe('Hello <del>big</del><mark class="cat-name sev-error" title="a &quot;title&quot; &lt;x&gt;"><ins>wide</ins></mark> world');
  });

  test('a mark across an addition and common text is one element; overlapping marks keep the first', () => {
    const html = paragraphHtml(
      'ab cd ef',
      [
        {start: 1, end: 4, className: 'cat-glued', title: 'g'},
        {start: 2, end: 6, className: 'cat-name', title: 'n'},
      ],
      [
        {kind: 'same', text: 'ab ', oldStart: 0, newStart: 0},
        {kind: 'added', text: 'cd', oldStart: 3, newStart: 3},
        {kind: 'same', text: ' ef', oldStart: 3, newStart: 5},
      ],
    );
    expect(html).toBe('a<mark class="cat-glued" title="g">b <ins>c</ins></mark><ins>d</ins> ef');
  });

  test('everything is escaped, nothing runs, nothing is fetched', () => {
    const state = stateOf({
      source: ['<script>alert(1)</script> & "x"'],
      target: ['<img src=x onerror=alert(1)> \u001b[31m \u202egnp.exe'],
      beads: [{source: [0], target: [0]}],
    });
    const d = divergenceAt(state, {category: 'name', targetParagraph: 0, targetPhrase: '<img src=x onerror=alert(1)>', code: '<b>code</b>', suggestion: '"><script>'});
    const html = writeHtml(exportInputFromState(state, [[d]], t, {toolVersion: '1', uiLang: 'en', createdAt: when}), t).content;
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(html.includes('\u001b') || html.includes('\u202e')).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('&lt;b&gt;code&lt;/b&gt;');
    expect(html).toContain('\u241b[31m');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/);
  });

  test('the summary counts divergences per category and severity, with the resolved ones', () => {
    const state = stateOf({source: ['a b c d'], target: ['w x y z'], beads: [{source: [0], target: [0]}], resolutions: {k3: {state: 'fixed'}, k4: {state: 'dismissed', reason: 'fine'}}});
    const ds: Divergence[] = [
      divergenceAt(state, {category: 'glued', severity: 'error', targetParagraph: 0, targetPhrase: 'w', key: 'k1'}),
      divergenceAt(state, {category: 'glued', severity: 'warning', targetParagraph: 0, targetPhrase: 'x', key: 'k2'}),
      divergenceAt(state, {category: 'glued', severity: 'error', targetParagraph: 0, targetPhrase: 'y', key: 'k3'}),
      divergenceAt(state, {category: 'number', severity: 'info', targetParagraph: 0, targetPhrase: 'z', key: 'k4'}),
    ];
    const html = writeHtml(exportInputFromState(state, [ds], t, {toolVersion: '1', uiLang: 'en', createdAt: when}), t).content;
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>') + 8);
    const rows = [...summary.matchAll(/<tr>(.*?)<\/tr>/g)].map(m => [...m[1]!.matchAll(/<td>(\d+)<\/td>/g)].map(c => Number(c[1])));
    // Columns: errors, warnings, notes, fixed, dismissed, total.
    expect(rows.filter(r => r.length > 0)).toEqual([
      [1, 1, 0, 1, 0, 3],
      [0, 0, 0, 0, 1, 1],
      [1, 1, 0, 1, 1, 4],
    ]);
    expect(html.match(/<mark /g)).toHaveLength(2);
    expect(html).toContain('(dismissed: fine)');
  });
});

/** The article's review with a correction and a dismissal, as a reviewer would leave it. */
function reviewedArticle(): {state: SessionState; divergences: Divergence[][]} {
  const {state, divergences} = articleReview();
  // The reviewer fixed the glued words of paragraph 4 and dismissed one divergence.
  const p4 = state.target.paragraphs[4]!.text;
  const corrected = p4.replace('FridayAs', 'Friday, as');
  const target = withParagraphText(state.target, 4, corrected);
  const bead4 = state.beads.findIndex(b => b.target.includes(4));
  const fixed = divergences[bead4]!.find(d => d.target?.paragraph === 4)!;
  const bead9 = state.beads.findIndex(b => b.target.includes(9));
  const dismissed = divergences[bead9]![0]!;
  return {
    state: {...state, target, resolutions: {[fixed.key]: {state: 'fixed'}, [dismissed.key]: {state: 'dismissed', reason: 'a fair rendering'}}},
    divergences,
  };
}

const CHROMIUM = '/usr/bin/chromium';
const noBrowser = fs.existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt install chromium)`;
if (noBrowser) console.log(`Skipping the HTML report in a browser: ${noBrowser}`);

describe.skipIf(noBrowser !== null)('the report of the sample article in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('renders, highlights every open divergence in its category colour, shows the correction, and prints', async () => {
    const {state, divergences} = reviewedArticle();
    const input = exportInputFromState(state, divergences, t, {toolVersion: '0.1.0', uiLang: 'en', createdAt: when});
    fs.mkdirSync(OUT, {recursive: true});
    const file = path.join(OUT, 'article-report.html');
    fs.writeFileSync(file, writeHtml(input, t).content);

    const page = await browser.newPage({viewport: {width: 1400, height: 1000}});
    const requests: string[] = [];
    page.on('request', r => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);

    expect(await page.locator('h1').textContent()).toBe('Review: article.es.txt → article.en.txt');
    expect(await page.locator('table.pairs tbody tr.pair').count()).toBe(state.beads.length);

    const marks = await page.locator('td.tgt mark').evaluateAll((els: unknown[]) =>
      (els as DomElement[]).map(el => ({text: el.textContent, className: el.className, background: getComputedStyle(el).backgroundColor, title: el.getAttribute('title')})),
    );
    const open = divergences.flat().filter(d => d.target !== null && state.resolutions[d.key] === undefined);
    expect(open.length).toBeGreaterThan(10);
    for (const d of open) {
      const phrase = state.target.paragraphs[d.target!.paragraph]!.text.slice(d.target!.start, d.target!.end);
      const mark = marks.find(m => m.text === phrase && m.className.split(' ').includes(`cat-${d.category}`));
      expect(mark, `a mark over "${phrase}"`).toBeDefined();
      expect(mark!.background).toBe(rgb(CATEGORY_COLOURS[d.category]!));
    }
    for (const phrase of ['Poutinevisit', 'Jinpingin', 'Blinkenasked', '2023according']) {
      expect(marks.map(m => m.text)).toContain(phrase);
    }
    // The fixed and the dismissed ones are listed, not highlighted.
    expect(marks.map(m => m.text)).not.toContain('FridayAs');
    // The word diff reads both ways: without <del> it is the corrected text, without <ins> the one loaded.
    const without = (tag: string) =>
      page.locator('td.tgt p.corrected').evaluate((p: unknown, tag) => {
        const copy = (p as DomElement).cloneNode(true);
        copy.querySelectorAll(tag).forEach(e => e.remove());
        return copy.textContent;
      }, tag);
    expect(await without('del')).toBe(state.target.paragraphs[4]!.text);
    expect(await without('ins')).toBe(state.original.paragraphs[4]!.text);
    expect(await page.locator('td.tgt p.corrected del').allTextContents()).toEqual(['FridayAs']);
    expect(await page.locator('ul.divergences li.resolved').count()).toBe(2);

    // The summary lists each category once, with the colour of its marks.
    const swatches = await page.locator('table.summary .swatch').evaluateAll((els: unknown[]) => (els as DomElement[]).map(el => [el.className, getComputedStyle(el).backgroundColor]));
    expect(swatches).toEqual(['glued', 'name', 'mistranslation'].map(c => [`swatch cat-${c}`, rgb(CATEGORY_COLOURS[c]!)]));

    await page.screenshot({path: path.join(OUT, 'article-report.png'), fullPage: true});

    // Printed: the colours stay (print-color-adjust) and each pair stays on one page.
    await page.emulateMedia({media: 'print'});
    const printed = await page.locator('td.tgt mark').first().evaluate((el: unknown) => [getComputedStyle(el as DomElement).backgroundColor, getComputedStyle((el as DomElement).closest('tr')!).breakInside]);
    expect(printed).toEqual([rgb(CATEGORY_COLOURS['glued']!), 'avoid']);
    await page.screenshot({path: path.join(OUT, 'article-report-print.png'), fullPage: true});
    await page.pdf({path: path.join(OUT, 'article-report.pdf'), format: 'A4', landscape: true, printBackground: true});
    expect(fs.statSync(path.join(OUT, 'article-report.pdf')).size).toBeGreaterThan(10_000);
    await page.close();
  });
});

/** A #rrggbb colour as getComputedStyle writes it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
