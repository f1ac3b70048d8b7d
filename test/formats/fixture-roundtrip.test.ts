/**
 * Every fixture pair, reviewed (divergences fixed, dismissed with and without a
 * reason, one resolution whose divergence the text no longer shows), exported in
 * every bilingual format at both segment levels and opened again as `cotejo check
 * FILE` opens it, gives the check of the reviewed pair itself: the same pairs, the
 * same open divergences and the same resolutions. No unit of any file has one side
 * only where its bead has both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {ExportFormat} from '../../src/formats/index.js';
import {createI18n} from '../../src/i18n.js';
import {openWorkspace} from '../../src/workspace.js';
import {runCliAsync, type CliRun} from '../support/cli.js';
import {exportInput, FIXTURE_NAMES, fixtureFiles, HARD_REASON, openFile, openFixture, reportFacts, reviewed, reviewedState, writeExport} from './fixture-exports.js';
import {xmllint, xmllintMissing} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-fixture-roundtrip-'));

/** Every format that is read back. */
const BILINGUAL: readonly ExportFormat[] = ['tmx', 'xliff', 'xliff2', 'tsv', 'csv', 'xlsx'];
const SCHEMA = {tmx: 'tmx', xliff: 'xliff12', xliff2: 'xliff+mda'} as const;

/** How the reviews resolved divergences, over all pairs (see the last test). */
const resolvedWays = new Set<string>();
function wayOf(state: string, reason: string | undefined, where: string): string {
  return `${state}${reason === HARD_REASON ? ' with the hard reason' : reason !== undefined ? ' with a reason' : ''} ${where}`;
}

describe.each(FIXTURE_NAMES)('%s', name => {
  test('read back from every format at both segment levels, the check is the same', {timeout: 120_000}, async () => {
    const worked = reviewed(await openFixture(name));
    const direct = reportFacts(worked);
    const input = exportInput(worked, t);
    // Some pairs have few divergences: the ways they were resolved are gathered over all pairs.
    for (const d of input.beads.flatMap(b => b.divergences)) if (d.resolution !== 'open') resolvedWays.add(wayOf(d.resolution, d.reason, 'in a unit'));
    for (const r of input.resolvedElsewhere ?? []) resolvedWays.add(wayOf(r.resolution, r.reason, 'in no unit'));
    expect(input.resolvedElsewhere?.length).toBeGreaterThan(0);
    for (const segments of ['paragraph', 'sentence'] as const) {
      for (const format of BILINGUAL) {
        const file = await writeExport(input, format, segments, tmp, name, t);
        if (format === 'tmx' || format === 'xliff' || format === 'xliff2') {
          expect(xmllintMissing(), 'install libxml2-utils (xmllint) and keep ../shared/schemas').toBeNull();
          expect(xmllint(fs.readFileSync(file, 'utf8'), SCHEMA[format]), `${format} ${segments}`).toEqual({ok: true, output: ''});
        }
        const back = await openFile(file);
        expect(reportFacts(back), `${format} ${segments}`).toEqual(direct);
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

test('the reviews above resolved divergences in every way a file must keep', () => {
  // Every way must have been met at least once; more pairs may add more ways.
  expect([...resolvedWays]).toEqual(
    expect.arrayContaining(['dismissed with the hard reason in a unit', 'dismissed in a unit', 'fixed in a unit', 'fixed in no unit', 'dismissed with a reason in no unit']),
  );
});

/** What `check --format json` prints, without what a file cannot carry (paths, the aligner's confidences). */
function printedFacts(run: CliRun): unknown {
  const report = JSON.parse(run.stdout) as {
    source: {paragraphs: string[]};
    target: {paragraphs: string[]};
    alignment: {source: number[]; target: number[]}[];
    divergences: Record<string, unknown>[];
    hints: {key: string}[];
    resolutions: unknown[];
  };
  const text = (side: readonly string[], ps: readonly number[]) => ps.map(p => side[p]);
  return {
    status: run.status,
    pairs: report.alignment.map(b => [text(report.source.paragraphs, b.source), text(report.target.paragraphs, b.target)]),
    divergences: report.divergences.map(({confidence: _, ...d}) => d),
    hints: report.hints.map(d => d.key),
    resolutions: report.resolutions,
  };
}

/** Runs jobs two at a time: each run of the program loads the dictionaries. */
async function twoAtATime<T>(jobs: readonly (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      out[k] = await jobs[k]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

test('through the program: a saved review exported in every format at both levels, `cotejo check FILE --format json` prints the check of the pair', {timeout: 600_000}, async () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'program-'));
  const f = fixtureFiles('article');
  const src = path.join(dir, path.basename(f.source));
  const tgt = path.join(dir, path.basename(f.target));
  fs.copyFileSync(f.source, src);
  fs.copyFileSync(f.target, tgt);
  // The review saved in the pair's session file, as the reviewer saves it.
  const opened = await openWorkspace({sourcePath: src, targetPath: tgt});
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const state = reviewedState(opened.value.state, opened.value.ctx);
  opened.value.store!.update(state);
  await opened.value.store!.close();
  opened.value.release();

  const jobs = (['paragraph', 'sentence'] as const).flatMap(segments =>
    BILINGUAL.map(format => async () => {
      const file = path.join(dir, `article.${segments}.${format}${format === 'xliff2' ? '.xlf' : `.${format === 'xliff' ? 'xlf' : format}`}`);
      const exported = await runCliAsync(['export', src, tgt, '--format', format, '--segments', segments, '--output', file]);
      expect(exported.status, `${format} ${segments}: ${exported.stderr}`).toBe(0);
      return {label: `${format} ${segments}`, run: await runCliAsync(['check', file, '--format', 'json'])};
    }),
  );
  const [direct, ...back] = await twoAtATime<CliRun | {label: string; run: CliRun}>([() => runCliAsync(['check', src, tgt, '--format', 'json']), ...jobs]);
  const expected = printedFacts(direct as CliRun) as {divergences: {key: string}[]};
  // The saved review is what the direct check prints: none of its resolved divergences is open.
  const resolved = Object.keys(state.resolutions);
  expect(resolved.length).toBeGreaterThan(3);
  expect(expected.divergences.filter(d => resolved.includes(d.key))).toEqual([]);
  // The report lists the review's resolutions, each file's check the same ones.
  expect((expected as unknown as {resolutions: {key: string}[]}).resolutions.map(r => r.key)).toEqual([...resolved].sort());
  expect(expected.divergences.length).toBeGreaterThan(0);
  for (const b of back as {label: string; run: CliRun}[]) expect(printedFacts(b.run), b.label).toEqual(expected);
});
