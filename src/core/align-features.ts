/**
 * What the aligner knows about each unit (a paragraph or a sentence) without a
 * dictionary: its length, and a bag of anchor features that a translation tends to keep
 * — numbers, capitalised names, the first letters of longer words (cognates and names
 * that change their endings), quotes, parentheses and marks of question or exclamation.
 * A second pass adds word pairs learned from the first pass's one-to-one beads.
 *
 * Features are interned to small integers shared by both sides, so that two units
 * match a feature by comparing sorted integer arrays.
 */
import type {Bead} from './types.js';

/** How a feature was found; each kind carries its own weight. */
export type FeatureKind = 'number' | 'name' | 'prefix' | 'mark' | 'learned';

/** The weight of each kind of feature, before the rarity of the feature is applied. */
export type FeatureWeights = Readonly<Record<FeatureKind, number>>;

/** Weights measured on a German–French development set and Spanish–English pairs. */
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  number: 1.2,
  name: 1,
  prefix: 0.6,
  mark: 0.5,
  learned: 0.8,
};

/**
 * Kinds of feature whose absence from the other side of a pairing counts against it,
 * and how much: a translation keeps numbers and names. How often it keeps them is
 * measured on each pair: German capitalises every noun, and those are not kept in
 * French, where a Spanish name is kept in English.
 */
const MISS_KINDS: Partial<Record<FeatureKind, number>> = {number: 1, name: 1};

/** The most a translation is taken to keep of a kind of feature. */
const MAX_KEEP = 0.8;

/** Features held by more units than this on a side are not used for the skeleton. */
const MAX_OCCURRENCES = 10;

/** The characters of a word kept as its cognate key. */
const PREFIX_LENGTH = 4;

/** The analysed units of both sides, with features in one shared numbering. */
export interface UnitFeatures {
  /** Length in characters of each source unit (white space runs count as one). */
  readonly sourceLengths: Float64Array;
  /** Length in characters of each target unit. */
  readonly targetLengths: Float64Array;
  /** Sorted feature ids of each source unit, repeated when a feature occurs again. */
  readonly sourceFeatures: Int32Array[];
  /** Sorted feature ids of each target unit. */
  readonly targetFeatures: Int32Array[];
  /** Sorted distinct word ids of each source unit, for learning a dictionary. */
  readonly sourceWords: Int32Array[];
  /** Sorted distinct word ids of each target unit. */
  readonly targetWords: Int32Array[];
  /** The weight of a match on each feature id. */
  weights: Float64Array;
  /**
   * For each source unit, the weight it is expected to share with one feature of an
   * unrelated target unit: a target unit with n features shares n times this by chance.
   */
  sourceChance: Float64Array;
  /** The same for each target unit against one feature of an unrelated source unit. */
  targetChance: Float64Array;
  /**
   * What each source unit's features cost when it is paired and they find no match:
   * a number or a name that a translation would keep and that is not there says the
   * pairing is wrong, where a unit left unpaired pays nothing for them.
   */
  sourceMiss: Float64Array;
  /** The same for each target unit. */
  targetMiss: Float64Array;
  /** What a match on each feature spares the two sides in misses. */
  missBonus: Float64Array;
  /** How often each feature occurs among all the source units' features. */
  sourceShare: Float64Array;
  /** How often each feature occurs among all the target units' features. */
  targetShare: Float64Array;
  /**
   * How many features each source unit holds, counting those that match nothing on the
   * other side: the unit's size for the chance of matches, which must not depend on
   * what the other side happens to hold.
   */
  readonly sourceSize: Int32Array;
  /** The same for each target unit. */
  readonly targetSize: Int32Array;
  /** For each learned feature, in how many beads its two words were seen together. */
  readonly support: Map<number, number>;
  /** The kind of each feature id. */
  readonly kinds: FeatureKind[];
  /** How many word ids there are (both sides together). */
  readonly wordCount: number;
}

const KIND_OF_CODE: Record<string, FeatureKind> = {'#': 'number', '@': 'name', '~': 'prefix', '!': 'mark'};

class Interner {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

// Character classes of the scanner, for the Basic Multilingual Plane, filled on first
// sight of each character: a table look-up is far cheaper than a Unicode regular
// expression run over every character of a large document.
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const MARK = 4;
const classes = new Uint8Array(65536);
const MARK_KEY: Record<string, string> = {
  '«': 'q', '»': 'q', '“': 'q', '”': 'q', '„': 'q', '‟': 'q', '"': 'q',
  '(': 'p', ')': 'p', '[': 'p', ']': 'p',
  '?': '?', '¿': '?', '!': '!', '¡': '!',
};

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : MARK_KEY[ch] !== undefined ? MARK : OTHER;
    classes[code] = c;
  }
  return c;
}

function stripMarks(text: string): string {
  // Only texts with non-ASCII letters need the (costly) decomposition.
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
}

function measure(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

/** A growable buffer of integers, reused from unit to unit. */
class IntBuffer {
  data = new Int32Array(256);
  length = 0;
  private block = new Int32Array(0);
  private blockUsed = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  /** A sorted copy of the contents, carved out of a shared block (cheaper than a new array each). */
  sorted(): Int32Array {
    if (this.blockUsed + this.length > this.block.length) {
      // Blocks start small and double: a few sentences should not pay for a document's.
      this.block = new Int32Array(Math.max(this.length, Math.min(1 << 16, Math.max(1024, this.block.length * 2))));
      this.blockUsed = 0;
    }
    const a = this.block.subarray(this.blockUsed, this.blockUsed + this.length);
    this.blockUsed += this.length;
    a.set(this.data.subarray(0, this.length));
    return a.sort();
  }
}

/**
 * The spellings met on one side, each with its word id and the features it brings,
 * worked out once per spelling. An open-addressing table keyed by a hash taken while
 * scanning, so that a word seen before costs no new string.
 */
class Spellings {
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  private readonly texts: string[] = [];
  /** Word id of each spelling. */
  readonly word: number[] = [];
  /** Name feature of each spelling, or −1. */
  readonly name: number[] = [];
  /** Cognate-prefix feature of each spelling, or −1. */
  readonly prefix: number[] = [];

  constructor(
    private readonly features: Interner,
    private readonly words: Interner,
    private readonly side: string,
  ) {}

  /** The entry of text[start, end), whose hash is `hash`, added when new. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const e = this.slots[slot]! - 1;
      if (e < 0) break;
      if (this.hashes[e] === hash && this.same(this.texts[e]!, text, start, end)) return e;
      slot = (slot + 1) & mask;
    }
    const e = this.texts.length;
    const spelling = text.slice(start, end);
    const lower = spelling.toLowerCase();
    this.texts.push(spelling);
    this.hashes.push(hash);
    this.word.push(this.words.id(this.side + lower));
    this.name.push(spelling.length >= 2 && spelling[0] !== lower[0] ? this.features.id('@' + lower) : -1);
    this.prefix.push(lower.length >= PREFIX_LENGTH ? this.features.id('~' + lower.slice(0, PREFIX_LENGTH)) : -1);
    this.slots[slot] = e + 1;
    if (this.texts.length * 2 > this.slots.length) this.grow();
    return e;
  }

  private same(known: string, text: string, start: number, end: number): boolean {
    if (known.length !== end - start) return false;
    for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((h, e) => {
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    });
    this.slots = slots;
  }
}

/** Scans a unit's text into its features and its distinct words. */
function analyse(
  text: string,
  features: Interner,
  spellings: Spellings,
  numbers: Map<string, number>,
  feats: IntBuffer,
  wordIds: IntBuffer,
): {feats: Int32Array; words: Int32Array} {
  feats.length = 0;
  wordIds.length = 0;
  // Letters are compared without their combining marks, so "é" and "e" give the same
  // cognate key.
  const folded = stripMarks(text);
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = classOf(folded.charCodeAt(i));
    if (c === LETTER) {
      // FNV-1a over the code units, taken on the way.
      let hash = 0x811c9dc5;
      let e = i;
      while (e < n) {
        const code = folded.charCodeAt(e);
        if (classOf(code) !== LETTER) break;
        hash = Math.imul(hash ^ code, 16777619);
        e++;
      }
      const k = spellings.find(folded, i, e, hash);
      i = e;
      wordIds.push(spellings.word[k]!);
      const name = spellings.name[k]!;
      if (name >= 0) feats.push(name);
      const prefix = spellings.prefix[k]!;
      if (prefix >= 0) feats.push(prefix);
    } else if (c === DIGIT) {
      let e = i + 1;
      while (e < n && classOf(folded.charCodeAt(e)) === DIGIT) e++;
      const digits = folded.slice(i, e);
      i = e;
      let id = numbers.get(digits);
      if (id === undefined) {
        // Leading zeros carry no meaning across number styles ("05" and "5").
        id = features.id('#' + digits.replace(/^0+(?=.)/u, ''));
        numbers.set(digits, id);
      }
      feats.push(id);
    } else {
      if (c === MARK) feats.push(features.id('!' + MARK_KEY[folded[i]!]!));
      i++;
    }
  }
  const w = wordIds.sorted();
  // Distinct words only: the dictionary counts the units a word occurs in.
  let k = 0;
  for (let r = 0; r < w.length; r++) if (r === 0 || w[r] !== w[r - 1]) w[k++] = w[r]!;
  return {feats: feats.sorted(), words: k === w.length ? w : w.subarray(0, k)};
}

/** Lengths, anchor features and words of every unit of both sides. */
export function analyseUnits(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): UnitFeatures {
  const features = new Interner();
  const words = new Interner();
  const side = (texts: readonly string[], tag: string) => {
    const lengths = new Float64Array(texts.length);
    const feats: Int32Array[] = [];
    const ws: Int32Array[] = [];
    const spellings = new Spellings(features, words, tag);
    const numbers = new Map<string, number>();
    const featBuffer = new IntBuffer();
    const wordBuffer = new IntBuffer();
    texts.forEach((t, i) => {
      lengths[i] = measure(t);
      const a = analyse(t, features, spellings, numbers, featBuffer, wordBuffer);
      feats.push(a.feats);
      ws.push(a.words);
    });
    return {lengths, feats, ws};
  };
  const s = side(sourceTexts, 's');
  const t = side(targetTexts, 't');
  const kinds = features.keys.map(k => KIND_OF_CODE[k[0]!] ?? 'mark');
  const units: UnitFeatures = {
    sourceLengths: s.lengths,
    targetLengths: t.lengths,
    sourceFeatures: s.feats,
    targetFeatures: t.feats,
    sourceWords: s.ws,
    targetWords: t.ws,
    weights: new Float64Array(0),
    sourceChance: new Float64Array(0),
    targetChance: new Float64Array(0),
    sourceMiss: new Float64Array(0),
    targetMiss: new Float64Array(0),
    missBonus: new Float64Array(0),
    sourceShare: new Float64Array(0),
    targetShare: new Float64Array(0),
    support: new Map(),
    sourceSize: Int32Array.from(s.feats, b => b.length),
    targetSize: Int32Array.from(t.feats, b => b.length),
    kinds,
    wordCount: words.keys.length,
  };
  weigh(units, weights);
  return units;
}

/**
 * A feature held by more units of a side than this (by default a tenth of them, and
 * more than five) is too common to tell units apart.
 */
export function frequentAbove(units: number, share = 0.1): number {
  return Math.max(5, share * units);
}

/**
 * Learned word pairs may be more common than other features: a frequent word and its
 * usual translation tell units apart better than a frequent word start does. Measured:
 * beyond a third of the units they cost time and gain nothing.
 */
const LEARNED_SHARE = 0.3;

/** Sets the feature weights and the chance matches of every unit. */
function weigh(units: UnitFeatures, weights: FeatureWeights, first = true): void {
  const n = units.kinds.length;
  const {weights: w, frequent, dfSource, dfTarget} = featureWeights(units, weights);
  if (first) {
    // The share of each side's features of a kind that the other side has somewhere,
    // and from it what a miss costs: −log of the chance that a kept feature is missing.
    const missCosts = (ownDf: Int32Array, otherDf: Int32Array) => {
      // Counted over the units holding each feature.
      const total: Partial<Record<FeatureKind, number>> = {};
      const kept: Partial<Record<FeatureKind, number>> = {};
      for (let f = 0; f < n; f++) {
        const kind = units.kinds[f]!;
        if (frequent[f] || ownDf[f] === 0 || MISS_KINDS[kind] === undefined) continue;
        total[kind] = (total[kind] ?? 0) + ownDf[f]!;
        if (otherDf[f]! > 0) kept[kind] = (kept[kind] ?? 0) + ownDf[f]!;
      }
      const cost = new Float64Array(n);
      for (let f = 0; f < n; f++) {
        const kind = units.kinds[f]!;
        const scale = MISS_KINDS[kind];
        const t = total[kind] ?? 0;
        if (frequent[f] || scale === undefined || t === 0) continue;
        cost[f] = -scale * Math.log(1 - Math.min(MAX_KEEP, (kept[kind] ?? 0) / t));
      }
      return cost;
    };
    const sourceCost = missCosts(dfSource, dfTarget);
    const targetCost = missCosts(dfTarget, dfSource);
    const mass = (bags: Int32Array[], cost: Float64Array) =>
      Float64Array.from(bags, bag => {
        let m = 0;
        for (const f of bag) m += cost[f]!;
        return m;
      });
    units.sourceMiss = mass(units.sourceFeatures, sourceCost);
    units.targetMiss = mass(units.targetFeatures, targetCost);
    // A match gains its weight and spares both sides their miss.
    for (let f = 0; f < n; f++) if (w[f]! > 0) w[f] = w[f]! + sourceCost[f]! + targetCost[f]!;
    units.missBonus = Float64Array.from(sourceCost, (c, f) => c + targetCost[f]!);
  } else {
    // Learned words cost nothing when missed; the kinds measured before keep their bonus.
    for (let f = 0; f < Math.min(n, units.missBonus.length); f++) if (w[f]! > 0) w[f] = w[f]! + units.missBonus[f]!;
  }
  units.weights = w;
  // A feature that cannot match (one side only) or is too common to tell units apart
  // leaves the bags: it costs time in every comparison and says almost nothing.
  const useful = (bag: Int32Array) => {
    // In place: the bags are this module's own arrays.
    let k = 0;
    for (let r = 0; r < bag.length; r++) if (units.weights[bag[r]!]! > 0) bag[k++] = bag[r]!;
    return k === bag.length ? bag : bag.subarray(0, k);
  };
  units.sourceFeatures.forEach((bag, u) => (units.sourceFeatures[u] = useful(bag)));
  units.targetFeatures.forEach((bag, v) => (units.targetFeatures[v] = useful(bag)));
  // How often each feature occurs among all the features of a side.
  const share = (bags: Int32Array[], sizes: Int32Array) => {
    const tf = new Float64Array(n);
    let total = 0;
    for (const bag of bags) for (const f of bag) tf[f]!++;
    for (const size of sizes) total += size;
    if (total > 0) for (let f = 0; f < n; f++) tf[f] = tf[f]! / total;
    return tf;
  };
  const chance = (bags: Int32Array[], other: Float64Array) =>
    Float64Array.from(bags, bag => {
      let e = 0;
      for (const f of bag) e += units.weights[f]! * other[f]!;
      return e;
    });
  units.targetShare = share(units.targetFeatures, units.targetSize);
  units.sourceShare = share(units.sourceFeatures, units.sourceSize);
  units.sourceChance = chance(units.sourceFeatures, units.targetShare);
  units.targetChance = chance(units.targetFeatures, units.sourceShare);
}

/**
 * The weight of a match on each feature: its kind's weight times how rare it is. A
 * feature found in many units matches by chance and says little about a pairing.
 */
export function featureWeights(
  units: UnitFeatures,
  weights: FeatureWeights,
): {weights: Float64Array; frequent: Uint8Array; dfSource: Int32Array; dfTarget: Int32Array} {
  const n = units.kinds.length;
  const dfSource = new Int32Array(n);
  const dfTarget = new Int32Array(n);
  const count = (bags: Int32Array[], df: Int32Array) => {
    for (const bag of bags) {
      let last = -1;
      for (const f of bag) {
        if (f !== last) df[f]!++;
        last = f;
      }
    }
  };
  count(units.sourceFeatures, dfSource);
  count(units.targetFeatures, dfTarget);
  const ns = units.sourceFeatures.length;
  const nt = units.targetFeatures.length;
  const out = new Float64Array(n);
  const frequent = new Uint8Array(n);
  const commonS = frequentAbove(ns);
  const commonT = frequentAbove(nt);
  const learnedS = frequentAbove(ns, LEARNED_SHARE);
  const learnedT = frequentAbove(nt, LEARNED_SHARE);
  for (let f = 0; f < n; f++) {
    const ds = dfSource[f]!;
    const dt = dfTarget[f]!;
    if (units.kinds[f] === 'learned' ? ds > learnedS || dt > learnedT : ds > commonS || dt > commonT) {
      frequent[f] = 1;
      continue;
    }
    if (ds === 0 || dt === 0) continue;
    // The chance that a random unit of each side holds the feature; the product is the
    // chance of a match between two unrelated units.
    const chance = ((ds + 0.5) / (ns + 1)) * ((dt + 0.5) / (nt + 1));
    const surprise = Math.log(1 / chance) / 2;
    out[f] = weights[units.kinds[f]!] * Math.min(surprise, 4);
  }
  return {weights: out, frequent, dfSource, dfTarget};
}

/** The summed weight of the features two units share, counting repeats as often as both hold them. */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let p = 0;
  let q = 0;
  let s = 0;
  const na = a.length;
  const nb = b.length;
  while (p < na && q < nb) {
    const x = a[p]!;
    const y = b[q]!;
    if (x === y) {
      s += weights[x]!;
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  return s;
}

/** Settings of dictionary learning (hunalign's realign step). */
export interface LearnSettings {
  /** Least Dice coefficient of a word pair. */
  readonly minDice: number;
  /** Least number of beads in which the two words occur together. */
  readonly minCount: number;
  /** Most beads to learn from; larger documents are sampled evenly. */
  readonly maxBeads: number;
  /**
   * Most pairs a word takes part in, the strongest first. A document that repeats its
   * paragraphs makes every word of a paragraph a perfect match for every word of its
   * translation: unbounded, each unit would gain hundreds of features, and the search
   * would slow down as many times, for no better alignment.
   */
  readonly maxPartners: number;
}

/** Hunalign's thresholds: Dice at least 0.5, seen together at least twice. */
export const DEFAULT_LEARN: LearnSettings = {minDice: 0.5, minCount: 2, maxBeads: 1000, maxPartners: 3};

/**
 * Learns word pairs from confident one-to-one beads (pairs of unit indexes) and adds
 * each pair as a feature to the units that hold its words. Returns the number of pairs.
 */
export function learnDictionary(
  units: UnitFeatures,
  pairs: readonly (readonly [number, number])[],
  weights: FeatureWeights,
  settings: LearnSettings = DEFAULT_LEARN,
): number {
  const step = Math.max(1, pairs.length / settings.maxBeads);
  const chosen: (readonly [number, number])[] = [];
  for (let k = 0; k < pairs.length; k += step) chosen.push(pairs[Math.floor(k)]!);
  const cs = new Int32Array(units.wordCount);
  const ct = new Int32Array(units.wordCount);
  for (const [i, j] of chosen) {
    for (const w of units.sourceWords[i]!) cs[w]!++;
    for (const w of units.targetWords[j]!) ct[w]!++;
  }
  // A pair seen together twice needs each word seen at least twice, which most words
  // of a document are not; Dice ≥ 0.5 needs neither word more than three times as
  // frequent as the other; and a word in most beads would make a feature too common to
  // be used. Words sorted by frequency let each source word visit only the target
  // words of a fitting frequency.
  const common = frequentAbove(chosen.length, LEARNED_SHARE);
  const keep = (m: Int32Array, bag: Int32Array) => {
    const kept = bag.filter(w => m[w]! >= settings.minCount && m[w]! <= common);
    return kept.sort((x, y) => m[x]! - m[y]!);
  };
  const ratio = 2 / settings.minDice - 1;
  const joint = new Map<number, number>();
  const maxWord = units.wordCount;
  for (const [i, j] of chosen) {
    const sw = keep(cs, units.sourceWords[i]!);
    const tw = keep(ct, units.targetWords[j]!);
    let from = 0;
    for (const a of sw) {
      const c = cs[a]!;
      while (from < tw.length && ct[tw[from]!]! * ratio < c) from++;
      for (let k = from; k < tw.length && ct[tw[k]!]! <= c * ratio; k++) {
        const key = a * maxWord + tw[k]!;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  // The pairs that pass the thresholds, strongest first (Dice, then beads together,
  // then word order, so that ties fall the same way every time); each taken while
  // both its words have partners to spare.
  const passed: {key: number; dice: number; n: number}[] = [];
  for (const [key, n] of joint) {
    if (n < settings.minCount) continue;
    const a = Math.floor(key / maxWord);
    const dice = (2 * n) / (cs[a]! + ct[key - a * maxWord]!);
    if (dice >= settings.minDice) passed.push({key, dice, n});
  }
  passed.sort((x, y) => y.dice - x.dice || y.n - x.n || x.key - y.key);
  const sourcePartners = new Int32Array(maxWord);
  const targetPartners = new Int32Array(maxWord);
  const taken = new Set<number>();
  for (const {key} of passed) {
    const a = Math.floor(key / maxWord);
    const b = key - a * maxWord;
    if (sourcePartners[a]! >= settings.maxPartners || targetPartners[b]! >= settings.maxPartners) continue;
    sourcePartners[a]!++;
    targetPartners[b]!++;
    taken.add(key);
  }
  const sourceLinks: number[][] = [];
  const targetLinks: number[][] = [];
  let learned = 0;
  const base = units.kinds.length;
  // Features are numbered in the order the pairs were first seen.
  for (const [key, n] of joint) {
    if (!taken.has(key)) continue;
    const a = Math.floor(key / maxWord);
    const b = key - a * maxWord;
    const feature = base + learned++;
    units.support.set(feature, n);
    units.kinds.push('learned');
    (sourceLinks[a] ??= []).push(feature);
    (targetLinks[b] ??= []).push(feature);
  }
  if (learned === 0) return 0;
  const extend = (bags: Int32Array[], wordsOf: Int32Array[], links: number[][], sizes: Int32Array) => {
    bags.forEach((bag, u) => {
      const extra: number[] = [];
      for (const w of wordsOf[u]!) {
        const l = links[w];
        if (l) for (const f of l) extra.push(f);
      }
      if (extra.length === 0) return;
      sizes[u] = sizes[u]! + extra.length;
      // New feature ids are larger than every old one, so appending keeps the order.
      const merged = new Int32Array(bag.length + extra.length);
      merged.set(bag);
      merged.set(Int32Array.from(extra).sort(), bag.length);
      bags[u] = merged;
    });
  };
  extend(units.sourceFeatures, units.sourceWords, sourceLinks, units.sourceSize);
  extend(units.targetFeatures, units.targetWords, targetLinks, units.targetSize);
  weigh(units, weights, false);
  return learned;
}

/**
 * Unit pairs that share rare features (a number or a name found in no other unit, or
 * found as often on both sides), thinned to the longest chain that increases on both sides. The chain is a
 * skeleton of the alignment: the search band follows it instead of the diagonal, so a
 * document with many insertions or deletions needs no wide band.
 */
export function anchorSkeleton(units: UnitFeatures): [number, number][] {
  const n = units.kinds.length;
  // The units holding each feature, in order, for features held by at most
  // MAX_OCCURRENCES units of a side.
  const occurrences = (bags: Int32Array[]) => {
    const count = new Int32Array(n);
    const last = new Int32Array(n).fill(-1);
    bags.forEach((bag, u) => {
      for (const f of bag) {
        if (last[f] === u) continue;
        last[f] = u;
        count[f]!++;
      }
    });
    const start = new Int32Array(n + 1);
    for (let f = 0; f < n; f++) start[f + 1] = start[f]! + (count[f]! <= MAX_OCCURRENCES ? count[f]! : 0);
    const units = new Int32Array(start[n]!);
    const fill = start.slice(0, n);
    last.fill(-1);
    bags.forEach((bag, u) => {
      for (const f of bag) {
        if (last[f] === u || count[f]! > MAX_OCCURRENCES) continue;
        last[f] = u;
        units[fill[f]!++] = u;
      }
    });
    return {start, units};
  };
  const s = occurrences(units.sourceFeatures);
  const t = occurrences(units.targetFeatures);
  // A feature held by as many units on each side (a name said three times in both)
  // pairs its occurrences in order. A pair of units counts when it shares a rare number
  // or name, or two rare features of any kind: one shared word start alone is too often
  // a coincidence.
  const shared = new Map<number, number>();
  const nt = units.targetFeatures.length;
  for (let f = 0; f < n; f++) {
    const c = s.start[f + 1]! - s.start[f]!;
    if (c === 0 || c !== t.start[f + 1]! - t.start[f]! || units.kinds[f] === 'mark') continue;
    const strong = units.kinds[f] === 'number' || units.kinds[f] === 'name';
    for (let m = 0; m < c; m++) {
      const key = s.units[s.start[f]! + m]! * nt + t.units[t.start[f]! + m]!;
      shared.set(key, (shared.get(key) ?? 0) + (strong ? 2 : 1));
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, strength] of shared) if (strength >= 2) pairs.push([Math.floor(key / nt), key % nt]);
  // Longest chain strictly increasing in both: sort by source, target descending within
  // a source unit so that one source unit contributes at most one point.
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const v = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailAt[lo] = k;
    if (lo > 0) prev[k] = tailAt[lo - 1]!;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length ? tailAt[tails.length - 1]! : -1; k >= 0; k = prev[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/** log(erfc(x)) for x ≥ 0, stable far into the tail (Numerical Recipes' erfcc). */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}

/** When one side has no unit, nothing can pair: every unit of the other side stands alone, for certain. */
export function oneSidedBeads(ns: number, nt: number): Bead[] {
  return ns === 0
    ? Array.from({length: nt}, (_, j) => ({source: [], target: [j], confidence: 1}))
    : Array.from({length: ns}, (_, i) => ({source: [i], target: [], confidence: 1}));
}
