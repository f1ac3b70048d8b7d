/**
 * Every fixture pair, exported in every bilingual format at both segment levels and
 * opened again as `cotejo check FILE` opens it, gives the check of the pair itself:
 * the same pairs, the same divergences, and (where the format records them) the same
 * resolutions. No unit of any file has one side only where its bead has both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Resolution} from '../../src/core/session.js';
import type {ExportFormat} from '../../src/formats/index.js';
import {createI18n} from '../../src/i18n.js';
import {exportInput, FIXTURE_NAMES, openFile, openFixture, reportFacts, withResolutions, writeExport} from './fixture-exports.js';
import {xmllint, xmllintMissing} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-fixture-roundtrip-'));

/** Formats that record resolutions; the tables carry texts and statuses only. */
const WITH_RESOLUTIONS: readonly ExportFormat[] = ['tmx', 'xliff', 'xliff2'];
const TABLES: readonly ExportFormat[] = ['tsv', 'csv', 'xlsx'];
const SCHEMA = {tmx: 'tmx', xliff: 'xliff12', xliff2: 'xliff+mda'} as const;

describe.each(FIXTURE_NAMES)('%s', name => {
  test('read back from every format at both segment levels, the check is the same', {timeout: 120_000}, async () => {
    const plain = await openFixture(name);
    // Some of the pair's divergences resolved, as a translator would: one dismissed
    // with a reason, one fixed.
    const found = reportFacts(plain) as {divergences: {key: string}[]};
    const resolutions: Record<string, Resolution> = {};
    if (found.divergences[0]) resolutions[found.divergences[0].key] = {state: 'dismissed', reason: 'house style, "as agreed"'};
    if (found.divergences[1]) resolutions[found.divergences[1].key] = {state: 'fixed'};
    const resolved = withResolutions(plain, resolutions);
    for (const segments of ['paragraph', 'sentence'] as const) {
      for (const [workspace, formats] of [
        [resolved, WITH_RESOLUTIONS],
        [plain, TABLES],
      ] as const) {
        const input = exportInput(workspace, t);
        for (const format of formats) {
          const file = await writeExport(input, format, segments, tmp, name, t);
          if (format === 'tmx' || format === 'xliff' || format === 'xliff2') {
            expect(xmllintMissing(), 'install libxml2-utils (xmllint) and keep ../shared/schemas').toBeNull();
            expect(xmllint(fs.readFileSync(file, 'utf8'), SCHEMA[format]), `${format} ${segments}`).toEqual({ok: true, output: ''});
          }
          const back = await openFile(file);
          expect(reportFacts(back), `${format} ${segments}`).toEqual(reportFacts(workspace));
        }
      }
    }
  });

  test('no sentence unit has one side only where its bead has both', async () => {
    const input = exportInput(await openFixture(name), t);
    let units = 0;
    for (const bead of input.beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue;
      for (const seg of bead.segments) {
        units++;
        expect(seg.source.trim() !== '' && seg.target.trim() !== '', `bead ${bead.id}`).toBe(true);
      }
    }
    expect(units).toBeGreaterThan(0);
  });
});
