/**
 * The annotated fixture pairs opened as `check` and `export` open them (same
 * workspace, same export input), for tests that write every bilingual format of every
 * pair and read the files back or hand them to other programs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {TFunction} from 'i18next';
import {buildReport} from '../../src/commands/check.js';
import {compareAll} from '../../src/core/compare.js';
import type {Action, SessionState} from '../../src/core/session.js';
import {beadDivergences, reduce} from '../../src/core/session.js';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {FORMATS, type ExportFormat} from '../../src/formats/index.js';
import type {ExportInput, Segmentation} from '../../src/formats/model.js';
import {openWorkspace, type Workspace} from '../../src/workspace.js';

/** The repository's fixtures folder. */
export const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');

/** The names of the fixture pairs with a gold file. */
export const FIXTURE_NAMES: readonly string[] = fs
  .readdirSync(FIXTURES)
  .filter(f => f.endsWith('.gold.json'))
  .map(f => f.slice(0, -'.gold.json'.length))
  .sort();

/** A fixture pair's two files and languages. */
export function fixtureFiles(name: string): {source: string; target: string; sourceLang: string; targetLang: string} {
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.gold.json`), 'utf8')) as {source_lang: string; target_lang: string};
  return {
    source: path.join(FIXTURES, `${name}.${gold.source_lang}.txt`),
    target: path.join(FIXTURES, `${name}.${gold.target_lang}.txt`),
    sourceLang: gold.source_lang,
    targetLang: gold.target_lang,
  };
}

const sessions = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-fixture-sessions-'));

/** Opens a fixture pair read-only, with no saved work. */
export async function openFixture(name: string): Promise<Workspace> {
  const f = fixtureFiles(name);
  const opened = await openWorkspace({
    sourcePath: f.source,
    targetPath: f.target,
    sourceLang: f.sourceLang,
    targetLang: f.targetLang,
    readOnly: true,
    sessionPath: path.join(sessions, `${name}.none.cotejo.json`),
  });
  if (!opened.ok) throw new Error(`${name}: ${opened.error.code}`);
  return opened.value;
}

/** Opens a bilingual file read-only, as `cotejo check FILE` does. */
export async function openFile(file: string): Promise<Workspace> {
  const opened = await openWorkspace({sourcePath: file, readOnly: true, sessionPath: `${file}.none.cotejo.json`});
  if (!opened.ok) throw new Error(`${file}: ${opened.error.code} ${JSON.stringify(opened.error.params)}`);
  return opened.value;
}

/**
 * A dismissal's reason with what has broken table cells and XML before: quotes, a
 * comma, a tab, a line break, a formula, Excel's escape, markup, letters outside ASCII.
 */
export const HARD_REASON = 'house style, "as agreed"\t=SUM(A1)\nsee _x0041_ <b>&amp;</b> — ñ 😀';

/**
 * A translator's review of a state, resolving some of its divergences in every way
 * there is: the first suggestion applied (its phrase then changes, so the resolution
 * is kept without its divergence), the first other divergence dismissed with
 * `HARD_REASON`, one in the middle dismissed without a reason, the last one fixed
 * (as a suggestion that leaves the text as it was is), and a dismissal whose
 * divergence went away when the target was edited (no bead shows it any more).
 */
export function reviewedState(state: SessionState, ctx: Workspace['ctx']): SessionState {
  const found = compareAll(state.source, state.target, state.beads, ctx);
  const actions: Action[] = [];
  const suggested = found.find(d => d.suggestion !== undefined && d.target !== null);
  if (suggested) actions.push({type: 'apply-suggestion', divergence: suggested});
  const others = found.filter(d => d !== suggested);
  const first = others[0];
  const middle = others[Math.floor(others.length / 2)];
  const last = others[others.length - 1];
  if (first) actions.push({type: 'dismiss', key: first.key, reason: HARD_REASON});
  if (middle && middle !== first) actions.push({type: 'dismiss', key: middle.key});
  actions.push({type: 'dismiss', key: `name:name.exonym:Pekin|Pekín@${'0'.repeat(8)}#0`, reason: 'kept before the edit'});
  const next = actions.reduce(reduce, state);
  if (!last || last === middle || last === first) return next;
  return {...next, resolutions: {...next.resolutions, [last.key]: {state: 'fixed'}}};
}

/** A workspace with `reviewedState` as its state. */
export function reviewed(workspace: Workspace): Workspace {
  return {...workspace, state: reviewedState(workspace.state, workspace.ctx)};
}

/** The export input of a workspace, as `cotejo export` makes it. */
export function exportInput(workspace: Workspace, t: TFunction): ExportInput {
  const {state, ctx} = workspace;
  return exportInputFromState(
    state,
    state.beads.map((_, i) => beadDivergences(state, i, ctx)),
    t,
    {toolVersion: '0', uiLang: 'en', createdAt: new Date('2026-01-02T03:04:05Z')},
  );
}

/** Writes one format of an export input to a file in `dir`; the file's path. */
export async function writeExport(input: ExportInput, format: ExportFormat, segments: Segmentation, dir: string, name: string, t: TFunction): Promise<string> {
  const written = await FORMATS[format].write(input, {segments, t});
  const extension = format === 'xliff2' ? '.xlf' : FORMATS[format].extension;
  const file = path.join(dir, `${name}.${segments}.${format}${extension}`);
  fs.writeFileSync(file, typeof written.content === 'string' ? written.content : Buffer.from(written.content));
  return file;
}

/** What a check reports, without what a file cannot carry (the aligner's confidences). */
export function reportFacts(workspace: Workspace): unknown {
  const report = buildReport(workspace);
  const text = (side: readonly string[], ps: readonly number[]) => ps.map(p => side[p]);
  return {
    pairs: report.alignment.map(b => [text(report.source.paragraphs, b.source), text(report.target.paragraphs, b.target)]),
    divergences: report.divergences.map(d => ({key: d.key, category: d.category, severity: d.severity, code: d.code, params: d.params, source: d.source, target: d.target})),
    resolutions: workspace.state.resolutions,
  };
}
