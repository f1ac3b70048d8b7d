/**
 * How far a divergence can be trusted. Each message code starts from the precision
 * its kind of evidence has shown on annotated translations (a figure that disagrees
 * is nearly always wrong; a single word that renders none of a source word's known
 * senses is often a free rendering); a check may state its own value where what it
 * saw says more. Under the hint threshold a divergence is a hint: the reviewer shows
 * it dimmed and no total, export status or exit code counts it.
 */
import type {Divergence} from '../types.js';
import type {DivergenceDraft} from './context.js';

/** Below this confidence a divergence is a hint, unless the user sets another threshold. */
export const HINT_BELOW = 0.5;

/** The confidence of each code when its check states none. */
const BY_CODE: Readonly<Record<string, number>> = {
  'glued-words': 0.95,
  'number-mismatch': 0.9,
  'number-missing': 0.8,
  'number-format': 0.85,
  'date-mismatch': 0.85,
  'time-mismatch': 0.85,
  'paragraph-omitted': 0.95,
  'paragraph-added': 0.9,
  omitted: 0.75,
  added: 0.65,
  untranslated: 0.85,
  'name-missing': 0.7,
  'name-changed': 0.7,
  'name-translated': 0.75,
  'false-friend': 0.85,
  'idiom-calque': 0.85,
  'article-as-pronoun': 0.85,
  'tense-future-lost': 0.7,
  'tense-past-lost': 0.7,
  'tense-conditional-lost': 0.6,
  'tense-past-as-future': 0.7,
  'for-bare-verb': 0.85,
  'bare-verb-opening': 0.8,
  'verb-form': 0.8,
  'wrong-sense': 0.4,
  'sense-in-context': 0.8,
};

/** A code no table lists: trusted as much as an average warning. */
const DEFAULT = 0.6;

/** The confidence of a draft: its own, or its code's, kept within 0..1. */
export function confidenceOf(d: DivergenceDraft): number {
  const c = d.confidence ?? BY_CODE[d.code] ?? DEFAULT;
  return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;
}

/** Whether a divergence is a hint under a threshold. */
export function isHint(d: Pick<Divergence, 'confidence'>, threshold: number = HINT_BELOW): boolean {
  return d.confidence < threshold;
}
