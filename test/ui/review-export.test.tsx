import fs from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {fileExporter} from '../../src/ui/exporter.js';
import {beadWithTarget, type Harness, KEY, plain, removeSampleCopies, renderReview, storedSample} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

afterAll(removeSampleCopies);

describe('the export dialog', () => {
  test('e offers the formats, Tab changes the format and its file name, Enter writes the corrected pair', async () => {
    const s = await storedSample();
    const source = path.join(s.dir, 'article.es.txt');
    const target = path.join(s.dir, 'article.en.txt');
    const h = renderReview(s, {store: s.store, exporter: i18n => fileExporter({targetPath: target, protectedPaths: [source, target, s.sessionPath], i18n})});
    open.push(h);
    await h.waitForText('pair 1 of');
    // A fix first, so that the file shows the corrected text.
    const bead = beadWithTarget(s.state, 'Poutinevisit');
    h.press(':');
    h.type(String(bead + 1));
    h.press(KEY.enter);
    await h.waitForText(`pair ${bead + 1} of`);
    h.press('a');
    await h.waitForText('Suggestion applied.');
    h.press('e');
    const frame = await h.waitForText('Export as tmx xliff tsv csv xlsx html md jsonl to: ');
    expect(plain(frame)).toContain(path.join(s.dir, 'article.en.tmx'));
    expect(plain(frame)).toContain('Tab format · Enter write · Esc cancel');
    h.press(KEY.tab);
    await h.waitForText(path.join(s.dir, 'article.en.xlf'));
    h.press(KEY.shiftTab);
    await h.waitForText(path.join(s.dir, 'article.en.tmx'));
    h.press(KEY.enter);
    await h.waitForText(`Written: ${path.join(s.dir, 'article.en.tmx')}`);
    const tmx = fs.readFileSync(path.join(s.dir, 'article.en.tmx'), 'utf8');
    expect(tmx).toContain('<tmx version="1.4"');
    expect(tmx).toContain('Vladimir Poutine visit China');
  });

  test('an export never writes over a document', async () => {
    const s = await storedSample();
    const source = path.join(s.dir, 'article.es.txt');
    const target = path.join(s.dir, 'article.en.txt');
    const before = fs.readFileSync(target, 'utf8');
    const h = renderReview(s, {store: s.store, exporter: i18n => fileExporter({targetPath: target, protectedPaths: [source, target, s.sessionPath], i18n})});
    open.push(h);
    await h.waitForText('pair 1 of');
    h.press('e');
    await h.waitForText('Export as');
    // Replace the proposed name by the target's own.
    h.press(KEY.home);
    for (let i = 0; i < 200; i++) h.press(KEY.delete);
    h.type(target);
    h.press(KEY.enter);
    await h.waitForText('Cotejo never writes over it');
    expect(fs.readFileSync(target, 'utf8')).toBe(before);
    expect(plain(h.frame())).not.toContain('Written:');
  });

  test('without a writer, e says export is not available', async () => {
    const s = await storedSample();
    const h = renderReview(s, {store: s.store});
    open.push(h);
    await h.waitForText('pair 1 of');
    h.press('e');
    await h.waitForText('Export is not available here.');
    s.release();
  });
});
