/**
 * Sentence-level exports use the sentence links the user corrected, where a pair has
 * them, and the sentence aligner's elsewhere: in the export input every writer reads,
 * and in `cotejo export --segments sentence` run on a saved session.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {reduce, sentenceLinksOf} from '../../src/core/session.js';
import {beadSegments, exportInputFromState} from '../../src/formats/export-input.js';
import {createI18n} from '../../src/i18n.js';
import {openWorkspace} from '../../src/workspace.js';
import {FIXTURES, runCli} from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-sentence-links-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** A copy of the sample article in its own folder. */
function sampleCopy(name: string): {source: string; target: string} {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  for (const f of ['article.es.txt', 'article.en.txt']) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  return {source: path.join(dir, 'article.es.txt'), target: path.join(dir, 'article.en.txt')};
}

/** The JSON Lines export's units of one pair. */
function unitsOf(jsonl: string, bead: string): {source: string; target: string}[] {
  return jsonl
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as {bead: string; source: string; target: string})
    .filter(u => u.bead === bead);
}

describe('sentence-level exports', {timeout: 120_000}, () => {
  test('take the stored sentence links of a pair that has them, the aligner\'s for the others', async () => {
    const files = sampleCopy('saved');
    const opened = await openWorkspace({sourcePath: files.source, targetPath: files.target});
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const {state, store} = opened.value;
    // Pair 13: one source paragraph of three sentences against two target paragraphs.
    const bead = state.beads.findIndex(b => b.target.length === 2);
    expect(bead).toBe(12);
    const automatic = sentenceLinksOf(state, bead);
    expect(automatic).toHaveLength(3);
    const merged = reduce(state, {type: 'merge-sentences', bead, link: 0});
    store!.update(merged);
    await store!.close();
    opened.value.release();

    // The export input every writer reads, as the reviewer's export dialog builds it.
    const t = createI18n('en').t;
    const none = merged.beads.map(() => []);
    const before = exportInputFromState(state, none, t).beads[bead]!.segments;
    const after = exportInputFromState(merged, none, t).beads[bead]!.segments;
    expect(before).toHaveLength(3);
    expect(after).toHaveLength(2);
    expect(after[0]!.source).toBe(`${before[0]!.source}${before[0]!.sourceGap}${before[1]!.source}`);
    expect(after[1]).toEqual(before[2]);
    // Every other pair is as the aligner has it.
    const others = (s: typeof state) => exportInputFromState(s, none, t).beads.filter((_, i) => i !== bead).map(b => b.segments);
    expect(others(merged)).toEqual(others(state));

    // The command line, on the saved session.
    const run = runCli(['export', files.source, files.target, '--format', 'jsonl', '--segments', 'sentence']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const units = unitsOf(run.stdout, '13');
    expect(units.map(u => u.source)).toEqual(after.map(s => s.source));
    expect(units.map(u => u.target)).toEqual(after.map(s => s.target));
    // Without the session, the same pair has the aligner's three units.
    const fresh = sampleCopy('fresh');
    const plain = runCli(['export', fresh.source, fresh.target, '--format', 'jsonl', '--segments', 'sentence']);
    expect(unitsOf(plain.stdout, '13')).toHaveLength(3);
  });

  test('links that do not cover the sentences exactly are not used', async () => {
    const files = sampleCopy('direct');
    const opened = await openWorkspace({sourcePath: files.source, targetPath: files.target, readOnly: true});
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const {state} = opened.value;
    const b = state.beads[12]!;
    const src = b.source.map(i => state.source.paragraphs[i]!);
    const tgt = b.target.map(i => state.target.paragraphs[i]!);
    const auto = beadSegments(src, tgt);
    expect(auto).toHaveLength(3);
    // One link where there are three sentences a side would leave sentences out.
    expect(beadSegments(src, tgt, [{source: [0], target: [0], confidence: 1}])).toEqual(auto);
    expect(beadSegments(src, tgt, [{source: [0, 1, 2], target: [0, 1, 2], confidence: 1}])).toHaveLength(1);
    opened.value.release();
  });
});
