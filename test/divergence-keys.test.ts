import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import {loadCheckContext} from '../src/check-context.js';
import type {CheckContext} from '../src/core/checks/context.js';
import {compareBead} from '../src/core/compare.js';
import {beadDivergences, initialState, reduce, type SessionState} from '../src/core/session.js';
import {loadDocument} from '../src/load.js';
import {FIXTURES} from './support/cli.js';

let ctx: CheckContext;
let state: SessionState;

beforeAll(async () => {
  const es = loadDocument(path.join(FIXTURES, 'article.es.txt'), 'es');
  const en = loadDocument(path.join(FIXTURES, 'article.en.txt'), 'en');
  const c = await loadCheckContext('es', 'en');
  if (!es.ok || !en.ok || !c.ok) throw new Error('fixtures did not load');
  ctx = c.value;
  // One bead per paragraph, as the reviewer's alignment has it for paragraphs 0-11.
  const beads = Array.from({length: 12}, (_, i) => ({source: [i], target: [i], confidence: 1}));
  beads.push({source: Array.from({length: 7}, (_, i) => 12 + i), target: Array.from({length: 8}, (_, i) => 12 + i), confidence: 1});
  state = initialState(es.value, en.value, beads);
});

test('a divergence keeps its key when its bead is merged with the next, so a dismissal stays', () => {
  const bead = 2;
  const before = beadDivergences(state, bead, ctx);
  expect(before.length).toBeGreaterThan(0);
  const dismissed = reduce(state, {type: 'dismiss', key: before[0]!.key});
  const merged = reduce(dismissed, {type: 'merge-next', bead});
  const after = beadDivergences(merged, bead, ctx).map(d => d.key);
  const kept = before.filter(d => d.source !== null && after.includes(d.key));
  expect(kept.map(d => d.key)).toEqual(before.filter(d => d.source !== null).map(d => d.key));
  expect(merged.resolutions[before[0]!.key]).toEqual({state: 'dismissed'});
});

test('the same texts checked twice give the same keys, and a target edit elsewhere keeps them', () => {
  const bead = state.beads[5]!;
  const once = compareBead(state.source, state.target, bead, ctx).map(d => d.key);
  const twice = compareBead(state.source, state.target, bead, ctx).map(d => d.key);
  expect(twice).toEqual(once);
  const p = bead.target[0]!;
  const edited = reduce(state, {type: 'edit-target', paragraph: p, text: `${state.target.paragraphs[p]!.text} Extra words at the end.`});
  const keys = compareBead(edited.source, edited.target, bead, ctx).map(d => d.key);
  for (const k of once) expect(keys).toContain(k);
});
