import {describe, expect, test} from 'vitest';
import {documentFromParagraphs} from '../src/core/document.js';
import {
  automaticSentenceLinks,
  historyOf,
  initialState,
  reduce,
  reduceHistory,
  sentenceLinksOf,
  USER_BEAD_CONFIDENCE,
  withFittingSentenceLinks,
  type SentenceLink,
  type SessionState,
} from '../src/core/session.js';

/** Two 1-1 beads: three sentences a side in the first, one in the second. */
function sample(): SessionState {
  const source = documentFromParagraphs(['Llegó el lunes a Lima. Habló con 12 ministros. Se fue el 3 de mayo.', 'Nada más.'], {path: 'es.txt', lang: 'es'});
  const target = documentFromParagraphs(['He arrived in Lima on Monday. He spoke to 12 ministers. He left on 3 May.', 'Nothing else.'], {path: 'en.txt', lang: 'en'});
  return initialState(source, target, [
    {source: [0], target: [0], confidence: 0.9},
    {source: [1], target: [1], confidence: 0.9},
  ]);
}

function shapes(links: readonly SentenceLink[]): string[] {
  return links.map(l => `${l.source.join(',')}|${l.target.join(',')}:${l.status}`);
}

describe('sentence links of a bead', () => {
  test("are the sentence aligner's until the user changes them", () => {
    const s = sample();
    expect(shapes(sentenceLinksOf(s, 0))).toEqual(['0|0:automatic', '1|1:automatic', '2|2:automatic']);
    expect(s.beads[0]!.sentences).toBeUndefined();
  });

  test('merge joins a link with the next; the result is stored on the bead as the user made it', () => {
    const s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 1});
    expect(shapes(s.beads[0]!.sentences!)).toEqual(['0|0:automatic', '1,2|1,2:edited']);
    expect(s.beads[0]!.sentences![1]!.confidence).toBe(USER_BEAD_CONFIDENCE);
    expect(sentenceLinksOf(s, 0)).toBe(s.beads[0]!.sentences);
    // The paragraph bead itself is untouched, and so is the other bead.
    expect(s.beads[0]!.status).toBe('automatic');
    expect(s.beads[1]!.sentences).toBeUndefined();
  });

  test('split makes one link per sentence pair, the rest one-sided', () => {
    let s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    s = reduce(s, {type: 'move-sentence', bead: 0, link: 0, side: 'target', edge: 'last'});
    expect(shapes(s.beads[0]!.sentences!)).toEqual(['0,1|0:edited', '2|1,2:edited']);
    const split = reduce(s, {type: 'split-sentences', bead: 0, link: 0});
    expect(shapes(split.beads[0]!.sentences!)).toEqual(['0|0:edited', '1|:edited', '2|1,2:edited']);
    const again = reduce(split, {type: 'split-sentences', bead: 0, link: 2});
    expect(shapes(again.beads[0]!.sentences!)).toEqual(['0|0:edited', '1|:edited', '2|1:edited', '|2:edited']);
  });

  test.each([
    ['first source sentence to the previous link', 'source', 'first', 1, ['0,1,2|0,1:edited', '|2:edited']],
    ['last source sentence to the next link', 'source', 'last', 0, ['0|0,1:edited', '1,2|2:edited']],
    ['first target sentence to the previous link', 'target', 'first', 1, ['0,1|0,1,2:edited', '2|:edited']],
    ['last target sentence to the next link', 'target', 'last', 0, ['0,1|0:edited', '2|1,2:edited']],
  ] as const)('move: the %s', (_name, side, edge, link, expected) => {
    // From two links (0-1 merged | 2), so that every move has somewhere to go.
    const start = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    const s = reduce(start, {type: 'move-sentence', bead: 0, link, side, edge});
    expect(shapes(s.beads[0]!.sentences!)).toEqual(expected);
  });

  test('a link emptied by a move disappears', () => {
    const s = reduce(sample(), {type: 'move-sentence', bead: 0, link: 1, side: 'source', edge: 'first'});
    expect(shapes(s.beads[0]!.sentences!)).toEqual(['0,1|0:edited', '|1:edited', '2|2:automatic']);
    const t = reduce(s, {type: 'move-sentence', bead: 0, link: 1, side: 'target', edge: 'first'});
    expect(shapes(t.beads[0]!.sentences!)).toEqual(['0,1|0,1:edited', '2|2:automatic']);
  });

  test.each([
    ['merging the last link', {type: 'merge-sentences', bead: 0, link: 2}],
    ['splitting a 1-1 link', {type: 'split-sentences', bead: 0, link: 0}],
    ['moving the first link towards the previous', {type: 'move-sentence', bead: 0, link: 0, side: 'source', edge: 'first'}],
    ['a bead out of range', {type: 'merge-sentences', bead: 5, link: 0}],
    ['a link out of range', {type: 'split-sentences', bead: 0, link: -1}],
    ['a bead of one sentence a side', {type: 'merge-sentences', bead: 1, link: 0}],
  ] as const)('%s changes nothing (the same state)', (_name, action) => {
    const s = sample();
    expect(reduce(s, action)).toBe(s);
  });

  test('undo brings the aligner\'s links back, redo the user\'s', () => {
    let h = historyOf(sample());
    h = reduceHistory(h, {type: 'merge-sentences', bead: 0, link: 0});
    const merged = h.present.beads[0]!.sentences;
    expect(merged).toHaveLength(2);
    h = reduceHistory(h, {type: 'undo'});
    expect(h.present.beads[0]!.sentences).toBeUndefined();
    expect(sentenceLinksOf(h.present, 0)).toHaveLength(3);
    h = reduceHistory(h, {type: 'redo'});
    expect(h.present.beads[0]!.sentences).toBe(merged);
  });
});

describe('stored sentence links never outlive their sentences', () => {
  const merged = (): SessionState => {
    let s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    s = reduce(s, {type: 'merge-sentences', bead: 1, link: 0});
    return s;
  };

  test('merging links where there is one link leaves nothing stored', () => {
    expect(merged().beads[1]!.sentences).toBeUndefined();
  });

  test('editing a target paragraph drops its bead\'s links, and only those', () => {
    let s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    s = reduce(s, {type: 'edit-target', paragraph: 1, text: 'Nothing more.'});
    expect(s.beads[0]!.sentences).toHaveLength(2);
    s = reduce(s, {type: 'edit-target', paragraph: 0, text: 'He arrived in Lima on Monday and spoke to 12 ministers. He left on 3 May.'});
    expect(s.beads[0]!.sentences).toBeUndefined();
    expect(shapes(sentenceLinksOf(s, 0))).toEqual(['0,1|0:automatic', '2|1:automatic']);
  });

  test('applying a suggestion to a paragraph drops its bead\'s links', () => {
    const s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    const fixed = reduce(s, {
      type: 'apply-suggestion',
      divergence: {
        key: 'k',
        category: 'name',
        severity: 'warning',
        code: 'c',
        params: {},
        confidence: 1,
        suggestion: 'Lima, Peru,',
        target: {paragraph: 0, start: 14, end: 18},
        source: null,
      },
    });
    expect(fixed.target.paragraphs[0]!.text).toContain('Lima, Peru,');
    expect(fixed.beads[0]!.sentences).toBeUndefined();
  });

  test('a change of the paragraph alignment drops the links of the beads it makes; confirming keeps them', () => {
    const s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    expect(reduce(s, {type: 'confirm', bead: 0}).beads[0]!.sentences).toBe(s.beads[0]!.sentences);
    const m = reduce(s, {type: 'merge-next', bead: 0});
    expect(m.beads[0]!.sentences).toBeUndefined();
    expect(sentenceLinksOf(m, 0).flatMap(l => l.source)).toEqual([0, 1, 2, 3]);
    const split = reduce(m, {type: 'split', bead: 0});
    expect(split.beads[0]!.sentences).toBeUndefined();
  });

  test('links that do not fit the sentences the paragraphs hold are dropped when a state is rebuilt', () => {
    const s = reduce(sample(), {type: 'merge-sentences', bead: 0, link: 0});
    expect(withFittingSentenceLinks(s)).toBe(s);
    const wrong: SessionState = {...s, beads: s.beads.map((b, i) => (i === 0 ? {...b, sentences: [{source: [0], target: [0], confidence: 1, status: 'edited'}]} : b))};
    const fixed = withFittingSentenceLinks(wrong);
    expect(fixed.beads[0]!.sentences).toBeUndefined();
    expect(fixed.beads[1]).toBe(wrong.beads[1]);
  });

  test("the aligner's links are computed once per bead content", () => {
    const s = sample();
    expect(automaticSentenceLinks(s, 0)).toBe(automaticSentenceLinks(reduce(s, {type: 'confirm', bead: 1}), 0));
  });
});
