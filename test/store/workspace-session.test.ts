import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {beadDivergences, reduce} from '../../src/core/session.js';
import {openWorkspace} from '../../src/workspace.js';
import {FIXTURES, runCli} from '../support/cli.js';
import {tempDir} from './fs-helpers.js';

/** A copy of the sample pair in a folder of its own. */
function samplePair(): {source: string; target: string; session: string; lock: string} {
  const dir = tempDir('cotejo-ws-');
  const source = path.join(dir, 'article.es.txt');
  const target = path.join(dir, 'article.en.txt');
  fs.copyFileSync(path.join(FIXTURES, 'article.es.txt'), source);
  fs.copyFileSync(path.join(FIXTURES, 'article.en.txt'), target);
  return {source, target, session: `${target}.cotejo.json`, lock: `${target}.cotejo.lock`};
}

interface JsonReport {
  target: {paragraphs: string[]};
  alignment: {source: number[]; target: number[]}[];
  divergences: {target: {paragraph: number; start: number; end: number} | null; category: string; code: string}[];
}

describe('the workspace with a session', () => {
  test('the reviewer resumes the saved work; check sees the corrections, the alignment edits and the dismissals', async () => {
    const pair = samplePair();
    const opened = await openWorkspace({sourcePath: pair.source, targetPath: pair.target});
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const ws = opened.value;
    expect(ws.store).not.toBeNull();
    expect(ws.sessionPath).toBe(pair.session);
    expect(fs.existsSync(pair.lock)).toBe(true);
    let s = ws.state;
    // A divergence away from the beads edited below (keys are made of the bead's texts).
    const all = s.beads.flatMap((_, i) => (i >= 5 ? beadDivergences(s, i, ws.ctx) : []));
    const dismissed = all.find(d => d.target !== null);
    s = reduce(s, {type: 'edit-target', paragraph: 0, text: 'A corrected first paragraph.'});
    s = reduce(s, {type: 'merge-next', bead: 2});
    if (dismissed) s = reduce(s, {type: 'dismiss', key: dismissed.key, reason: 'checked'});
    ws.store!.update(s);
    await ws.store!.close();
    expect(fs.existsSync(pair.lock)).toBe(false);

    const again = await openWorkspace({sourcePath: pair.source, targetPath: pair.target, readOnly: true});
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.store).toBeNull();
    expect(again.value.state.target.paragraphs[0]!.text).toBe('A corrected first paragraph.');
    expect(again.value.state.beads[2]!.status).toBe('edited');
    expect(again.value.alignment).toHaveLength(s.beads.length);
    expect(fs.existsSync(pair.lock)).toBe(false);

    const saved = fs.readFileSync(pair.session, 'utf8');
    const run = runCli(['check', pair.source, pair.target, '--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.target.paragraphs[0]).toBe('A corrected first paragraph.');
    expect(report.alignment[2]).toMatchObject({source: s.beads[2]!.source, target: s.beads[2]!.target});
    expect(dismissed).toBeDefined();
    if (dismissed) {
      const t = dismissed.target!;
      expect(again.value.state.resolutions[dismissed.key]).toEqual({state: 'dismissed', reason: 'checked'});
      expect(report.divergences.some(d => d.code === dismissed.code && d.target?.paragraph === t.paragraph && d.target.start === t.start)).toBe(false);
    }
    // check only reads: the session file and the lock are left as they were.
    expect(fs.readFileSync(pair.session, 'utf8')).toBe(saved);
    expect(fs.existsSync(pair.lock)).toBe(false);
  });

  test('a broken session file stops check with one line and exit code 2, and stays as it is', () => {
    const pair = samplePair();
    fs.writeFileSync(pair.session, '{"format": "cotejo-session", "version": 1');
    const run = runCli(['check', pair.source, pair.target]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${pair.session}: not a session file Cotejo can read, it is not valid JSON`);
    expect(fs.readFileSync(pair.session, 'utf8')).toBe('{"format": "cotejo-session", "version": 1');
  });

  test('check reads a pair that the reviewer holds open', async () => {
    const pair = samplePair();
    const opened = await openWorkspace({sourcePath: pair.source, targetPath: pair.target});
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const run = runCli(['check', pair.source, pair.target, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status === 0 || run.status === 1).toBe(true);
    opened.value.release();
    expect(fs.existsSync(pair.lock)).toBe(false);
  });
});
