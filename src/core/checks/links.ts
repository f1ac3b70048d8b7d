/**
 * Word links between the two sides of a bead: which source word each target word
 * renders. A link is found by identity (names, numbers, kept terms), by the
 * bilingual lexicon (through stems), or by cognate form ("cooperación" /
 * "cooperation"); among candidates the one closest to the expected position wins,
 * the expected position being interpolated between unambiguous anchors. The checks
 * for omission, addition, names and mistranslation read the gaps this leaves.
 */
import {foldAccents} from '../../languages/profile.js';
import type {CheckContext, CheckInput} from './context.js';
import type {LexiconPhrase} from '../../languages/lexicon.js';
import type {Location} from '../types.js';
import {isContent} from './gaps.js';
import {beadMemo, beadWords, locationOf, type BeadWords, type Word} from './words.js';

/** How a link was found, strongest first. */
export type LinkKind = 'identity' | 'lexicon' | 'cognate' | 'function';

/** A link between a target word and the source word it renders. */
export interface Link {
  /** Source word index. */
  readonly source: number;
  /** Target word index. */
  readonly target: number;
  /** How the link was found. */
  readonly kind: LinkKind;
}

/** The words of a bead and the links between them. */
export interface BeadLinks extends BeadWords {
  /** For each target word, its link (or null). */
  readonly byTarget: readonly (Link | null)[];
  /** For each source word, the links that reach it. */
  readonly bySource: readonly (readonly Link[])[];
  /** For each source word, the target stems the lexicon (and phrases) allow for it. */
  readonly allowed: readonly (ReadonlySet<string> | undefined)[];
  /** For each source word, the id of the multiword unit it belongs to (a phrase, a name), or -1. */
  readonly groups: readonly number[];
  /** Expected target position of each source word, interpolated between anchors. */
  readonly expectedTarget: readonly number[];
  /** Expected source position of each target word. */
  readonly expectedSource: readonly number[];
}

const STRENGTH: Readonly<Record<LinkKind, number>> = {identity: 1, lexicon: 0.9, cognate: 0.7, function: 0.35};

/** Letters normalised so that Spanish and English spellings of one root meet. */
export function cognateForm(word: string): string {
  const hit = formCache.get(word);
  if (hit !== undefined) return hit;
  const out = cognateFormUncached(word);
  if (formCache.size > 100_000) formCache.clear();
  formCache.set(word, out);
  return out;
}

const formCache = new Map<string, string>();

function cognateFormUncached(word: string): string {
  // "post-election" and "postelectoral" are one root: joining marks do not count.
  return foldAccents(word)
    .replace(/[-‐'’]/g, '')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'c')
    .replace(/qu/g, 'c')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i')
    .replace(/nm/g, 'm')
    .replace(/(.)\1+/g, '$1');
}

/** Whether two stems look like one root in two languages. */
export function cognateStems(a: string, b: string): boolean {
  const x = cognateForm(a);
  const y = cognateForm(b);
  const short = Math.min(x.length, y.length);
  if (short < 4) return false;
  let p = 0;
  while (p < short && x[p] === y[p]) p++;
  return p >= 5 || (p >= 4 && p === short);
}

/** Target-side stems of a word: itself and, for a hyphenated word, its parts. */
function targetStems(w: Word, ctx: CheckContext): readonly string[] {
  let table = stemsCache.get(ctx.target);
  if (!table) stemsCache.set(ctx.target, (table = new Map()));
  // The stems depend on the lowercase text alone (a hyphen survives lowercasing).
  let out = table.get(w.lower);
  if (out) return out;
  const list = [w.stem];
  // Comparatives and superlatives render the plain adjective ("más alta" → "highest").
  const degree = /^(.{3,}?)(i?)(est|er)$/.exec(w.lower);
  if (degree) list.push(ctx.target.stem(degree[1]! + (degree[2] ? 'y' : '')), ctx.target.stem(degree[1]! + degree[2]! + 'e'));
  if (w.lower.includes('-')) list.push(...w.lower.split('-').filter(Boolean).map(p => ctx.target.stem(p)));
  out = list;
  if (table.size > 100_000) table.clear();
  table.set(w.lower, out);
  return out;
}

const stemsCache = new WeakMap<object, Map<string, readonly string[]>>();

/** The keys under which a word's cognates meet: the first letters of its stem's and its own cognate forms (then the stem they were made for). */
function cognateKeys(w: Word): readonly [string, string, string] {
  let keys = cognateKeyCache.get(w.lower);
  if (keys && keys[2] === w.stem) return keys;
  keys = [cognateForm(w.stem).slice(0, 4), cognateForm(w.lower).slice(0, 4), w.stem];
  if (cognateKeyCache.size > 100_000) cognateKeyCache.clear();
  cognateKeyCache.set(w.lower, keys);
  return keys;
}

// Keyed by the lowercase text; the stem is kept to tell the two languages' readings of one spelling apart.
const cognateKeyCache = new Map<string, readonly [string, string, string]>();

const bySecondCache = new WeakMap<readonly LexiconPhrase[], ReadonlyMap<string, readonly LexiconPhrase[]>>();

/** Expressions grouped by their second stem, made once per list. */
function phrasesBySecond(list: readonly LexiconPhrase[]): ReadonlyMap<string, readonly LexiconPhrase[]> {
  const out = bySecondCache.get(list);
  if (out) return out;
  const map = new Map<string, LexiconPhrase[]>();
  for (const p of list) {
    const key = p.stems[1] ?? '';
    const l = map.get(key);
    if (l) l.push(p);
    else map.set(key, [p]);
  }
  bySecondCache.set(list, map);
  return map;
}

function allowedStems(input: BeadWords, ctx: CheckContext, groups: number[], extra: (Set<string> | undefined)[]): (ReadonlySet<string> | undefined)[] {
  const src = input.source;
  let group = 0;
  // Lexicon sets are shared, never written; what a bead adds goes to `extra` too, so
  // that candidate lookup can index the additions alone.
  const allowed: (ReadonlySet<string> | undefined)[] = src.map(w => (w.kind === 'word' ? renderingsOf(w, ctx) : undefined));
  const addTo = (m: number, stems: Iterable<string>): void => {
    const set = new Set(allowed[m] ?? []);
    for (const x of stems) {
      set.add(x);
      (extra[m] ??= new Set()).add(x);
    }
    allowed[m] = set;
  };
  src.forEach((w, m) => {
    // A hyphenated compound renders as its parts ("ruso-china", "contencioso-administrativa").
    if (w.kind !== 'word' || !w.text.includes('-')) return;
    for (const part of w.lower.split('-')) addTo(m, ctx.lexicon.translations(ctx.source.stem(part)) ?? []);
  });
  // Multiword expressions: every word of the expression may render as any of its targets.
  for (let k = 0; k < src.length; k++) {
    const w = src[k]!;
    if (w.kind !== 'word') continue;
    // The next word's stem narrows the expressions to try: a common first word ("de",
    // "a") starts thousands of them.
    let next = k + 1;
    while (next < src.length && src[next]!.kind === 'punct') next++;
    const candidates = phrasesBySecond(ctx.lexicon.phrasesStartingWith(w.stem)).get(src[next]?.stem ?? '') ?? [];
    for (const phrase of candidates) {
      const idx: number[] = [];
      let j = k;
      for (const stem of phrase.stems) {
        while (j < src.length && src[j]!.kind === 'punct' && idx.length > 0) j++;
        if (j < src.length && src[j]!.stem === stem) idx.push(j++);
        else break;
      }
      if (idx.length !== phrase.stems.length) continue;
      group++;
      for (const m of idx) {
        groups[m] = group;
        addTo(m, phrase.targets);
      }
    }
  }
  // Accepted target forms of names (exonyms, acronyms) render their source words too.
  for (const table of [ctx.pair.exonyms, ctx.pair.acronyms]) {
    for (let k = 0; k < src.length; k++) {
      if (!src[k]!.capitalized) continue;
      let key = '';
      for (let len = 1; len <= 3 && k + len <= src.length; len++) {
        key = len === 1 ? src[k]!.lower : `${key} ${src[k + len - 1]!.lower}`;
        const forms = table.get(key);
        if (!forms) continue;
        group++;
        for (let m = k; m < k + len; m++) {
          if (len > 1) groups[m] = group;
          addTo(m, forms.flatMap(f => f.toLowerCase().split(/[\s-]+/)).map(part => ctx.target.stem(part)));
        }
      }
    }
  }
  return allowed;
}

function candidateKind(s: Word, t: Word, tStems: readonly string[], allowed: ReadonlySet<string> | undefined): LinkKind | null {
  if (s.kind === 'number' || t.kind === 'number') return s.kind === t.kind && s.text === t.text ? 'identity' : null;
  if (s.kind !== 'word' || t.kind !== 'word') return null;
  const lexical = allowed !== undefined && tStems.some(x => allowed.has(x));
  if (lexical) return s.isFunction || t.isFunction ? 'function' : 'lexicon';
  if (s.folded === t.folded && (s.capitalized || t.capitalized || s.allCaps || (!s.isFunction && s.lower.length >= 4 && allowed === undefined))) {
    return 'identity';
  }
  if (!s.isFunction && !t.isFunction && s.lower.length >= 4 && t.lower.length >= 4 && (cognateStems(s.stem, t.stem) || cognateStems(s.lower, t.lower))) return 'cognate';
  // A word of the same family as a rendering ("sugary" for a word rendered "sugarcoated",
  // "dockworkers" for one rendered "docker"): a derived or compound form renders it too.
  if (allowed !== undefined && !s.isFunction && !t.isFunction && t.lower.length >= 5 && tStems.some(x => sameFamily(x, allowed))) return 'cognate';
  return null;
}

/**
 * The renderings of a source word. A verb whose stem vowel breaks into a diphthong
 * when stressed ("advierten", "advertir"; "cuentan", "contar") has a stem the lexicon
 * does not list: the plain vowel is tried when the stem itself is unknown.
 */
export function renderingsOf(w: Word, ctx: CheckContext): ReadonlySet<string> | undefined {
  const direct = ctx.lexicon.translations(w.stem);
  if (direct || w.kind !== 'word') return direct;
  let plain = diphthongCache.get(w.stem);
  if (plain === undefined) {
    plain = w.stem.replace(/ie(?=[^aeiouáéíóú]*$)/, 'e').replace(/ue(?=[^aeiouáéíóú]*$)/, 'o');
    if (diphthongCache.size > 50_000) diphthongCache.clear();
    diphthongCache.set(w.stem, plain);
  }
  return plain === w.stem ? undefined : ctx.lexicon.translations(plain);
}

const diphthongCache = new Map<string, string>();

/** Whether a target stem and one of a source word's renderings share a root of five letters or more. */
function sameFamily(stem: string, allowed: ReadonlySet<string>): boolean {
  if (stem.length < 4) return false;
  const root = stem.slice(0, 5);
  for (const r of allowed) {
    if (r.length < 4 || r.includes(' ')) continue;
    if (root.length === 5 ? r.startsWith(root) : r === stem) return true;
    // A compound that holds a rendering whole ("landowners" holds "owner").
    if (r.length >= 5 && stem.includes(r)) return true;
  }
  return false;
}

/** Positions interpolated between anchors (pairs sorted by both coordinates). */
function interpolate(anchors: readonly (readonly [number, number])[], fromLen: number, toLen: number): number[] {
  const pts: (readonly [number, number])[] = [[-1, -1], ...anchors, [fromLen, toLen]];
  const out = new Array<number>(fromLen);
  let a = 0;
  for (let i = 0; i < fromLen; i++) {
    while (a < pts.length - 2 && pts[a + 1]![0] <= i) a++;
    const [x0, y0] = pts[a]!;
    const [x1, y1] = pts[a + 1]!;
    out[i] = x1 === x0 ? y0 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
  }
  return out;
}

/** The longest chain of anchors increasing on both sides. */
function monotoneChain(pairs: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const n = sorted.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - 200); j < i; j++) {
      if (sorted[j]![0] < sorted[i]![0] && sorted[j]![1] < sorted[i]![1] && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || len[i]! > len[best]!) best = i;
  const out: (readonly [number, number])[] = [];
  for (let i = best; i >= 0; i = prev[i]!) out.push(sorted[i]!);
  return out.reverse();
}

/**
 * An acronym in brackets spelled out before it ("national identity document (DNI)"):
 * the words whose initials are its letters, in any order, render what it renders.
 */
function expandAcronyms(tgt: readonly Word[], byTarget: (Link | null)[]): void {
  for (let k = 2; k + 1 < tgt.length; k++) {
    const a = tgt[k]!;
    const link = byTarget[k];
    if (!a.allCaps || !link || tgt[k - 1]!.text !== '(' || tgt[k + 1]!.text !== ')') continue;
    const letters = [...a.lower].sort().join('');
    const n = letters.length;
    const words: Word[] = [];
    for (let j = k - 2; j >= 0 && words.length < n + 3; j--) {
      const w = tgt[j]!;
      if (w.kind !== 'word') break;
      if (!w.isFunction) words.unshift(w);
      if (words.length === n) break;
    }
    if (words.length !== n || words.map(w => w.lower[0]).sort().join('') !== letters) continue;
    for (const w of words) if (!byTarget[w.i] || byTarget[w.i]!.kind === 'cognate') byTarget[w.i] = {source: link.source, target: w.i, kind: 'identity'};
  }
}

/** Source positions in a packed rendering match (the bits below), the stem's rank above them. */
const SOURCE_BITS = 20;
const SOURCE_MASK = (1 << SOURCE_BITS) - 1;

/**
 * For each target word, the source words that one of its stems renders (the lexicon
 * read backwards, for the source words of this bead only), in the order the stems
 * are tried: for each stem, the source words whose renderings hold it, then those
 * with a rendering of five letters or more that starts as it does; source words in
 * order within each. Packed as rank << SOURCE_BITS | source position, sorted.
 */
function renderingMatches(src: readonly Word[], tgt: readonly Word[], allowed: readonly (ReadonlySet<string> | undefined)[], ctx: CheckContext): (number[] | undefined)[] {
  // The target's stems, and its stems of five letters or more by their first five letters.
  const byStem = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  tgt.forEach((t, ti) => {
    if (t.kind !== 'word') return;
    targetStems(t, ctx).forEach((st, rank) => {
      // A word has a few stems; past 63 (a long hyphenated chain) they say nothing new.
      if (rank > 63) return;
      const packed = ti * 64 + rank;
      const list = byStem.get(st);
      if (list) list.push(packed);
      else byStem.set(st, [packed]);
      if (st.length >= 5) {
        const key = st.slice(0, 5);
        const near = byPrefix.get(key);
        if (near) near.push(packed);
        else byPrefix.set(key, [packed]);
      }
    });
  });
  const out: (number[] | undefined)[] = new Array(tgt.length);
  const hit = (ti: number, order: number, i: number): void => {
    const list = out[ti];
    const packed = order * (SOURCE_MASK + 1) + i;
    if (list) list.push(packed);
    else out[ti] = [packed];
  };
  for (const s of src) {
    const renderings = allowed[s.i];
    if (s.kind !== 'word' || !renderings) continue;
    // The hand-written renderings come first; a function word's long tail of senses
    // ("de": dozens) adds links no check reads, at a cost on every bead.
    let n = 0;
    const most = s.isFunction ? 12 : 60;
    for (const r of renderings) {
      if (++n > most) break;
      const exact = byStem.get(r);
      if (exact) for (const packed of exact) hit(packed >> 6, (packed & 63) * 2, s.i);
      if (r.length < 5 || s.isFunction) continue;
      const near = byPrefix.get(r.slice(0, 5));
      if (near) for (const packed of near) hit(packed >> 6, (packed & 63) * 2 + 1, s.i);
    }
  }
  for (const list of out) if (list && list.length > 1) list.sort((a, b) => a - b);
  return out;
}

/** The links of the input's bead (computed once per input and context). */
export function beadLinks(input: CheckInput, ctx: CheckContext): BeadLinks {
  const memo = beadMemo(input, ctx);
  const hit = memo.extra.get('links') as BeadLinks | undefined;
  if (hit) return hit;
  const out = computeLinks(beadWords(input, ctx), ctx);
  memo.extra.set('links', out);
  return out;
}

function computeLinks(words: BeadWords, ctx: CheckContext): BeadLinks {
  const src = words.source;
  const tgt = words.target;
  const groups = src.map(() => -1);
  const extra = new Array<Set<string> | undefined>(src.length);
  const allowed = allowedStems(words, ctx, groups, extra);
  // Index source words by what can match them, so each target word looks up its
  // candidates: by figure, by folded form, by the stems a phrase or name adds, by
  // cognate key, and by the lexicon's renderings (the lexicon read backwards, but
  // only for the few source words of this bead).
  const byNumber = new Map<string, number[]>();
  const byFolded = new Map<string, number[]>();
  const byExtra = new Map<string, number[]>();
  const byCognate = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else map.set(key, [i]);
  };
  for (const s of src) {
    if (s.kind === 'number') add(byNumber, s.text, s.i);
    if (s.kind !== 'word') continue;
    add(byFolded, s.folded, s.i);
    const added = extra[s.i];
    if (added) for (const t of added) add(byExtra, t, s.i);
    if (!s.isFunction && s.lower.length >= 4) {
      const keys = cognateKeys(s);
      add(byCognate, keys[0], s.i);
      add(byCognate, keys[1], s.i);
    }
  }
  const renderingHits = renderingMatches(src, tgt, allowed, ctx);
  // The source words met for the current target word, in the order they were met.
  const stamp = new Int32Array(src.length);
  const met: number[] = [];
  const visit = (list: readonly number[] | undefined, mark: number): void => {
    if (!list) return;
    for (const i of list) {
      if (stamp[i] === mark) continue;
      stamp[i] = mark;
      met.push(i);
    }
  };
  const candidates: {s: number; kind: LinkKind}[][] = tgt.map((t, ti) => {
    if (t.kind !== 'word' && t.kind !== 'number') return [];
    const mark = ti + 1;
    met.length = 0;
    let stems: readonly string[] = [];
    if (t.kind === 'number') visit(byNumber.get(t.text), mark);
    else {
      stems = targetStems(t, ctx);
      visit(byFolded.get(t.folded), mark);
      for (const st of stems) visit(byExtra.get(st), mark);
      if (!t.isFunction && t.lower.length >= 4) {
        const keys = cognateKeys(t);
        visit(byCognate.get(keys[0]), mark);
        visit(byCognate.get(keys[1]), mark);
      }
      const hits = renderingHits[ti];
      if (hits) {
        for (const h of hits) {
          const i = h & SOURCE_MASK;
          if (stamp[i] === mark) continue;
          stamp[i] = mark;
          met.push(i);
        }
      }
    }
    const out: {s: number; kind: LinkKind}[] = [];
    for (const i of met) {
      const kind = candidateKind(src[i]!, t, stems, allowed[i]);
      if (kind) out.push({s: i, kind});
    }
    return out;
  });

  // Anchors: strong links that are unambiguous on both sides.
  const strongCount = new Map<number, number>();
  candidates.forEach(list => {
    for (const c of list) if (STRENGTH[c.kind] >= 0.9) strongCount.set(c.s, (strongCount.get(c.s) ?? 0) + 1);
  });
  const anchorPairs: [number, number][] = [];
  candidates.forEach((list, ti) => {
    const strong = list.filter(c => STRENGTH[c.kind] >= 0.9);
    if (strong.length === 1 && strongCount.get(strong[0]!.s) === 1) anchorPairs.push([strong[0]!.s, ti]);
  });
  const chain = monotoneChain(anchorPairs);
  const expectedTarget = interpolate(chain, src.length, tgt.length);
  const expectedSource = interpolate(chain.map(([a, b]) => [b, a] as const), tgt.length, src.length);

  const scale = Math.max(8, Math.min(src.length, 60));
  const byTarget: (Link | null)[] = tgt.map((t, ti) => {
    const list = candidates[ti]!;
    if (!list.length) return null;
    const expected = expectedSource[ti]!;
    let best: {s: number; kind: LinkKind} | null = null;
    let bestScore = -Infinity;
    for (const c of list) {
      const distance = Math.abs(c.s - expected) / scale;
      const score = STRENGTH[c.kind] - 0.5 * distance;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    // A function-word link far from where it should be says nothing.
    if (!best || (best.kind === 'function' && Math.abs(best.s - expected) > 6)) return null;
    return {source: best.s, target: ti, kind: best.kind};
  });
  expandAcronyms(tgt, byTarget);
  const bySource: Link[][] = src.map(() => []);
  for (const l of byTarget) if (l) bySource[l.source]!.push(l);
  // A hyphenated target word renders several source words ("US-led" for "liderado por Estados Unidos").
  tgt.forEach((t, ti) => {
    if (!t.text.includes('-')) return;
    for (const c of candidates[ti]!) {
      if (c.s === byTarget[ti]?.source || Math.abs(c.s - expectedSource[ti]!) > 8) continue;
      bySource[c.s]!.push({source: c.s, target: ti, kind: c.kind});
    }
  });
  return {...words, byTarget, bySource, allowed, groups, expectedTarget, expectedSource};
}

/** A word of one side as the links report it: its place and text. */
export interface LinkedWord {
  /** Where it stands. */
  readonly at: Location;
  /** Its text. */
  readonly text: string;
}

/** The word links of one bead, for people and tools to see why a word was flagged. */
export interface BeadLinkReport {
  /** Source and target words linked, with how the link was found. */
  readonly links: readonly {readonly source: LinkedWord; readonly target: LinkedWord; readonly kind: LinkKind}[];
  /** Source content words nothing renders. */
  readonly unlinkedSource: readonly LinkedWord[];
  /** Target content words that render nothing. */
  readonly unlinkedTarget: readonly LinkedWord[];
}

/** The links of a bead as data: linked pairs and the content words left unlinked on each side. */
export function linkReport(input: CheckInput, ctx: CheckContext): BeadLinkReport {
  const links = beadLinks(input, ctx);
  const word = (w: Word): LinkedWord => ({at: locationOf(w), text: w.text});
  const content = (w: Word, profile: CheckContext['source'], side: readonly Word[]): boolean => isContent(w, profile.meaningfulFunctionWords, profile.functionWords, undefined, side[w.i - 1]);
  const pairs = links.byTarget.flatMap(l => (l ? [{source: word(links.source[l.source]!), target: word(links.target[l.target]!), kind: l.kind}] : []));
  return {
    links: pairs,
    unlinkedSource: links.source.filter((w, i) => content(w, ctx.source, links.source) && links.bySource[i]!.length === 0).map(word),
    unlinkedTarget: links.target.filter((w, i) => content(w, ctx.target, links.target) && !links.byTarget[i]).map(word),
  };
}
