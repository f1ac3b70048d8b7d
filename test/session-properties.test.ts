import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {beadsProblem, historyOf, reduce, reduceHistory, sentenceCounts, type History, type SessionState} from '../src/core/session.js';
import {scenario, stateOf} from './store/arbitraries.js';

/** What a state holds, as plain data (paragraph objects compute tokens lazily). */
function plain(state: SessionState): unknown {
  return {
    source: state.source.paragraphs.map(p => p.text),
    original: state.original.paragraphs.map(p => p.text),
    target: state.target.paragraphs.map(p => p.text),
    beads: state.beads,
    resolutions: state.resolutions,
    cursor: state.cursor,
  };
}

function withoutCursor(state: SessionState): unknown {
  return {...(plain(state) as Record<string, unknown>), cursor: null};
}

describe('reducer properties over random action sequences', () => {
  test('every state keeps a valid alignment, a cursor in range and the original untouched', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        let s = stateOf(pair);
        const original = s.original;
        for (const a of actions) {
          s = reduce(s, a);
          expect(beadsProblem(s.beads, s.source.paragraphs.length, s.target.paragraphs.length)).toBeNull();
          expect(s.cursor.bead).toBeGreaterThanOrEqual(0);
          expect(s.cursor.bead).toBeLessThan(s.beads.length);
          expect(s.original).toBe(original);
          expect(s.target.paragraphs.map(p => p.index)).toEqual(original.paragraphs.map(p => p.index));
          // Stored sentence links always number exactly the sentences their bead holds now.
          for (const b of s.beads) {
            if (b.sentences === undefined) continue;
            const counts = sentenceCounts(s, b);
            expect(beadsProblem(b.sentences, counts.source, counts.target)).toBeNull();
          }
        }
      }),
      {numRuns: 300},
    );
  });

  test('undoing everything gives the initial state, redoing everything the final one', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        const initial = stateOf(pair);
        let h: History = historyOf(initial);
        for (const a of actions) h = reduceHistory(h, a);
        const final = h.present;
        const steps = h.past.length;
        for (let i = 0; i < steps; i++) h = reduceHistory(h, {type: 'undo'});
        expect(h.past).toHaveLength(0);
        // Cursor moves are not undo steps: they ride along with the state they were made on.
        expect(withoutCursor(h.present)).toEqual(withoutCursor(initial));
        for (let i = 0; i < steps; i++) h = reduceHistory(h, {type: 'redo'});
        expect(withoutCursor(h.present)).toEqual(withoutCursor(final));
      }),
      {numRuns: 300},
    );
  });

  test('without cursor moves, undo of everything restores the initial state exactly', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        const initial = stateOf(pair);
        let h: History = historyOf(initial);
        for (const a of actions.filter(x => x.type !== 'move-cursor')) h = reduceHistory(h, a);
        while (h.past.length > 0) h = reduceHistory(h, {type: 'undo'});
        expect(h.present).toBe(initial);
      }),
      {numRuns: 300},
    );
  });
});
