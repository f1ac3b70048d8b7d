/**
 * Random documents, alignments and action sequences for property tests of the
 * reducer and the session file (and of anything that replays actions, such as the
 * terminal UI's tests).
 */
import fc from 'fast-check';
import {documentFromParagraphs} from '../../src/core/document.js';
import {initialState, type Action, type SessionState} from '../../src/core/session.js';
import type {Alignment, Bead, Divergence, Document} from '../../src/core/types.js';

/** Words with accents, apostrophes and a character outside the BMP, so offsets and NFC matter. */
const WORDS = ['casa', 'años', 'día', 'l’été', 'naïve', 'co-op', '2024', '3,5', 'ñandú', '😀', 'Ünïcode', 'the', 'of', '¿qué?', '«sí»'];

/** A paragraph of a few words. */
export const paragraphText = fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 8}).map(w => w.join(' '));

/** Any text a user could type into a paragraph, including white space, NFD and quotes. */
export const typedText = fc.oneof(
  paragraphText,
  fc.string({maxLength: 30}),
  paragraphText.map(t => ` ${t.normalize('NFD')}\n`),
);

/** A pair of documents with an alignment that covers both. */
export interface Pair {
  /** The source document. */
  readonly source: Document;
  /** The target document. */
  readonly target: Document;
  /** A valid alignment of the two. */
  readonly alignment: Alignment;
}

/** A valid alignment of `s` and `t` paragraphs built from a list of bead sizes. */
export function alignmentFromSizes(sizes: readonly (readonly [number, number])[], s: number, t: number): Bead[] {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [a, b] of sizes) {
    const take = [Math.min(a, s - i), Math.min(b, t - j)] as const;
    if (take[0] === 0 && take[1] === 0) continue;
    beads.push({
      source: Array.from({length: take[0]}, (_, k) => i + k),
      target: Array.from({length: take[1]}, (_, k) => j + k),
      confidence: 0.5,
    });
    i += take[0];
    j += take[1];
  }
  while (i < s || j < t) {
    beads.push({source: i < s ? [i++] : [], target: j < t ? [j++] : [], confidence: 0.4});
  }
  return beads;
}

/** A random pair of small documents and an alignment of them. */
export const pair: fc.Arbitrary<Pair> = fc
  .record({
    source: fc.array(paragraphText, {minLength: 1, maxLength: 7}),
    target: fc.array(paragraphText, {minLength: 1, maxLength: 7}),
    sizes: fc.array(fc.tuple(fc.integer({min: 0, max: 2}), fc.integer({min: 0, max: 2})), {maxLength: 8}),
  })
  .map(({source, target, sizes}) => ({
    source: documentFromParagraphs(source, {path: 'source.es.txt', lang: 'es'}),
    target: documentFromParagraphs(target, {path: 'target.en.txt', lang: 'en'}),
    alignment: alignmentFromSizes(sizes, source.length, target.length),
  }));

/** A divergence on some target paragraph with a suggestion (its span may be out of range). */
const divergence: fc.Arbitrary<Divergence> = fc
  .record({
    key: fc.constantFrom('k1', 'k2', 'k3', 'name:a|b#0'),
    paragraph: fc.integer({min: 0, max: 7}),
    start: fc.integer({min: 0, max: 12}),
    length: fc.integer({min: 0, max: 6}),
    suggestion: paragraphText,
  })
  .map(d => ({
    key: d.key,
    category: 'name' as const,
    confidence: 1,
    severity: 'warning' as const,
    code: 'name-mismatch',
    params: {},
    suggestion: d.suggestion,
    target: {paragraph: d.paragraph, start: d.start, end: d.start + d.length},
    source: null,
  }));

/**
 * Any action, with indexes that are sometimes out of range so that the invalid cases
 * are exercised too.
 */
export const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({type: fc.constant('edit-target' as const), paragraph: fc.integer({min: -1, max: 7}), text: typedText}),
  fc.record({type: fc.constant('apply-suggestion' as const), divergence}),
  fc.oneof(
    fc.record({type: fc.constant('dismiss' as const), key: fc.constantFrom('k1', 'k2', 'k3', 'name:a|b#0')}),
    fc.record({
      type: fc.constant('dismiss' as const),
      key: fc.constantFrom('k1', 'k2', 'k3'),
      reason: fc.constantFrom('house style', 'proper name', '«ok»'),
    }),
  ),
  fc.record({type: fc.constant('reopen' as const), key: fc.constantFrom('k1', 'k2', 'k3')}),
  fc.record({type: fc.constant('merge-next' as const), bead: fc.integer({min: -1, max: 9})}),
  fc.record({type: fc.constant('split' as const), bead: fc.integer({min: -1, max: 9})}),
  fc.record({
    type: fc.constant('move-paragraph' as const),
    bead: fc.integer({min: -1, max: 9}),
    side: fc.constantFrom('source' as const, 'target' as const),
    edge: fc.constantFrom('first' as const, 'last' as const),
  }),
  fc.record({
    type: fc.constant('unlink' as const),
    bead: fc.integer({min: 0, max: 9}),
    side: fc.constantFrom('source' as const, 'target' as const),
    paragraph: fc.integer({min: 0, max: 7}),
  }),
  fc.record({type: fc.constant('confirm' as const), bead: fc.integer({min: -1, max: 9})}),
  // Sentence actions aim at the first beads and links, where they mostly apply.
  fc.record({type: fc.constant('merge-sentences' as const), bead: fc.integer({min: -1, max: 4}), link: fc.integer({min: -1, max: 2})}),
  fc.record({type: fc.constant('split-sentences' as const), bead: fc.integer({min: -1, max: 4}), link: fc.integer({min: -1, max: 2})}),
  fc.record({
    type: fc.constant('move-sentence' as const),
    bead: fc.integer({min: -1, max: 4}),
    link: fc.integer({min: -1, max: 2}),
    side: fc.constantFrom('source' as const, 'target' as const),
    edge: fc.constantFrom('first' as const, 'last' as const),
  }),
  fc.record({
    type: fc.constant('move-cursor' as const),
    bead: fc.integer({min: -1, max: 9}),
    divergence: fc.constantFrom(null, 'k1', 'k2'),
  }),
);

/** A pair and a sequence of actions on it. */
export const scenario = fc.record({pair, actions: fc.array(action, {maxLength: 40})});

/** The initial state of a pair. */
export function stateOf(p: Pair): SessionState {
  return initialState(p.source, p.target, p.alignment);
}

/** A state as plain data, for comparing two states made apart (paragraphs compute tokens lazily). */
export function plainState(state: SessionState): unknown {
  return {
    source: state.source.paragraphs.map(p => p.text),
    original: state.original.paragraphs.map(p => p.text),
    target: state.target.paragraphs.map(p => p.text),
    langs: [state.source.lang, state.target.lang],
    beads: state.beads.map(b => ({
      source: [...b.source],
      target: [...b.target],
      confidence: b.confidence,
      status: b.status,
      sentences: b.sentences?.map(l => ({source: [...l.source], target: [...l.target], confidence: l.confidence, status: l.status})),
    })),
    resolutions: state.resolutions,
    cursor: state.cursor,
  };
}
