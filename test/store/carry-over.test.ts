import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {documentFromParagraphs} from '../../src/core/document.js';
import {beadsProblem, reduce} from '../../src/core/session.js';
import type {Bead, Document} from '../../src/core/types.js';
import {carryOver} from '../../src/store/carry-over.js';
import {parseSessionFile, formatSessionState, stateOfSessionFile, type SessionFile, type SessionMeta} from '../../src/store/session-file.js';
import {alignmentFromSizes, paragraphText, plainState, scenario, stateOf} from './arbitraries.js';

const META: SessionMeta = {
  sourcePath: 's',
  targetPath: 't',
  sourceSha256: 'c'.repeat(64),
  targetSha256: 'd'.repeat(64),
  created: '2025-01-01T00:00:00.000Z',
  toolVersion: '0.1.0',
};

/** An aligner for changed regions: paragraphs paired in order, the rest alone. */
function inOrder(source: Document, target: Document): Bead[] {
  return alignmentFromSizes([], source.paragraphs.length, target.paragraphs.length);
}

/** A change of a document: paragraphs edited, inserted and deleted. */
const change = fc.array(
  fc.oneof(
    fc.record({op: fc.constant('edit' as const), at: fc.nat(), words: paragraphText}),
    fc.record({op: fc.constant('insert' as const), at: fc.nat(), words: paragraphText}),
    fc.record({op: fc.constant('delete' as const), at: fc.nat()}),
  ),
  {maxLength: 4},
);

function applyChange(texts: readonly string[], ops: readonly {op: string; at: number; words?: string}[]): string[] {
  const out = [...texts];
  for (const o of ops) {
    const at = o.at % (out.length + (o.op === 'insert' ? 1 : 0));
    if (o.op === 'insert') out.splice(at, 0, o.words!);
    else if (o.op === 'delete' && out.length > 1) out.splice(at, 1);
    else if (o.op === 'edit') out[at] = `${out[at]} ${o.words}`;
  }
  return out;
}

function fileOf(s: ReturnType<typeof stateOf>): SessionFile {
  const r = parseSessionFile(formatSessionState(s, META, new Date(0)), 'x');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('carry-over properties', () => {
  test('nothing is dropped silently: every correction and user bead is carried or reported, every resolution kept', () => {
    fc.assert(
      fc.property(scenario, change, change, ({pair, actions}, sourceOps, targetOps) => {
        let s = stateOf(pair);
        for (const a of actions) s = reduce(s, a);
        const file = fileOf(s);
        const source = documentFromParagraphs(applyChange(file.source.paragraphs, sourceOps), {path: 's', lang: 'es'});
        const target = documentFromParagraphs(applyChange(file.target.paragraphs, targetOps), {path: 't', lang: 'en'});
        const {state, report} = carryOver(file, source, target, inOrder);

        expect(beadsProblem(state.beads, source.paragraphs.length, target.paragraphs.length)).toBeNull();
        expect(state.cursor.bead).toBeLessThan(state.beads.length);
        expect(state.original).toBe(target);

        const lostCorrections = report.lost.filter(l => l.kind === 'correction-deleted' || l.kind === 'correction-conflict');
        expect(report.correctionsCarried + report.correctionsInFile + lostCorrections.length).toBe(file.corrections.length);
        const corrected = state.target.paragraphs.filter((p, i) => p.text !== target.paragraphs[i]!.text);
        expect(corrected).toHaveLength(report.correctionsCarried);

        const userBeads = file.alignment.filter(b => b.status !== 'automatic').length;
        const dropped = report.lost.filter(l => l.kind === 'bead-dropped').length;
        expect(report.beadsKept + dropped).toBe(userBeads);
        expect(state.beads.filter(b => b.status !== 'automatic')).toHaveLength(report.beadsKept);

        for (const [key, r] of Object.entries(file.resolutions)) expect(state.resolutions[key]).toEqual(r);
      }),
      {numRuns: 400},
    );
  });

  test('unchanged documents give back the saved state', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        let s = stateOf(pair);
        for (const a of actions) s = reduce(s, a);
        const file = fileOf(s);
        const {state, report} = carryOver(file, s.source, s.original, inOrder);
        expect(plainState(state)).toEqual(plainState(stateOfSessionFile(file, s.source, s.original)));
        expect(report.lost).toEqual([]);
        expect(report.source.changed || report.target.changed).toBe(false);
      }),
      {numRuns: 200},
    );
  });
});
