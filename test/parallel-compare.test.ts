/**
 * Checking on several threads gives what checking on one gives: the same divergences,
 * in the same order, with the same keys. The workers are the built program's
 * (`npm test` builds first), so these tests load the built modules throughout.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, FIXTURES, ROOT, runCli} from './support/cli.js';

interface Built {
  readonly openWorkspace: typeof import('../src/workspace.js').openWorkspace;
  readonly compareAll: typeof import('../src/core/compare.js').compareAll;
  readonly compareAllParallel: typeof import('../src/parallel-compare.js').compareAllParallel;
}

async function built(): Promise<Built> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const dist = (p: string) => import(path.join(ROOT, 'dist', 'src', p));
  const [workspace, compare, parallel] = await Promise.all([dist('workspace.js'), dist('core/compare.js'), dist('parallel-compare.js')]);
  return {openWorkspace: workspace.openWorkspace, compareAll: compare.compareAll, compareAllParallel: parallel.compareAllParallel};
}

const PAIRS = fs
  .readdirSync(FIXTURES)
  .filter(f => f.endsWith('.es.txt') && fs.existsSync(path.join(FIXTURES, f.replace(/\.es\.txt$/, '.en.txt'))))
  .map(f => f.replace(/\.es\.txt$/, ''));

describe('checks on several threads', () => {
  it('finds the fixtures to check', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of PAIRS.slice(0, 4)) {
    it(`${name}: the same divergences in the same order, with work done by the workers`, async () => {
      const {openWorkspace, compareAll, compareAllParallel} = await built();
      const ws = await openWorkspace({sourcePath: path.join(FIXTURES, `${name}.es.txt`), targetPath: path.join(FIXTURES, `${name}.en.txt`), readOnly: true});
      if (!ws.ok) throw new Error(`cannot open ${name}`);
      const {state, ctx} = ws.value;
      const one = compareAll(state.source, state.target, state.beads, ctx);
      // Workers alone: every run crosses a thread boundary and comes back.
      const stats = {workerRuns: 0, runs: 0};
      const workers = await compareAllParallel(state.source, state.target, state.beads, ctx, 3, {stats, mainThreadChecks: false});
      expect(workers).toEqual(one);
      expect(one.length).toBeGreaterThan(0);
      expect(stats.runs).toBeGreaterThan(1);
      expect(stats.workerRuns).toBe(stats.runs);
      // Workers and the main thread together.
      expect(await compareAllParallel(state.source, state.target, state.beads, ctx, 2)).toEqual(one);
      ws.value.release();
    }, 60_000);
  }

  it('a worker that runs out of its heap is survived: its work is done elsewhere, the same', async () => {
    const {openWorkspace, compareAll, compareAllParallel} = await built();
    const ws = await openWorkspace({sourcePath: path.join(FIXTURES, 'article.es.txt'), targetPath: path.join(FIXTURES, 'article.en.txt'), readOnly: true});
    if (!ws.ok) throw new Error('cannot open the sample');
    const {state, ctx} = ws.value;
    const one = compareAll(state.source, state.target, state.beads, ctx);
    // Far too little heap for the dictionaries: every worker stops with ERR_WORKER_OUT_OF_MEMORY.
    const stats = {workerRuns: 0, runs: 0};
    const starved = await compareAllParallel(state.source, state.target, state.beads, ctx, 2, {stats, mainThreadChecks: false, workerHeapMb: 4});
    expect(starved).toEqual(one);
    expect(stats.runs).toBeGreaterThan(1);
    expect(stats.workerRuns).toBe(0);
    ws.value.release();
  }, 60_000);

  it('check --jobs 2 prints what --jobs 1 prints', () => {
    const args = ['check', path.join(FIXTURES, 'article.es.txt'), path.join(FIXTURES, 'article.en.txt'), '--format', 'json'];
    const one = runCli([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).divergences.length).toBeGreaterThan(0);
  }, 60_000);

  it.each([['0'], ['many'], ['65'], ['-1']])('--jobs %s is one line and exit 2', value => {
    const r = runCli(['check', path.join(FIXTURES, 'article.es.txt'), path.join(FIXTURES, 'article.en.txt'), `--jobs=${value}`]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--jobs');
    expect(r.stdout).toBe('');
  });
});
