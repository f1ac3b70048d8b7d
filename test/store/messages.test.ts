import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createI18n, UI_LANGUAGES} from '../../src/i18n.js';
import type {CarryOverReport} from '../../src/store/carry-over.js';
import {carryOverLines, saveStatusText, storeMessage, storeTranslate} from '../../src/store/messages.js';

const STORE_DIR = path.join(import.meta.dirname, '../../src/store');

/** Every message code the store's modules write, read from their source. */
function codesInSource(): string[] {
  const codes = new Set<string>();
  for (const file of fs.readdirSync(STORE_DIR)) {
    const text = fs.readFileSync(path.join(STORE_DIR, file), 'utf8');
    for (const m of text.matchAll(/'(store\.(?:error|notice)\.[a-z-]+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

function has(resources: Record<string, unknown>, dotted: string): boolean {
  let v: unknown = resources;
  for (const part of dotted.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === 'string' && v.length > 0;
}

describe('store messages', () => {
  const codes = codesInSource();

  test('the modules emit the codes this test knows of', () => {
    expect(codes.length).toBeGreaterThan(25);
    expect(codes).toContain('store.error.locked');
    expect(codes).toContain('store.notice.carried-over');
  });

  test.each([...UI_LANGUAGES])('every code has a message in %s', lang => {
    const json = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../translations/${lang}/store.json`), 'utf8')) as Record<string, unknown>;
    const missing = codes.filter(c => !has(json, c.slice('store.'.length)));
    expect(missing).toEqual([]);
    for (const p of ['empty-bead', 'not-consecutive', 'out-of-order', 'out-of-range', 'uncovered']) expect(has(json, `alignment-problem.${p}`)).toBe(true);
  });

  test('an input error reads as one line with its values, in English and Spanish', () => {
    const error = {code: 'store.error.locked', params: {path: 'a.en.txt.cotejo.lock', pid: 4242, hostname: 'desk', started: '2025-02-01T10:00:00.000Z'}};
    expect(storeMessage(storeTranslate(createI18n('en')), error)).toBe(
      'a.en.txt.cotejo.lock: this pair is open in another Cotejo (process 4242 on desk, since 2025-02-01T10:00:00.000Z). Close that one first, or open with --read-only; only if no Cotejo runs on this pair, delete a.en.txt.cotejo.lock.',
    );
    expect(storeMessage(storeTranslate(createI18n('es')), error)).toContain('proceso 4242 en desk');
  });

  test('the alignment problem is put in words inside the error', () => {
    const t = storeTranslate(createI18n('en'));
    const line = storeMessage(t, {code: 'store.error.session-alignment', params: {path: 's.json', where: 'alignment[2].target', problem: 'out-of-order'}});
    expect(line).toBe('s.json: broken session file, the alignment at alignment[2].target is invalid (a paragraph comes twice or out of order). The file was left as it is.');
  });

  test('save status texts', () => {
    const t = storeTranslate(createI18n('en'));
    expect(saveStatusText(t, null)).toBe('Read-only');
    expect(saveStatusText(t, {state: 'unsaved'})).toBe('Unsaved changes');
    expect(saveStatusText(t, {state: 'saving'})).toBe('Saving…');
    expect(saveStatusText(t, {state: 'saved', at: null, revision: 0})).toBe('Saved');
    expect(saveStatusText(t, {state: 'error', code: 'ENOSPC', retryAt: 10_000, failures: 2}, 6_500)).toBe(
      'Not saved: the disk is full. Trying again in 4 s; your work is kept in memory.',
    );
    expect(saveStatusText(t, {state: 'error', code: 'EWEIRD', retryAt: null, failures: 1})).toBe('Not saved: error EWEIRD. Your work is kept in memory.');
    expect(saveStatusText(storeTranslate(createI18n('es')), {state: 'error', code: 'EROFS', retryAt: null, failures: 1})).toBe(
      'Sin guardar: el sistema de archivos es de solo lectura. Su trabajo se mantiene en memoria.',
    );
  });

  test('the carry-over report lists what changed, what was carried and everything that was not', () => {
    const report: CarryOverReport = {
      source: {changed: true, unchanged: 10, edited: 1, added: 2, removed: 0},
      target: {changed: false, unchanged: 12, edited: 0, added: 0, removed: 0},
      correctionsCarried: 3,
      correctionsInFile: 0,
      merged: [{paragraph: 4, corrected: 'a b', file: 'a c', merged: 'a b c'}],
      beadsKept: 2,
      resolutionsKept: 5,
      lost: [
        {kind: 'correction-deleted', paragraph: 6, corrected: 'Gone text.'},
        {kind: 'correction-conflict', paragraph: 7, now: 8, corrected: 'Mine.'},
        {kind: 'bead-dropped', bead: 3, status: 'confirmed', source: [2, 3], target: []},
        {kind: 'sentence-links-dropped', bead: 5, source: [5], target: [6, 7]},
        {
          kind: 'dismissal-unmatched',
          key: 'k',
          reason: 'style',
          divergence: {key: 'k', category: 'number', severity: 'error', confidence: 1, code: 'number.mismatch', params: {}, target: null, source: null},
        },
      ],
    };
    const lines = carryOverLines(storeTranslate(createI18n('en')), report, code => `<${code}>`, 'x.cotejo.json.orphaned-2025');
    expect(lines).toEqual([
      'The documents changed since this session was saved',
      'Source: 10 paragraphs unchanged, 1 edited, 2 added, 0 removed.',
      'Corrections carried over: 3.',
      'Alignment edits kept: 2.',
      'Resolutions kept: 5.',
      'Target ¶5: your correction was combined with the file\'s own edit; please check it: "a b c"',
      'Could not be carried over (5):',
      '  The correction of target ¶7: the paragraph is no longer in the file. Your text was: "Gone text."',
      '  The correction of target ¶8 (now ¶9): the file changed the same words. Your text was: "Mine."',
      '  The confirmed pairing of source ¶3–4 with target none: one side is no longer in the files.',
      "  The corrected sentence links of source ¶6 with target ¶7–8: the pair's texts changed, so its sentences are linked by the aligner again.",
      '  The dismissal of "<number.mismatch>" (style): it no longer occurs in the text.',
      'The previous session file is kept as x.cotejo.json.orphaned-2025.',
    ]);
  });
});
