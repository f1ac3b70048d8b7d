/**
 * Styled text as data: a line is a list of segments, each with the styles Ink's
 * <Text> applies. Layout code builds these without React, so it is tested as plain
 * values and only the components turn them into elements.
 */
import type {Category} from '../../core/types.js';
import {clustersOf, displayWidth, type WrappedLine} from './wrap.js';

/** A terminal colour name as Ink's <Text color> takes it. */
export type Colour =
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'gray'
  | 'redBright'
  | 'greenBright'
  | 'yellowBright'
  | 'blueBright'
  | 'magentaBright'
  | 'cyanBright';

/** How a piece of text is drawn. */
export interface Style {
  /** Foreground colour; left out when colours are off (NO_COLOR). */
  readonly color?: Colour;
  /** Background colour: a search match; left out when colours are off. */
  readonly background?: Colour;
  /** Underlined: carries a highlight's meaning without colour. */
  readonly underline?: boolean;
  /** Foreground and background swapped: the selected divergence, the cursor. */
  readonly inverse?: boolean;
  /** Struck through: words a correction removed. */
  readonly strikethrough?: boolean;
  /** Faint: neighbouring pairs shown for context. */
  readonly dimColor?: boolean;
  /** Bold: the current pair's number, headings. */
  readonly bold?: boolean;
}

/** A run of text in one style. */
export interface Segment {
  /** The text, already safe to send to a terminal. */
  readonly text: string;
  /** How it is drawn. */
  readonly style: Style;
}

/** One screen row: segments drawn left to right. */
export type Row = readonly Segment[];

/** A style laid over the range [start, end) of a text. */
export interface Mark {
  /** First UTF-16 index. */
  readonly start: number;
  /** One past the last index. */
  readonly end: number;
  /** The style to add there. */
  readonly style: Style;
}

/** One colour per divergence category, so that categories can be told apart at a glance. */
export const CATEGORY_COLOURS: Readonly<Record<Category, Colour>> = {
  glued: 'magenta',
  name: 'cyan',
  number: 'yellow',
  omission: 'red',
  addition: 'blue',
  untranslated: 'magentaBright',
  mistranslation: 'redBright',
  terminology: 'blueBright',
  punctuation: 'cyanBright',
  spelling: 'yellowBright',
};

/** The style without its colour when colours are off. */
export function withoutColour(style: Style, colours: boolean): Style {
  if (colours || (style.color === undefined && style.background === undefined)) return style;
  const {color: _color, background: _background, ...rest} = style;
  return rest;
}

/**
 * The segments of one wrapped line of `text`, with `marks` laid over `base` (later
 * marks win where they overlap).
 */
export function styleLine(text: string, line: WrappedLine, marks: readonly Mark[], base: Style = {}): Segment[] {
  const cuts = new Set<number>([line.start, line.end]);
  for (const m of marks) {
    if (m.end <= line.start || m.start >= line.end) continue;
    cuts.add(Math.max(m.start, line.start));
    cuts.add(Math.min(m.end, line.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    let style: Style = base;
    for (const m of marks) if (m.start <= from && m.end >= to) style = {...style, ...m.style};
    const prev = out[out.length - 1];
    if (prev && sameStyle(prev.style, style)) out[out.length - 1] = {text: prev.text + text.slice(from, to), style};
    else out.push({text: text.slice(from, to), style});
  }
  return out;
}

function sameStyle(a: Style, b: Style): boolean {
  return (
    a.color === b.color &&
    a.background === b.background &&
    !!a.underline === !!b.underline &&
    !!a.inverse === !!b.inverse &&
    !!a.strikethrough === !!b.strikethrough &&
    !!a.dimColor === !!b.dimColor &&
    !!a.bold === !!b.bold
  );
}

/** The row cut to `width` columns (by grapheme cluster, never inside a wide character). */
export function truncateRow(row: Row, width: number): Row {
  const out: Segment[] = [];
  let used = 0;
  for (const seg of row) {
    const w = displayWidth(seg.text);
    if (used + w <= width) {
      out.push(seg);
      used += w;
      continue;
    }
    let text = '';
    for (const c of clustersOf(seg.text)) {
      if (used + c.width > width) break;
      text += seg.text.slice(c.start, c.end);
      used += c.width;
    }
    if (text) out.push({text, style: seg.style});
    break;
  }
  return out;
}

/** Columns a row takes. */
export function rowWidth(row: Row): number {
  return row.reduce((n, s) => n + displayWidth(s.text), 0);
}
