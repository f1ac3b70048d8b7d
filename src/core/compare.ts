/**
 * Runs the divergence checks over an alignment. Each check looks at one bead; this
 * module merges what they find (one divergence per phrase: where two checks flag
 * overlapping target text, the more specific category stays), sorts it in reading
 * order and gives each divergence a stable key, under which the session stores its
 * resolution.
 */
import {CHECKS} from './checks/index.js';
import {confidenceOf} from './checks/confidence.js';
import type {CheckContext, CheckInput, DivergenceDraft} from './checks/context.js';
import type {Alignment, Bead, Category, Divergence, Document, Location} from './types.js';

/**
 * Which category stays when two checks flag the same target text: the one that
 * says more precisely what is wrong (a glued token is glued whatever else is wrong
 * in it; a name turned into a common word is a name problem before a sense problem).
 */
const PRIORITY: readonly Category[] = ['glued', 'number', 'name', 'untranslated', 'mistranslation', 'terminology', 'addition', 'omission', 'punctuation', 'spelling'];

/** Codes of divergences that cover a whole paragraph with no counterpart. */
const WHOLE_PARAGRAPH = new Set(['paragraph-omitted', 'paragraph-added']);

function rank(d: DivergenceDraft): number {
  // A figure missing from the target is part of an omitted span when one covers it.
  if (!d.target && d.category !== 'omission') return PRIORITY.length + 1;
  const i = PRIORITY.indexOf(d.category);
  return i < 0 ? PRIORITY.length : i;
}

function overlaps(a: Location | null, b: Location | null): boolean {
  if (!a || !b || a.paragraph !== b.paragraph) return false;
  return a.start < b.end && b.start < a.end;
}

/** Drafts with overlapping target spans (or, for omissions, source spans) reduced to one each. */
export function resolveOverlaps(drafts: readonly DivergenceDraft[]): DivergenceDraft[] {
  const ordered = [...drafts].sort((a, b) => rank(a) - rank(b));
  const kept: DivergenceDraft[] = [];
  for (const d of ordered) {
    // A whole paragraph without counterpart and a phrase inside it say different things: keep both.
    if (WHOLE_PARAGRAPH.has(d.code)) {
      kept.push(d);
      continue;
    }
    const clash = kept.filter(k => !WHOLE_PARAGRAPH.has(k.code)).some(k => (d.target ? overlaps(k.target, d.target) : !k.target && overlaps(k.source, d.source)) || (!d.target && !k.target && overlaps(k.source, d.source)));
    // A number or name missing from the target, inside a span already flagged as omitted.
    const inOmission = !d.target && kept.some(k => k.category === 'omission' && !WHOLE_PARAGRAPH.has(k.code) && overlaps(k.source, d.source));
    if (!clash && !inOmission) kept.push(d);
  }
  return kept;
}

/** FNV-1a, as a short base-36 string: a compact fingerprint of a text. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function phrase(doc: Document, loc: Location | null): string {
  if (!loc) return '';
  return doc.paragraphs[loc.paragraph]?.text.slice(loc.start, loc.end) ?? '';
}

function byPosition(a: DivergenceDraft, b: DivergenceDraft): number {
  if (a.target && b.target) return a.target.paragraph - b.target.paragraph || a.target.start - b.target.start || a.target.end - b.target.end;
  if (a.target) return -1;
  if (b.target) return 1;
  const x = a.source!;
  const y = b.source!;
  return x.paragraph - y.paragraph || x.start - y.start;
}

/**
 * The divergences of one bead, in reading order, with keys. A key is made of the
 * category, the code, the two phrases, a fingerprint of the source paragraph that
 * holds the source phrase (of the bead's first source paragraph for an addition) and
 * the occurrence number of that combination: it survives checking the same texts
 * again, a paragraph inserted elsewhere, edits of the target text outside the phrase,
 * and alignment edits (merge, split, move) that keep the phrase's paragraph.
 */
export function compareBead(source: Document, target: Document, bead: Bead, ctx: CheckContext): Divergence[] {
  const input: CheckInput = {bead, source: source.paragraphs, target: target.paragraphs};
  const drafts: DivergenceDraft[] = [];
  for (const check of CHECKS) drafts.push(...check(input, ctx));
  const resolved = resolveOverlaps(drafts).sort(byPosition);
  const fingerprints = new Map<number, string>();
  const contextOf = (paragraph: number | undefined): string => {
    if (paragraph === undefined) return '';
    let f = fingerprints.get(paragraph);
    if (f === undefined) {
      f = fingerprint(source.paragraphs[paragraph]?.text ?? '');
      fingerprints.set(paragraph, f);
    }
    return f;
  };
  const seen = new Map<string, number>();
  return resolved.map(d => {
    const context = contextOf(d.source?.paragraph ?? bead.source[0]);
    const base = `${d.category}:${d.code}:${phrase(target, d.target)}|${phrase(source, d.source)}@${context}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {key: `${base}#${n}`, ...d, confidence: confidenceOf(d)};
  });
}

/**
 * The divergences of a whole alignment: bead by bead, so in target order, with each
 * omission at its place among them (by the source order of its bead).
 */
export function compareAll(source: Document, target: Document, alignment: Alignment, ctx: CheckContext): Divergence[] {
  return compareRange(source, target, alignment, 0, alignment.length, ctx);
}

/** The divergences of the beads `from` to `to` (excluded) of an alignment, as compareAll gives them. */
export function compareRange(source: Document, target: Document, alignment: Alignment, from: number, to: number, ctx: CheckContext): Divergence[] {
  const out: Divergence[] = [];
  for (let b = from; b < to; b++) out.push(...compareBead(source, target, alignment[b]!, ctx));
  return out;
}
