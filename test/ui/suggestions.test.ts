/**
 * Suggestions you can trust, over every fixture pair: applying any divergence's
 * suggestion with `a` never leaves the pair with more open divergences. A suggestion
 * that would is not offered (the list says so and `a` refuses it); the ones held back
 * are printed, for the checks to improve.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {alignParagraphs} from '../../src/core/align.js';
import {documentFromText} from '../../src/core/document.js';
import {beadDivergences, historyOf, initialState, type SessionState} from '../../src/core/session.js';
import {DivergenceIndex, isOpen} from '../../src/ui/state/divergence-index.js';
import {initialReview, reduceReview, type ReviewDeps} from '../../src/ui/state/review.js';
import {contextFor, ROOT} from './support/harness.js';

const FIXTURES = path.join(ROOT, 'fixtures');
const pairs = fs
  .readdirSync(FIXTURES)
  .filter(f => f.endsWith('.es.txt') && fs.existsSync(path.join(FIXTURES, f.replace(/\.es\.txt$/, '.en.txt'))))
  .map(f => f.replace(/\.es\.txt$/, ''));

function load(name: string, lang: 'es' | 'en') {
  const doc = documentFromText(fs.readFileSync(path.join(FIXTURES, `${name}.${lang}.txt`), 'utf8'), {path: `${name}.${lang}.txt`, lang});
  if (!doc.ok) throw new Error(`${name}.${lang}.txt: ${doc.error.code}`);
  return doc.value;
}

describe('applying a suggestion never leaves its pair with more open divergences', () => {
  test('there are fixture pairs to try', () => {
    expect(pairs.length).toBeGreaterThan(5);
  });

  test.each(pairs)('%s', async name => {
    const ctx = await contextFor('es', 'en');
    const source = load(name, 'es');
    const target = load(name, 'en');
    const state = initialState(source, target, alignParagraphs(source, target));
    const check = (s: SessionState, b: number) => beadDivergences(s, b, ctx);
    const index = new DivergenceIndex(check);
    const deps: ReviewDeps = {
      divergencesOf: (s, b) => index.of(s, b),
      findOpenBead: (s, f, step) => index.findOpenBead(s, f, step),
      maxScroll: () => 0,
      suggestionHelps: (s, b, d) => index.suggestionHelps(s, b, d),
      exportFormats: [],
      exportPath: () => '',
      exportExtension: () => '',
      exportNeedsConfirmation: () => false,
    };
    let tried = 0;
    const withheld: string[] = [];
    for (let bead = 0; bead < state.beads.length; bead++) {
      const divergences = check(state, bead);
      const before = divergences.filter(d => isOpen(state, d.key)).length;
      for (const d of divergences) {
        if (d.suggestion === undefined || d.target === null) continue;
        tried++;
        // The reviewer's own path: select the divergence, press a.
        const at = {...state, cursor: {bead, divergence: d.key}};
        const after = reduceReview(initialReview(historyOf(at)), {type: 'apply-suggestion'}, deps);
        const present = after.history.present;
        const left = check(present, bead).filter(x => isOpen(present, x.key)).length;
        expect(left, `${name}, pair ${bead + 1}: ${d.code} → ${d.suggestion}`).toBeLessThanOrEqual(before);
        if (present === at) withheld.push(`${d.code} "${d.suggestion}" (pair ${bead + 1})`);
        else expect(left, `${name}, pair ${bead + 1}: an applied suggestion fixes what it is for`).toBeLessThan(before);
      }
    }
    if (withheld.length > 0) console.log(`${name}: suggestions held back, as they would add divergences: ${withheld.join('; ')}`);
    if (tried === 0) console.log(`${name}: no suggestion to try`);
  }, 120_000);
});
