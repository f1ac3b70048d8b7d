/**
 * Numbers, amounts, percentages, times and dates that disagree. Each side's
 * quantities are read in its own convention (the source document's grouping
 * decides for Spanish), then matched one to one: "240.000 millones" meets "$240
 * billion", "17:30 horas" meets "5:30 p.m.", "5 de junio" meets "June 5". A target
 * figure left without a partner is flagged, paired with the nearest unmatched source
 * figure when there is one; a source figure with no target partner is flagged as
 * missing. Numbers spelled out only help matching: they are never flagged alone.
 */
import type {Paragraph} from '../types.js';
import type {Check, CheckContext, CheckInput, DivergenceDraft} from './context.js';
import type {LanguageProfile} from '../../languages/profile.js';
import {findQuantities, markFor, sameQuantity, type Quantity} from './number-parse.js';
import {beadWords, spanOf, type Word} from './words.js';

const marks = new WeakMap<readonly Paragraph[], WeakMap<object, ReturnType<typeof markFor>>>();

function documentMark(paragraphs: readonly Paragraph[], ctx: CheckContext, side: 'source' | 'target'): ReturnType<typeof markFor> {
  const profile = side === 'source' ? ctx.source : ctx.target;
  let per = marks.get(paragraphs);
  if (!per) marks.set(paragraphs, (per = new WeakMap()));
  let m = per.get(profile);
  if (m === undefined) {
    m = markFor(profile, paragraphs);
    per.set(profile, m);
  }
  return m;
}

function byIndex(paragraphs: readonly Paragraph[], indexes: readonly number[]): Map<number, Paragraph> {
  const out = new Map<number, Paragraph>();
  for (const i of indexes) {
    const p = paragraphs[i];
    if (p) out.set(i, p);
  }
  return out;
}

function textOf(words: readonly Word[], q: Quantity): string {
  const a = words[q.from]!;
  const b = words[q.to]!;
  return a.paragraph === b.paragraph ? `${a.text}${b !== a ? '…' + b.text : ''}` : a.text;
}

/** Relative position of a quantity on its side, for pairing the nearest leftovers. */
function rel(words: readonly Word[], q: Quantity): number {
  return words.length ? q.from / words.length : 0;
}

function hasDigit(paragraphs: readonly Paragraph[], indexes: readonly number[]): boolean {
  return indexes.some(i => /\p{N}/u.test(paragraphs[i]?.text ?? ''));
}

const monthless = new WeakMap<LanguageProfile, LanguageProfile>();

/** A profile that reads no month names, made once per profile. */
function withoutMonths(profile: LanguageProfile): LanguageProfile {
  let out = monthless.get(profile);
  if (!out) {
    out = {...profile, months: new Map()};
    monthless.set(profile, out);
  }
  return out;
}

/** The number divergences of a bead. */
export const checkNumbers: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  // A paragraph with no counterpart is flagged whole; its figures add nothing.
  if (!input.bead.source.length || !input.bead.target.length) return [];
  // Without digits, only month names can disagree; where a side has none to read, the
  // words need not be read at all.
  if ((ctx.source.months.size === 0 || ctx.target.months.size === 0) && !hasDigit(input.source, input.bead.source) && !hasDigit(input.target, input.bead.target)) return [];
  const {source: sw, target: tw} = beadWords(input, ctx);
  // Dates are read on both sides or on neither: a month name one side cannot read
  // would leave the other side's date without a counterpart.
  const dates = ctx.source.months.size > 0 && ctx.target.months.size > 0;
  const sq = findQuantities(sw, byIndex(input.source, input.bead.source), dates ? ctx.source : withoutMonths(ctx.source), documentMark(input.source, ctx, 'source'));
  const tq = findQuantities(tw, byIndex(input.target, input.bead.target), dates ? ctx.target : withoutMonths(ctx.target), documentMark(input.target, ctx, 'target'));
  if (!sq.length && !tq.length) return [];
  const sUsed = new Array<boolean>(sq.length).fill(false);
  const tUsed = new Array<boolean>(tq.length).fill(false);
  // Digits against digits first, nearest first; then spelled numbers fill in.
  const passes: [boolean, boolean][] = [
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ];
  for (const [tSpelled, sSpelled] of passes) {
    for (let t = 0; t < tq.length; t++) {
      if (tUsed[t] || tq[t]!.spelled !== tSpelled) continue;
      let best = -1;
      let bestD = Infinity;
      for (let s = 0; s < sq.length; s++) {
        if (sUsed[s] || sq[s]!.spelled !== sSpelled || !sameQuantity(tq[t]!, sq[s]!)) continue;
        const d = Math.abs(rel(tw, tq[t]!) - rel(sw, sq[s]!));
        if (d < bestD) {
          bestD = d;
          best = s;
        }
      }
      if (best >= 0) {
        tUsed[t] = true;
        sUsed[best] = true;
      }
    }
  }
  const out: DivergenceDraft[] = [];
  const sLeft = sq.map((q, i) => i).filter(i => !sUsed[i] && !sq[i]!.spelled && sq[i]!.kind !== 'month');
  for (let t = 0; t < tq.length; t++) {
    const q = tq[t]!;
    if (tUsed[t] || q.spelled) continue;
    // A month name alone in the target with no source month: a date problem only if the source has dates.
    if (q.kind === 'month' && !sq.some(x => x.kind === 'date' || x.kind === 'month')) continue;
    let pair = -1;
    let bestD = Infinity;
    for (const s of sLeft) {
      const compatible = sq[s]!.kind === q.kind || (sq[s]!.kind !== 'date' && q.kind !== 'date');
      if (!compatible) continue;
      const d = Math.abs(rel(tw, q) - rel(sw, sq[s]!));
      if (d < bestD) {
        bestD = d;
        pair = s;
      }
    }
    const target = spanOf(tw, q.from, q.to);
    if (pair >= 0) {
      const p = sq[pair]!;
      sLeft.splice(sLeft.indexOf(pair), 1);
      const kept = p.raw === q.raw && q.values.length === 0;
      // The same digits in another unit ("2 miles", "2 km") are a wrong figure, not a kept format.
      const sameDigits = p.raw === q.raw && !(p.unit && q.unit && p.unit !== q.unit);
      out.push({
        category: 'number',
        severity: 'error',
        code: kept || (sameDigits && p.kind === 'amount') ? 'number-format' : q.kind === 'date' ? 'date-mismatch' : q.kind === 'time' ? 'time-mismatch' : 'number-mismatch',
        params: {target: textOf(tw, q), source: textOf(sw, p)},
        target,
        source: spanOf(sw, p.from, p.to),
      });
    } else {
      out.push({category: 'number', severity: 'warning', code: 'number-unmatched', params: {target: textOf(tw, q)}, target, source: null});
    }
  }
  for (const s of sLeft) {
    const p = sq[s]!;
    out.push({category: 'number', severity: 'warning', code: 'number-missing', params: {source: textOf(sw, p)}, target: null, source: spanOf(sw, p.from, p.to)});
  }
  return out;
};
