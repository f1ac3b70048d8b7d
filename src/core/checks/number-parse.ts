/**
 * Numbers as a language writes them: digits with the document's own grouping and
 * decimal marks, scale words ("millones", "billion"), percentages, clock times
 * ("17:30 horas", "5:30 p.m.") and dates ("5 de junio", "June 5"). Spanish is
 * written two ways (Spain: 240.000 and 2,5; Mexico: 2,870 and 48.6), so the document's
 * digit grouping decides, and a number that stays ambiguous keeps both readings.
 */
import type {DecimalMark, LanguageProfile} from '../../languages/profile.js';
import {sameMeasure} from '../../languages/units.js';
import type {Paragraph} from '../types.js';
import type {Word} from './words.js';

/** What a number says. */
export type QuantityKind = 'amount' | 'time' | 'date' | 'month';

/** A number found in a text, with its possible readings. */
export interface Quantity {
  /** What it is. */
  readonly kind: QuantityKind;
  /**
   * Possible values: amounts (scale applied), minutes of the day for times,
   * month × 100 + day for dates, the month for months.
   */
  readonly values: readonly number[];
  /** For an amount read as an hour ("20 horas", "de 9 a 13"): the hour it may also mean. */
  readonly hour?: number;
  /** Written in words ("cinco", "a hundred"): matches digits, but is never flagged alone. */
  readonly spelled: boolean;
  /** A percentage. */
  readonly percent: boolean;
  /** The unit of measure written after an amount ("miles", "km"), by its name in units.tsv. */
  readonly unit?: string;
  /** The digits as written, for spotting a kept foreign format. */
  readonly raw: string;
  /** First and last word index of the expression. */
  readonly from: number;
  /** Last word index of the expression (inclusive). */
  readonly to: number;
}

/** The decimal mark a document uses, judged from its digit groups; null when it gives no sign. */
export function documentDecimalMark(paragraphs: readonly Paragraph[]): DecimalMark | null {
  let comma = 0;
  let point = 0;
  for (const p of paragraphs) {
    const t = p.text;
    comma += (t.match(/\d,\d{1,2}(?![\d.,:])|\d,\d{4,}|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d\.\d{3},\d/g) ?? []).length;
    point += (t.match(/(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,:])|\d{1,3}(?:,\d{3})+(?![\d.,])|\d,\d{3}\.\d/g) ?? []).length;
    // One group of thousands after a dot ("14.000") is a figure in thousands far more
    // often than a decimal written to three places.
    comma += (t.match(/(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])/g) ?? []).length;
  }
  if (comma > point) return 'comma';
  if (point > comma) return 'point';
  return null;
}

/** The readings of a digit string under a decimal mark ('either' keeps both). */
export function readDigits(raw: string, mark: DecimalMark | 'either'): number[] {
  if (/^\d+$/.test(raw)) return [Number(raw)];
  const marks = mark === 'either' ? (['comma', 'point'] as const) : [mark];
  const out = new Set<number>();
  for (const m of marks) {
    const group = m === 'comma' ? '.' : ',';
    const dec = m === 'comma' ? ',' : '.';
    const g = group === '.' ? '\\.' : ',';
    const d = dec === '.' ? '\\.' : ',';
    const re = new RegExp(`^\\d{1,3}(?:${g}\\d{3})*(?:${d}\\d+)?$|^\\d+(?:${d}\\d+)?$`);
    if (!re.test(raw)) continue;
    const v = Number(raw.split(group).join('').replace(dec, '.'));
    if (Number.isFinite(v)) out.add(v);
  }
  return [...out];
}

/**
 * The decimal mark to read a document with: the language's own, or for a language
 * written both ways, the document's evidence; 'either' when there is none.
 */
export function markFor(profile: LanguageProfile, paragraphs: readonly Paragraph[]): DecimalMark | 'either' {
  if (profile.decimalMark !== 'either') return profile.decimalMark;
  return documentDecimalMark(paragraphs) ?? 'either';
}

function readingsFor(raw: string, mark: DecimalMark | 'either'): number[] {
  // A group of exactly three digits after one mark is a thousands group for a writer
  // who does not otherwise show the opposite habit ("240.000" in a Spanish text).
  if (mark === 'either' && /^\d{1,3}[.,]\d{3}$/.test(raw)) return readDigits(raw, raw.includes('.') ? 'comma' : 'point');
  return readDigits(raw, mark);
}

const AM_PM = /^\s*([ap])\.?\s?m\b\.?/i;

/** A phrase and its words, split once. */
interface Phrase {
  readonly phrase: string;
  readonly parts: readonly string[];
}

const phraseCache = new WeakMap<object, readonly Phrase[]>();

/** The phrases of a profile's list (or of a map's keys), split into words once per list. */
function phrasesOf(list: readonly string[] | ReadonlyMap<string, unknown>): readonly Phrase[] {
  let out = phraseCache.get(list);
  if (!out) {
    const phrases = Array.isArray(list) ? (list as readonly string[]) : [...(list as ReadonlyMap<string, unknown>).keys()];
    out = phrases.map(phrase => ({phrase, parts: phrase.split(' ')}));
    phraseCache.set(list, out);
  }
  return out;
}

function lookAhead(words: readonly Word[], k: number, parts: readonly string[]): number {
  for (let j = 0; j < parts.length; j++) if (words[k + j]?.lower !== parts[j]) return -1;
  return k + parts.length - 1;
}

function matchAny(words: readonly Word[], k: number, list: readonly string[] | ReadonlyMap<string, unknown>): {to: number; phrase: string} | null {
  // Most positions hold no phrase at all: one look at the next word rules them out.
  const next = words[k]?.lower;
  if (next === undefined) return null;
  let best: {to: number; phrase: string} | null = null;
  for (const {phrase, parts} of phrasesOf(list)) {
    if (parts[0] !== next) continue;
    const to = lookAhead(words, k, parts);
    if (to >= 0 && (!best || to > best.to)) best = {to, phrase};
  }
  return best;
}

/** The index of the last day of a range that starts right after index k ("to 11", "al 11", "-11"), if there is one. */
function rangeEnd(words: readonly Word[], k: number, profile: LanguageProfile): number | undefined {
  const joiner = words[k + 1];
  if (!joiner || !joinsRange(joiner, profile) || joiner.paragraph !== words[k]!.paragraph) return undefined;
  let n = k + 2;
  if (profile.rangeArticles.has(words[n]?.lower ?? '')) n++;
  const day = words[n];
  return day?.kind === 'number' && /^\d{1,2}$/.test(day.text) && Number(day.text) <= 31 ? n : undefined;
}

/** Spaces that may group thousands: a space, a no-break space, a narrow no-break space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * A figure whose thousands are grouped with spaces ("21 340", "1 234,5"), in a language
 * that writes them so: the digits joined, and the index of its last group.
 */
function spaceGrouped(words: readonly Word[], k: number, paragraphs: ReadonlyMap<number, Paragraph>, profile: LanguageProfile): {raw: string; to: number} | null {
  const w = words[k]!;
  if (!profile.spaceGroups || !/^\d{1,3}$/.test(w.text)) return null;
  const text = paragraphs.get(w.paragraph)?.text;
  if (text === undefined) return null;
  let raw = w.text;
  let to = k;
  for (;;) {
    const next = words[to + 1];
    const prev = words[to]!;
    if (!next || next.kind !== 'number' || next.paragraph !== w.paragraph || !/^\d{3}(?:[.,]\d+)?$/.test(next.text)) break;
    if (next.start - prev.end !== 1 || !GROUP_SPACES.has(text[prev.end]!)) break;
    raw += next.text;
    to++;
    // A decimal part ends the figure.
    if (/[.,]/.test(next.text)) break;
  }
  return to > k ? {raw, to} : null;
}

/**
 * The minutes of a time written with an hour word between hours and minutes ("18 h 30",
 * and "9h30", read as "9" and "h30"), and the index of the minutes' word.
 */
function minutesAfterHourWord(words: readonly Word[], k: number, hourWord: {to: number; phrase: string} | null): {value: number; to: number} | null {
  const w = words[k]!;
  if (!/^\d{1,2}$/.test(w.text) || Number(w.text) > 24) return null;
  const next = words[k + 1];
  const glued = next && w.joinedToNext ? /^h(\d{2})$/i.exec(next.text) : null;
  if (glued) return Number(glued[1]) < 60 ? {value: Number(glued[1]), to: k + 1} : null;
  if (!hourWord || hourWord.phrase !== 'h') return null;
  const after = words[hourWord.to + 1];
  if (after?.kind !== 'number' || !/^\d{2}$/.test(after.text) || Number(after.text) >= 60 || after.paragraph !== w.paragraph) return null;
  return {value: Number(after.text), to: hourWord.to + 1};
}

/** The factor of a scale word after the second figure of a range that starts after index k, if there is one. */
function scaleAfterRange(words: readonly Word[], k: number, profile: LanguageProfile): number | undefined {
  const joiner = words[k + 1];
  if (!joiner || !joinsRange(joiner, profile)) return undefined;
  const second = words[k + 2];
  if (second?.kind !== 'number') return undefined;
  const scale = matchAny(words, k + 3, profile.scaleWords);
  return scale ? profile.scaleWords.get(scale.phrase) : undefined;
}

/** The unit of measure named right after index k ("km", "miles", "° F", "ºC"), if any. */
function unitAfter(words: readonly Word[], k: number, profile: LanguageProfile): string | undefined {
  const next = words[k + 1];
  if (!next) return undefined;
  const word = next.lower.replace(/^º/, '°');
  if (word === '°' && words[k + 2]) return profile.unitWords.get(`°${words[k + 2]!.lower}`);
  return profile.unitWords.get(word);
}

/** Dashes join a range in every language. */
const DASHES = new Set(['-', '–', '—']);

/** Whether a word joins the two ends of a range ("to", "al", a dash). */
function joinsRange(w: Word, profile: LanguageProfile): boolean {
  return profile.rangeJoiners.has(w.lower) || DASHES.has(w.lower);
}

/** The quantities of one side of a bead. */
export function findQuantities(words: readonly Word[], paragraphs: ReadonlyMap<number, Paragraph>, profile: LanguageProfile, mark: DecimalMark | 'either'): Quantity[] {
  const out: Quantity[] = [];
  const used = new Set<number>();
  const isMonth = (w: Word | undefined): number | undefined => {
    if (!w || w.kind !== 'word') return undefined;
    const m = profile.months.get(w.lower);
    // English month names double as words ("may", "march"): only capitalised ones count.
    if (m === undefined) return undefined;
    if (profile.capitalizedMonths && !w.capitalized) return undefined;
    if (w.lower.length <= 3 && !w.capitalized) return undefined;
    return m;
  };
  for (let k = 0; k < words.length; k++) {
    if (used.has(k)) continue;
    const w = words[k]!;
    // A month name: with a day before ("5 de junio", "15 June") or after ("June 15").
    const month = isMonth(w);
    if (month !== undefined) {
      const next = words[k + 1];
      if (next?.kind === 'number' && /^\d{1,2}$/.test(next.text) && Number(next.text) <= 31 && next.paragraph === w.paragraph) {
        const to = words[k + 2]?.lower.match(/^(st|nd|rd|th)$/) && words[k + 1]!.joinedToNext ? k + 2 : k + 1;
        out.push({kind: 'date', values: [month * 100 + Number(next.text)], spelled: false, percent: false, raw: next.text, from: k, to});
        for (let j = k; j <= to; j++) used.add(j);
        // A range of days in one month: "April 9 to 11", "June 3-5".
        const last = rangeEnd(words, to, profile);
        if (last !== undefined) {
          out.push({kind: 'date', values: [month * 100 + Number(words[last]!.text)], spelled: false, percent: false, raw: words[last]!.text, from: last, to: last});
          for (let j = to + 1; j <= last; j++) used.add(j);
        }
        continue;
      }
      out.push({kind: 'month', values: [month], spelled: false, percent: false, raw: w.lower, from: k, to: k});
      continue;
    }
    if (w.kind === 'number') {
      const grouped = spaceGrouped(words, k, paragraphs, profile);
      const raw = grouped ? grouped.raw : w.text;
      const last = grouped ? grouped.to : k;
      // Day and month: "5 de junio", "15 June", "1st of May".
      let j = k + 1;
      if (words[j]?.lower.match(/^(st|nd|rd|th|º|°)$/) && w.joinedToNext) j++;
      if (profile.dateJoiners.has(words[j]?.lower ?? '')) j++;
      let m = /^\d{1,2}$/.test(raw) && Number(raw) <= 31 ? isMonth(words[j]) : undefined;
      // The first day of a range whose month comes after the last ("del 9 al 11 de abril",
      // "9 to 11 April"): the month is read there.
      if (m === undefined && /^\d{1,2}$/.test(raw) && Number(raw) <= 31) {
        const last = rangeEnd(words, k, profile);
        if (last !== undefined) {
          let after = last + 1;
          if (profile.dateJoiners.has(words[after]?.lower ?? '')) after++;
          const later = isMonth(words[after]);
          if (later !== undefined) {
            m = later;
            j = k;
          }
        }
      }
      if (m !== undefined) {
        out.push({kind: 'date', values: [m * 100 + Number(raw)], spelled: false, percent: false, raw, from: k, to: j});
        for (let x = k; x <= j; x++) used.add(x);
        continue;
      }
      // Clock time: "17:30", "5:30 p.m.", "10 a.m.", "20 horas".
      const para = paragraphs.get(w.paragraph);
      const after = para ? para.text.slice(w.end, w.end + 8) : '';
      const ampm = AM_PM.exec(after);
      const hourWord = grouped ? null : matchAny(words, k + 1, profile.hourWords);
      let clock = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
      // "18 h 30", "9h30": the hour word between the hours and the minutes.
      const minutes = grouped ? null : minutesAfterHourWord(words, k, hourWord);
      if (minutes) {
        out.push({kind: 'time', values: [Number(raw) * 60 + minutes.value], spelled: false, percent: false, raw, from: k, to: minutes.to});
        for (let x = k; x <= minutes.to; x++) used.add(x);
        continue;
      }
      // "7.40" is a time after "at" or "a las", before "h", with "p.m."; "5.25%" is a rate.
      if (clock && raw.includes('.') && !ampm && !hourWord && !(k > 0 && profile.timeLeadWords.includes(words[k - 1]!.lower))) clock = null;
      if (!grouped && (clock || ampm)) {
        let h = clock ? Number(clock[1]) : Number(raw);
        const min = clock ? Number(clock[2]) : 0;
        if (ampm && Number.isInteger(h) && h <= 12) {
          const pm = ampm[1]!.toLowerCase() === 'p';
          if (pm && h < 12) h += 12;
          if (!pm && h === 12) h = 0;
        }
        if (h <= 24 && min < 60 && (clock || ampm)) {
          let to = k;
          if (ampm) {
            const end = w.end + ampm[0].length;
            while (to + 1 < words.length && words[to + 1]!.paragraph === w.paragraph && words[to + 1]!.end <= end) to++;
          } else if (hourWord) to = hourWord.to;
          out.push({kind: 'time', values: [h * 60 + min], spelled: false, percent: false, raw, from: k, to});
          for (let x = k; x <= to; x++) used.add(x);
          continue;
        }
      }
      // An amount, with its scale and percent words.
      let values = readingsFor(raw, mark);
      let to = last;
      const scale = matchAny(words, last + 1, profile.scaleWords);
      if (scale) {
        const f = profile.scaleWords.get(scale.phrase)!;
        values = values.map(v => v * f);
        to = scale.to;
      }
      // "22 y 26 millones", "between 22 and 26 million": the scale after the last figure
      // of a range may belong to the first as well.
      if (!scale) {
        const rangeScale = scaleAfterRange(words, last, profile);
        if (rangeScale) values = [...values, ...values.map(v => v * rangeScale)];
      }
      let percent = false;
      const pc = matchAny(words, to + 1, profile.percentWords);
      if (pc) {
        percent = true;
        to = pc.to;
      } else if (words[to + 1]?.text === '%') {
        percent = true;
        to++;
      }
      const hour = hourWord && values.length === 1 && values[0]! <= 24 ? values[0] : undefined;
      const unit = percent ? undefined : unitAfter(words, to, profile);
      out.push({kind: 'amount', values, ...(hour !== undefined ? {hour} : {}), ...(unit ? {unit} : {}), spelled: false, percent, raw, from: k, to});
      for (let x = k; x <= to; x++) used.add(x);
      continue;
    }
    if (w.kind === 'word') {
      const spelled = profile.numberWords.get(w.lower);
      if (spelled === undefined) continue;
      let v = spelled;
      let to = k;
      const scale = matchAny(words, k + 1, profile.scaleWords);
      if (scale) {
        v *= profile.scaleWords.get(scale.phrase)!;
        to = scale.to;
      }
      const unit = unitAfter(words, to, profile);
      out.push({kind: 'amount', values: [v], ...(unit ? {unit} : {}), spelled: true, percent: false, raw: w.lower, from: k, to});
      for (let x = k; x <= to; x++) used.add(x);
    }
  }
  return out;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two quantities can say the same thing. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'amount' && b.kind === 'amount') {
    // A measure converted to another unit ("2 miles", "3,2 km").
    if (a.unit && b.unit) {
      const {unit: ua, values: va} = a;
      const {unit: ub, values: vb} = b;
      const converted = va.map(x => vb.map(y => sameMeasure(x, ua, y, ub)));
      if (converted.some(row => row.some(same => same !== undefined))) return converted.some(row => row.some(same => same === true));
    }
    return a.values.some(x => b.values.some(y => close(x, y)));
  }
  if (a.kind === b.kind) return a.values.some(x => b.values.some(y => close(x, y)));
  // A time against an amount that may be an hour ("de 9 a 13" against "1 p.m.").
  const time = a.kind === 'time' ? a : b.kind === 'time' ? b : null;
  const amount = a.kind === 'amount' ? a : b.kind === 'amount' ? b : null;
  if (time && amount) {
    const minutes = time.values[0]!;
    if (minutes % 60 !== 0) return false;
    const h = minutes / 60;
    return amount.values.some(v => v === h) || amount.hour === h;
  }
  const date = a.kind === 'date' ? a : b.kind === 'date' ? b : null;
  const month = a.kind === 'month' ? a : b.kind === 'month' ? b : null;
  if (date && month) return Math.floor(date.values[0]! / 100) === month.values[0];
  return false;
}
