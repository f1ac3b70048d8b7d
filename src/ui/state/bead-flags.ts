/**
 * What the gutter says about a pair, as predicates over the working state: doubtful
 * (the aligner's bead with a low score), corrected (its translation was edited). The
 * keys that look for such pairs and the gutter use the same ones.
 */
import type {SessionBead, SessionState} from '../../core/session.js';

/**
 * Below this confidence an automatic bead is marked as doubtful in the gutter and
 * found by the keys for doubtful pairs: the aligner scores a bead that low when its
 * lengths and anchors give little evidence for it.
 */
export const LOW_CONFIDENCE = 0.6;

/** Whether a bead is the aligner's and doubtful. */
export function isDoubtful(bead: SessionBead): boolean {
  return bead.status === 'automatic' && bead.confidence < LOW_CONFIDENCE;
}

/** Whether a bead's translation differs from the text as loaded. */
export function isCorrected(state: SessionState, bead: SessionBead): boolean {
  return bead.target.some(i => state.target.paragraphs[i]?.text !== state.original.paragraphs[i]?.text);
}

