import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {createCheckContext} from '../src/core/checks/context.js';
import {compareBead} from '../src/core/compare.js';
import {documentFromParagraphs, documentFromText} from '../src/core/document.js';
import {
  alignmentOf,
  beadDivergences,
  beadsProblem,
  correctedParagraphs,
  historyOf,
  initialState,
  reduce,
  reduceHistory,
  resolutionOf,
  USER_BEAD_CONFIDENCE,
  type Action,
  type SessionState,
} from '../src/core/session.js';
import type {Alignment, Divergence, Document} from '../src/core/types.js';

function doc(texts: string[], lang: string): Document {
  return documentFromParagraphs(texts, {path: `${lang}.txt`, lang});
}

/** Five source and five target paragraphs, aligned 1-1 except a 2-1 bead and a 0-1 bead. */
function sample(): SessionState {
  const source = doc(['Uno.', 'Dos.', 'Tres.', 'Cuatro.', 'Cinco.'], 'es');
  const target = doc(['One.', 'Two. Three.', 'Four.', 'Extra.', 'Five.'], 'en');
  const alignment: Alignment = [
    {source: [0], target: [0], confidence: 0.9},
    {source: [1, 2], target: [1], confidence: 0.6},
    {source: [3], target: [2], confidence: 0.8},
    {source: [], target: [3], confidence: 0.3},
    {source: [4], target: [4], confidence: 0.95},
  ];
  return initialState(source, target, alignment);
}

function shape(state: SessionState): string[] {
  return state.beads.map(b => `${b.source.join(',')}|${b.target.join(',')}|${b.status}`);
}

function divergence(over: Partial<Divergence> = {}): Divergence {
  return {
    key: 'glued:Two.Three',
    category: 'glued',
    severity: 'error',
    code: 'glued',
    params: {},
    suggestion: 'Two and three.',
    target: {paragraph: 1, start: 0, end: 11},
    source: {paragraph: 1, start: 0, end: 4},
    confidence: 1,
    ...over,
  };
}

describe('initialState', () => {
  test('keeps the aligner beads as automatic, nothing corrected or resolved', () => {
    const s = sample();
    expect(shape(s)).toEqual(['0|0|automatic', '1,2|1|automatic', '3|2|automatic', '|3|automatic', '4|4|automatic']);
    expect(s.target).toBe(s.original);
    expect(s.resolutions).toEqual({});
    expect(s.cursor).toEqual({bead: 0, divergence: null});
    expect(beadsProblem(s.beads, 5, 5)).toBeNull();
  });
});

describe('edit-target', () => {
  test('replaces the corrected text, keeps the original, NFC and trimmed', () => {
    const s = reduce(sample(), {type: 'edit-target', paragraph: 1, text: '  Two. Caf\u0065\u0301.  '});
    expect(s.target.paragraphs[1]!.text).toBe('Two. Caf\u00e9.');
    expect(s.original.paragraphs[1]!.text).toBe('Two. Three.');
    expect(s.target.paragraphs[1]!.tokens.map(t => t.text)).toEqual(['Two', '.', 'Caf\u00e9', '.']);
    expect(correctedParagraphs(s)).toEqual([1]);
  });

  test('editing back to the original leaves no correction', () => {
    const a = reduce(sample(), {type: 'edit-target', paragraph: 2, text: 'Four!'});
    const b = reduce(a, {type: 'edit-target', paragraph: 2, text: 'Four.'});
    expect(correctedParagraphs(b)).toEqual([]);
  });

  test.each([-1, 5, 1.5, Number.NaN])('paragraph %s is out of range: same state', paragraph => {
    const s = sample();
    expect(reduce(s, {type: 'edit-target', paragraph, text: 'x'})).toBe(s);
  });

  test('the same text again is no change', () => {
    const s = sample();
    expect(reduce(s, {type: 'edit-target', paragraph: 0, text: ' One. '})).toBe(s);
  });
});

describe('apply-suggestion', () => {
  test('replaces the span by the suggestion and marks the divergence fixed', () => {
    const d = divergence({target: {paragraph: 1, start: 5, end: 11}, suggestion: 'Also three.'});
    const s = reduce(sample(), {type: 'apply-suggestion', divergence: d});
    expect(s.target.paragraphs[1]!.text).toBe('Two. Also three.');
    expect(resolutionOf(s, d.key)).toEqual({state: 'fixed'});
    expect(s.original.paragraphs[1]!.text).toBe('Two. Three.');
  });

  test.each([
    ['no suggestion', divergence({suggestion: undefined})],
    ['an omission (no target span)', divergence({target: null})],
    ['a span past the end', divergence({target: {paragraph: 1, start: 3, end: 40}})],
    ['a reversed span', divergence({target: {paragraph: 1, start: 6, end: 3}})],
    ['a paragraph out of range', divergence({target: {paragraph: 9, start: 0, end: 1}})],
  ])('%s: same state', (_name, d) => {
    const s = sample();
    expect(reduce(s, {type: 'apply-suggestion', divergence: d})).toBe(s);
  });
});

describe('dismiss and reopen', () => {
  test('dismiss records the reason, reopen removes the resolution', () => {
    const a = reduce(sample(), {type: 'dismiss', key: 'k1', reason: ' house style '});
    expect(resolutionOf(a, 'k1')).toEqual({state: 'dismissed', reason: 'house style'});
    const b = reduce(a, {type: 'dismiss', key: 'k2'});
    expect(b.resolutions['k2']).toEqual({state: 'dismissed'});
    expect('reason' in b.resolutions['k2']!).toBe(false);
    const c = reduce(b, {type: 'reopen', key: 'k1'});
    expect(resolutionOf(c, 'k1')).toEqual({state: 'open'});
    expect(Object.keys(c.resolutions)).toEqual(['k2']);
  });

  test('dismissing again with the same reason and reopening an open key change nothing', () => {
    const a = reduce(sample(), {type: 'dismiss', key: 'k1', reason: 'ok'});
    expect(reduce(a, {type: 'dismiss', key: 'k1', reason: 'ok'})).toBe(a);
    expect(reduce(a, {type: 'reopen', key: 'other'})).toBe(a);
  });
});

describe('alignment edits', () => {
  test('merge-next joins two beads into an edited one', () => {
    const s = reduce(sample(), {type: 'merge-next', bead: 2});
    expect(shape(s)).toEqual(['0|0|automatic', '1,2|1|automatic', '3|2,3|edited', '4|4|automatic']);
    expect(s.beads[2]!.confidence).toBe(USER_BEAD_CONFIDENCE);
  });

  test('merge of the last bead is invalid', () => {
    const s = sample();
    expect(reduce(s, {type: 'merge-next', bead: 4})).toBe(s);
    expect(reduce(s, {type: 'merge-next', bead: -1})).toBe(s);
  });

  test('split makes 1-1 beads then 1-0 for the rest', () => {
    const s = reduce(sample(), {type: 'split', bead: 1});
    expect(shape(s)).toEqual(['0|0|automatic', '1|1|edited', '2||edited', '3|2|automatic', '|3|automatic', '4|4|automatic']);
  });

  test('split of a merged 2-3 bead', () => {
    const merged = reduce(reduce(sample(), {type: 'merge-next', bead: 1}), {type: 'merge-next', bead: 1});
    expect(shape(merged)[1]).toBe('1,2,3|1,2,3|edited');
    const s = reduce(merged, {type: 'split', bead: 1});
    expect(shape(s)).toEqual(['0|0|automatic', '1|1|edited', '2|2|edited', '3|3|edited', '4|4|automatic']);
  });

  test('split of a 1-1 or 0-1 bead is invalid', () => {
    const s = sample();
    expect(reduce(s, {type: 'split', bead: 0})).toBe(s);
    expect(reduce(s, {type: 'split', bead: 3})).toBe(s);
  });

  test('move-paragraph first goes to the previous bead, last to the next', () => {
    const first = reduce(sample(), {type: 'move-paragraph', bead: 1, side: 'source', edge: 'first'});
    expect(shape(first)).toEqual(['0,1|0|edited', '2|1|edited', '3|2|automatic', '|3|automatic', '4|4|automatic']);
    const last = reduce(sample(), {type: 'move-paragraph', bead: 1, side: 'source', edge: 'last'});
    expect(shape(last)).toEqual(['0|0|automatic', '1|1|edited', '2,3|2|edited', '|3|automatic', '4|4|automatic']);
  });

  test('a bead emptied by a move disappears', () => {
    const s = reduce(sample(), {type: 'move-paragraph', bead: 3, side: 'target', edge: 'first'});
    expect(shape(s)).toEqual(['0|0|automatic', '1,2|1|automatic', '3|2,3|edited', '4|4|automatic']);
  });

  test('moves off the ends or from an empty side are invalid', () => {
    const s = sample();
    expect(reduce(s, {type: 'move-paragraph', bead: 0, side: 'source', edge: 'first'})).toBe(s);
    expect(reduce(s, {type: 'move-paragraph', bead: 4, side: 'target', edge: 'last'})).toBe(s);
    expect(reduce(s, {type: 'move-paragraph', bead: 3, side: 'source', edge: 'last'})).toBe(s);
  });

  test('unlink gives the paragraph a bead of its own, before or after what stays linked', () => {
    const firstSide = reduce(sample(), {type: 'unlink', bead: 1, side: 'source', paragraph: 1});
    expect(shape(firstSide)).toEqual(['0|0|automatic', '1||edited', '2|1|edited', '3|2|automatic', '|3|automatic', '4|4|automatic']);
    const lastSide = reduce(sample(), {type: 'unlink', bead: 1, side: 'source', paragraph: 2});
    expect(shape(lastSide)).toEqual(['0|0|automatic', '1|1|edited', '2||edited', '3|2|automatic', '|3|automatic', '4|4|automatic']);
    const oneToOne = reduce(sample(), {type: 'unlink', bead: 0, side: 'target', paragraph: 0});
    expect(shape(oneToOne).slice(0, 2)).toEqual(['|0|edited', '0||edited']);
  });

  test('unlink from the middle of a bead keeps the order valid', () => {
    const merged = reduce(reduce(sample(), {type: 'merge-next', bead: 1}), {type: 'merge-next', bead: 1});
    const s = reduce(merged, {type: 'unlink', bead: 1, side: 'target', paragraph: 2});
    expect(shape(s).slice(1, 4)).toEqual(['1,2,3|1|edited', '|2|edited', '|3|edited']);
    expect(beadsProblem(s.beads, 5, 5)).toBeNull();
  });

  test('unlink of a paragraph that is not in the bead, or already alone, is invalid', () => {
    const s = sample();
    expect(reduce(s, {type: 'unlink', bead: 0, side: 'source', paragraph: 1})).toBe(s);
    expect(reduce(s, {type: 'unlink', bead: 3, side: 'target', paragraph: 3})).toBe(s);
  });

  test('confirm marks the bead confirmed once', () => {
    const s = reduce(sample(), {type: 'confirm', bead: 2});
    expect(shape(s)[2]).toBe('3|2|confirmed');
    expect(reduce(s, {type: 'confirm', bead: 2})).toBe(s);
    expect(alignmentOf(s)[2]).toEqual({source: [3], target: [2], confidence: 0.8});
  });
});

describe('cursor', () => {
  test('move-cursor sets bead and divergence; out of range is invalid', () => {
    const s = reduce(sample(), {type: 'move-cursor', bead: 3, divergence: 'k'});
    expect(s.cursor).toEqual({bead: 3, divergence: 'k'});
    expect(reduce(s, {type: 'move-cursor', bead: 2}).cursor).toEqual({bead: 2, divergence: null});
    expect(reduce(s, {type: 'move-cursor', bead: 5})).toBe(s);
  });

  test('the cursor stays on its bead when beads before it merge or split', () => {
    const at = reduce(sample(), {type: 'move-cursor', bead: 4, divergence: 'k'});
    const merged = reduce(at, {type: 'merge-next', bead: 0});
    expect(merged.cursor).toEqual({bead: 3, divergence: 'k'});
    const split = reduce(at, {type: 'split', bead: 1});
    expect(split.cursor).toEqual({bead: 5, divergence: 'k'});
  });

  test('a cursor on a bead that is merged away lands on the merged bead', () => {
    const at = reduce(sample(), {type: 'move-cursor', bead: 4});
    expect(reduce(at, {type: 'merge-next', bead: 3}).cursor.bead).toBe(3);
  });
});

describe('history', () => {
  const edit: Action = {type: 'edit-target', paragraph: 0, text: 'Uno.'};

  test('undo and redo walk the states', () => {
    const h0 = historyOf(sample());
    const h1 = reduceHistory(h0, edit);
    const h2 = reduceHistory(h1, {type: 'merge-next', bead: 0});
    const u1 = reduceHistory(h2, {type: 'undo'});
    expect(u1.present).toBe(h1.present);
    const u0 = reduceHistory(u1, {type: 'undo'});
    expect(u0.present).toBe(h0.present);
    expect(reduceHistory(u0, {type: 'undo'})).toBe(u0);
    const r1 = reduceHistory(u0, {type: 'redo'});
    expect(r1.present).toBe(h1.present);
    const r2 = reduceHistory(r1, {type: 'redo'});
    expect(r2.present).toBe(h2.present);
    expect(reduceHistory(r2, {type: 'redo'})).toBe(r2);
  });

  test('cursor moves are not undo steps and keep the redo list', () => {
    const h1 = reduceHistory(historyOf(sample()), edit);
    const undone = reduceHistory(h1, {type: 'undo'});
    const moved = reduceHistory(undone, {type: 'move-cursor', bead: 3});
    expect(moved.past).toHaveLength(0);
    expect(moved.future).toHaveLength(1);
    expect(moved.present.cursor.bead).toBe(3);
  });

  test('a new action drops the redo list; an invalid one changes nothing', () => {
    const h1 = reduceHistory(historyOf(sample()), edit);
    const undone = reduceHistory(h1, {type: 'undo'});
    expect(reduceHistory(undone, {type: 'merge-next', bead: 99})).toBe(undone);
    const other = reduceHistory(undone, {type: 'confirm', bead: 0});
    expect(other.future).toHaveLength(0);
    expect(other.past).toHaveLength(1);
  });
});

describe('beadsProblem', () => {
  test.each([
    [[{source: [0], target: [0], confidence: 1}, {source: [], target: [], confidence: 1}], 'empty-bead'],
    [[{source: [1], target: [0], confidence: 1}], 'not-consecutive'],
    [[{source: [0, 0], target: [0], confidence: 1}], 'out-of-order'],
    [[{source: [0, 1, 2], target: [0], confidence: 1}], 'out-of-range'],
    [[{source: [0], target: [0], confidence: 1}], 'uncovered'],
  ])('%j is %s', (beads, code) => {
    expect(beadsProblem(beads, 2, 1)?.code).toBe(code);
  });
});

describe('on the sample article', () => {
  test('every edit of a real 1-1 alignment keeps a valid alignment', () => {
    const read = (p: string, lang: string): Document => {
      const r = documentFromText(fs.readFileSync(p, 'utf8'), {path: p, lang});
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    };
    const source = read('fixtures/article.es.txt', 'es');
    const target = read('fixtures/article.en.txt', 'en');
    const n = Math.min(source.paragraphs.length, target.paragraphs.length);
    const alignment: Alignment = [
      ...Array.from({length: n}, (_, i) => ({source: [i], target: [i], confidence: 0.5})),
      ...source.paragraphs.slice(n).map(p => ({source: [p.index], target: [], confidence: 0.5})),
      ...target.paragraphs.slice(n).map(p => ({source: [], target: [p.index], confidence: 0.5})),
    ];
    let s = initialState(source, target, alignment);
    const actions: Action[] = [
      {type: 'merge-next', bead: 3},
      {type: 'move-paragraph', bead: 3, side: 'target', edge: 'last'},
      {type: 'unlink', bead: 4, side: 'source', paragraph: 5},
      {type: 'split', bead: 3},
      {type: 'edit-target', paragraph: 2, text: target.paragraphs[2]!.text.replace(/\s+/, '  ')},
    ];
    for (const a of actions) {
      const next = reduce(s, a);
      expect(next, JSON.stringify(a)).not.toBe(s);
      expect(beadsProblem(next.beads, source.paragraphs.length, target.paragraphs.length)).toBeNull();
      s = next;
    }
  });
});

describe('beadDivergences', () => {
  const source = doc(['El precio subió un 15 % en 2023, según el Banco Central.', 'Nada más.'], 'es');
  const target = doc(['The price rose by 51% in 2032, according to the Central Bank.', 'Nothing else.'], 'en');
  const alignment: Alignment = [
    {source: [0], target: [0], confidence: 0.9},
    {source: [1], target: [1], confidence: 0.9},
  ];

  test('are the checks of the bead on the corrected target, computed once per content', () => {
    const ctx = createCheckContext('es', 'en');
    const s = initialState(source, target, alignment);
    const found = beadDivergences(s, 0, ctx);
    expect(found).toEqual(compareBead(s.source, s.target, {source: [0], target: [0], confidence: 0.9}, ctx));
    // Another state with the same texts in the bead gets the same (memoised) list.
    const other = reduce(s, {type: 'edit-target', paragraph: 1, text: 'Nothing more.'});
    expect(beadDivergences(other, 0, ctx)).toBe(found);
    // A correction of the bead's text is checked anew.
    const fixed = reduce(s, {type: 'edit-target', paragraph: 0, text: 'The price rose by 15% in 2023, according to the Central Bank.'});
    const after = beadDivergences(fixed, 0, ctx);
    expect(after).not.toBe(found);
    expect(after).toEqual(compareBead(fixed.source, fixed.target, {source: [0], target: [0], confidence: 0.9}, ctx));
  });

  test('an index out of range has none', () => {
    const s = initialState(source, target, alignment);
    expect(beadDivergences(s, 2, createCheckContext('es', 'en'))).toEqual([]);
  });
});
