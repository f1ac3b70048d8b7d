/**
 * Units of measure (src/languages/units.tsv): each unit's dimension and how it converts
 * to the dimension's base unit. Each language names them in CODE/unit-words.tsv, read
 * with its profile.
 */
import {hasLanguageData, readLanguageTable} from './data-file.js';

/** A unit of measure. */
export interface Unit {
  /** What it measures ("length"). */
  readonly dimension: string;
  /** Base value of one unit. */
  readonly factor: number;
  /** Base value of zero units (temperatures). */
  readonly offset: number;
}

let table: ReadonlyMap<string, Unit> | undefined;

/** The units, by name; read on first use. */
export function units(): ReadonlyMap<string, Unit> {
  if (!table) {
    const out = new Map<string, Unit>();
    for (const [name = '', dimension = '', factor = '', offset = '0'] of readLanguageTable('units.tsv')) {
      const f = Number(factor);
      if (name && dimension && Number.isFinite(f)) out.set(name, {dimension, factor: f, offset: Number(offset) || 0});
    }
    table = out;
  }
  return table;
}

/** A language's words for units (word → unit name), or none when it has no such file. */
export function readUnitWords(code: string): ReadonlyMap<string, string> {
  const file = `${code}/unit-words.tsv`;
  if (!hasLanguageData(file)) return new Map();
  return new Map(readLanguageTable(file).flatMap(([word = '', unit = '']) => (word && unit ? [[word, unit] as const] : [])));
}

/**
 * Whether two measures in different units of one dimension say the same ("2 miles",
 * "3,2 km"): within 3 % for scales from zero, within one degree for temperatures.
 * Undefined when the units are not both known and of one dimension, or are the same.
 */
export function sameMeasure(a: number, unitA: string, b: number, unitB: string): boolean | undefined {
  const ua = units().get(unitA);
  const ub = units().get(unitB);
  if (!ua || !ub || ua.dimension !== ub.dimension || unitA === unitB) return undefined;
  const x = a * ua.factor + ua.offset;
  const y = b * ub.factor + ub.offset;
  if (ua.offset || ub.offset) return Math.abs(x - y) <= 1;
  return Math.abs(x - y) <= 0.03 * Math.max(Math.abs(x), Math.abs(y));
}
