/**
 * The divergences of the working state, bead by bead, found only when asked for:
 * the view asks for the current bead's, the document-wide count walks every bead in
 * small slices between key presses. A bead's result is kept while the bead and its
 * paragraphs are the very same objects, which the reducer guarantees for every bead an
 * action did not touch, so after an edit only the edited bead is checked again.
 */
import {reduce, type SessionBead, type SessionState} from '../../core/session.js';
import type {Divergence, Document, Paragraph} from '../../core/types.js';

/** Checks one bead of a state (beadDivergences with its check context bound). */
export type CheckBead = (state: SessionState, bead: number) => Divergence[];

interface Entry {
  readonly source: readonly Paragraph[];
  readonly target: readonly Paragraph[];
  readonly divergences: readonly Divergence[];
}

/** Open divergences of the document, or how far counting them has got. */
export interface DocumentCount {
  /** Beads counted so far. */
  readonly done: number;
  /** Beads in the document. */
  readonly total: number;
  /** Open divergences in the beads counted so far. */
  readonly open: number;
}

function paragraphsOf(paragraphs: readonly Paragraph[], indexes: readonly number[]): Paragraph[] {
  return indexes.map(i => paragraphs[i]!);
}

function sameObjects(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Whether a divergence is still open in a state. */
export function isOpen(state: SessionState, key: string): boolean {
  const r = state.resolutions[key];
  return r === undefined || r.state === 'open';
}

/** Per-bead divergences of successive working states, and their document-wide count. */
export class DivergenceIndex {
  private readonly entries = new WeakMap<SessionBead, Entry>();
  private counting: {state: SessionState; next: number; open: number} | null = null;
  private lastCount: DocumentCount | null = null;
  // By target text, then by resolutions: a dismissal changes what counts as open.
  private readonly helps = new WeakMap<Document, WeakMap<object, Map<string, boolean>>>();

  /** An index over `check`, usually beadDivergences with the workspace's context. */
  constructor(private readonly check: CheckBead) {}

  /** The divergences of bead `index` of `state`. */
  of(state: SessionState, index: number): readonly Divergence[] {
    const bead = state.beads[index];
    if (bead === undefined) return [];
    const source = paragraphsOf(state.source.paragraphs, bead.source);
    const target = paragraphsOf(state.target.paragraphs, bead.target);
    const hit = this.entries.get(bead);
    if (hit && sameObjects(hit.source, source) && sameObjects(hit.target, target)) return hit.divergences;
    const divergences = this.check(state, index);
    this.entries.set(bead, {source, target, divergences});
    return divergences;
  }

  /** The divergences of bead `index` of `state` if they were found already; undefined when not yet. */
  peek(state: SessionState, index: number): readonly Divergence[] | undefined {
    const bead = state.beads[index];
    if (bead === undefined) return undefined;
    const hit = this.entries.get(bead);
    if (!hit) return undefined;
    const same = sameObjects(hit.source, paragraphsOf(state.source.paragraphs, bead.source)) && sameObjects(hit.target, paragraphsOf(state.target.paragraphs, bead.target));
    return same ? hit.divergences : undefined;
  }

  /**
   * Whether applying `d`'s suggestion leaves bead `index` with fewer open divergences:
   * a suggestion that would add more than it fixes is not offered. Worked out once per
   * divergence and target text.
   */
  suggestionHelps(state: SessionState, index: number, d: Divergence): boolean {
    if (d.suggestion === undefined || d.target === null) return false;
    let byResolutions = this.helps.get(state.target);
    if (!byResolutions) {
      byResolutions = new WeakMap();
      this.helps.set(state.target, byResolutions);
    }
    let known = byResolutions.get(state.resolutions);
    if (!known) {
      known = new Map();
      byResolutions.set(state.resolutions, known);
    }
    const hit = known.get(d.key);
    if (hit !== undefined) return hit;
    const before = this.openOf(state, index).length;
    const after = reduce(state, {type: 'apply-suggestion', divergence: d});
    const left = after === state ? before : this.check(after, index).filter(x => isOpen(after, x.key)).length;
    const helps = left < before;
    known.set(d.key, helps);
    return helps;
  }

  /** The open divergences of one bead. */
  openOf(state: SessionState, index: number): Divergence[] {
    return this.of(state, index).filter(d => isOpen(state, d.key));
  }

  /**
   * Counts for up to `budgetMs` milliseconds, then returns how far it got; a new
   * state (other texts, beads or resolutions) starts the count again, cheaply for the
   * beads already checked.
   */
  countStep(state: SessionState, budgetMs: number): DocumentCount {
    const c = this.counting;
    const fresh =
      c === null ||
      c.state.beads !== state.beads ||
      c.state.target !== state.target ||
      c.state.source !== state.source ||
      c.state.resolutions !== state.resolutions;
    if (fresh) {
      // The last finished count stays on screen while the new one runs.
      this.counting = {state, next: 0, open: 0};
    }
    const run = this.counting!;
    const total = state.beads.length;
    const until = performance.now() + budgetMs;
    while (run.next < total) {
      run.open += this.openOf(state, run.next).length;
      run.next++;
      // Checking one bead can take milliseconds, so the clock is read after each.
      if (performance.now() > until) break;
    }
    if (run.next >= total) this.lastCount = {done: total, total, open: run.open};
    return run.next >= total ? this.lastCount! : {done: run.next, total, open: run.open};
  }

  /** The last complete count, while a newer one may still be running. */
  lastComplete(): DocumentCount | null {
    return this.lastCount;
  }

  /**
   * The nearest bead after (or before, with `step` -1) `from` that has an open
   * divergence, going round the end of the document; the bead itself comes last.
   */
  findOpenBead(state: SessionState, from: number, step: 1 | -1): {bead: number; wrapped: boolean} | null {
    const total = state.beads.length;
    for (let k = 1; k <= total; k++) {
      const raw = from + k * step;
      const bead = ((raw % total) + total) % total;
      if (this.openOf(state, bead).length > 0) return {bead, wrapped: raw < 0 || raw >= total};
    }
    return null;
  }
}
