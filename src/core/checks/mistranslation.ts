/**
 * Wrong senses and broken grammar: false friends ("realize" for "realizar"),
 * idioms rendered word for word ("saved their vote" for "salvaron el voto"), an
 * article read as a pronoun ("He trade" for "El comercio"), tense lost (a Spanish
 * future rendered as an English present, a past as a bare verb), "for" before a
 * bare verb, a sentence opening with a bare "Be", a gerund verb followed by a past
 * form ("denied sold"), and a single word that renders nothing while its neighbours
 * are rendered and the source word in its place has known senses it does not match.
 * The grammar rules are English ones and run only on English translations.
 */
import type {FalseFriend, IdiomCalque} from '../../languages/pairs.js';
import {knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft, type PosTag} from './context.js';
import {beadLinks, type BeadLinks} from './links.js';
import {tagsOf} from './tags.js';
import type {Paragraph} from '../types.js';
import {forEachDocumentWord, locationOf, spanOf, type Word} from './words.js';

/** English verbs followed by a gerund, never by a past form ("denies having sold"). */
const GERUND_VERBS = new Set(`admit avoid consider deny enjoy finish imagine mention mind miss practise practice quit recommend regret resist risk suggest stop delay postpone dislike justify`.split(' '));

const MODAL_BEFORE = new Set(['will', "'ll", 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'going', 'does', 'did', 'do', "n't", 'not', 'wo', 'won', 'let', 'help', 'make', 'makes', 'made']);

function draft(code: string, target: DivergenceDraft['target'], source: DivergenceDraft['source'], params: Record<string, string>): DivergenceDraft {
  return {category: 'mistranslation', severity: 'warning', code, params, target, source};
}

/** Whether a paragraph reads as a headline (no closing punctuation), where English drops tense and articles. */
function isHeadline(text: string): boolean {
  return !/[.!?…»”"):]$/.test(text.trim());
}

function near(links: BeadLinks, s: Word, window: number): Word[] {
  const e = links.expectedTarget[s.i] ?? 0;
  return links.target.filter(t => t.kind === 'word' && Math.abs(t.i - e) <= window);
}

interface PairStems {
  readonly falseFriends: readonly {readonly stem: string; readonly wrong: ReadonlySet<string>; readonly ff: FalseFriend}[];
  readonly idioms: readonly {readonly stems: readonly string[]; readonly calque: readonly string[]; readonly idiom: IdiomCalque}[];
}

const stemCache = new WeakMap<CheckContext, PairStems>();

/** The pair data's words stemmed once per context. */
function pairStems(ctx: CheckContext): PairStems {
  let out = stemCache.get(ctx);
  if (!out) {
    out = {
      // A wrong rendering written "=form" is matched as that form only: its stem is shared by right words ("librería", "libra").
      falseFriends: ctx.pair.falseFriends.map(ff => ({ff, stem: ctx.source.stem(ff.source), wrong: new Set(ff.wrong.map(w => (w.startsWith('=') ? w : ctx.target.stem(w))))})),
      idioms: ctx.pair.idiomCalques.map(idiom => ({idiom, stems: idiom.idiom.map(w => ctx.source.stem(w)), calque: idiom.calque.map(w => ctx.target.stem(w))})),
    };
    stemCache.set(ctx, out);
  }
  return out;
}

/** Whether a word is the lemma itself or its plural or feminine form. */
function isFormOf(word: string, lemma: string): boolean {
  if (word === lemma || word === `${lemma}s` || word === `${lemma}es`) return true;
  return lemma.endsWith('o') && (word === `${lemma.slice(0, -1)}a` || word === `${lemma.slice(0, -1)}as`);
}

/** Whether a word can be a form of a lemma that is a verb (any word is, for a lemma that is not an infinitive). */
function isVerbForm(word: string, lemma: string, ctx: CheckContext): boolean {
  const p = ctx.source;
  if (!p.infinitiveEndings.some(e => lemma.endsWith(e))) return true;
  // An ending may hold for one conjugation only ("er:e": "pretende" is a form of an -er
  // verb, while "recorde" is no form of "recordar" but a noun).
  return (
    p.verbTense(word) !== 'other' ||
    p.verbEndings.some(e => {
      const colon = e.indexOf(':');
      return colon < 0 ? word.endsWith(e) : lemma.endsWith(e.slice(0, colon)) && word.endsWith(e.slice(colon + 1));
    })
  );
}

function falseFriends(links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  const sourceStems = new Set(links.source.map(w => w.stem));
  for (const {ff, stem, wrong} of pairStems(ctx).falseFriends) {
    if (!sourceStems.has(stem)) continue;
    for (const s of links.source) {
      if (s.kind !== 'word' || s.stem !== stem) continue;
      // Another word that stems alike ("récord" beside "recordar"): a headword of its own
      // that is no form of the false friend's lemma.
      if (s.lower !== ff.source && ctx.lexicon.hasForm(s.lower) && !isFormOf(s.lower, ff.source)) continue;
      // A verb's false friend needs a form of the verb: a noun that stems alike ("recorde"
      // beside "recordar") reads as no tense and has no verb ending.
      if (s.lower !== ff.source && !isVerbForm(s.lower, ff.source, ctx)) continue;
      if (ff.onlyBefore) {
        const next = links.source[s.i + 1];
        const ok = !!next && ff.onlyBefore.some(x => (x === 'INF' ? next.lower.length > 3 && ctx.source.infinitiveEndings.some(e => next.lower.endsWith(e)) : next.lower === x));
        if (!ok) continue;
      }
      // The nearest wrong rendering to where the word's rendering is expected.
      const expected = links.expectedTarget[s.i] ?? 0;
      const hit = near(links, s, 10)
        .filter(t => wrong.has(t.stem) || wrong.has(`=${t.lower}`))
        .sort((a, b) => Math.abs(a.i - expected) - Math.abs(b.i - expected))[0];
      if (hit) out.push(draft('false-friend', locationOf(hit), locationOf(s), {source: s.text, target: hit.text}));
    }
  }
}

function idiomCalques(links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  const src = links.source.filter(w => w.kind === 'word');
  const tgt = links.target.filter(w => w.kind === 'word');
  const sourceStems = new Set(src.map(w => w.stem));
  for (const {idiom, stems, calque} of pairStems(ctx).idioms) {
    if (!stems.every(st => sourceStems.has(st))) continue;
    for (let k = 0; k + stems.length <= src.length; k++) {
      if (!stems.every((st, j) => src[k + j]!.stem === st)) continue;
      // The calque's words in order, at most two words apart.
      for (let a = 0; a < tgt.length; a++) {
        if (tgt[a]!.stem !== calque[0] && tgt[a]!.lower !== idiom.calque[0]) continue;
        let pos = a;
        let ok = true;
        for (let j = 1; j < calque.length && ok; j++) {
          let found = -1;
          for (let b = pos + 1; b <= pos + 3 && b < tgt.length; b++) {
            if (tgt[b]!.stem === calque[j] || tgt[b]!.lower === idiom.calque[j]) {
              found = b;
              break;
            }
          }
          if (found < 0) ok = false;
          else pos = found;
        }
        if (!ok) continue;
        // Start the span at the verb or article just before, when the calque begins mid-phrase.
        let from = a;
        const before = tgt[a - 1];
        if (before && (before.lower === 'a' || before.lower === 'an' || before.lower === 'the' || links.byTarget[before.i]?.source === src[k]!.i)) from = a - 1;
        const first = src[k]!;
        const last = src[k + stems.length - 1]!;
        out.push(draft('idiom-calque', spanOf(links.target, tgt[from]!.i, tgt[pos]!.i), spanOf(links.source, first.i, last.i), {source: idiom.idiom.join(' ')}));
        break;
      }
    }
  }
}

function articlePronouns(links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  for (const t of links.target) {
    if (!t.sentenceStart || t.kind !== 'word') continue;
    const next = links.target[t.i + 1];
    if (!next || next.kind !== 'word') continue;
    const nextLink = links.byTarget[next.i];
    if (!nextLink) continue;
    const art = links.source[nextLink.source - 1];
    if (!art) continue;
    const pronouns = ctx.pair.articlePronouns.get(art.lower);
    if (pronouns?.includes(t.lower)) out.push(draft('article-as-pronoun', spanOf(links.target, t.i, next.i), spanOf(links.source, art.i, nextLink.source), {source: art.text, target: t.text}));
  }
}

/** Whether the tagger, where there is one, reads the bead's target word `i` as something else than a verb. */
function isNotVerb(input: CheckInput, ctx: CheckContext, i: number): boolean {
  const tag = tagsOf(input, ctx)?.[i];
  return tag !== undefined && tag !== 'VERB' && tag !== 'AUX';
}

/** Modals that make a form conditional in English ("would rise", "could reach"). */
const CONDITIONAL_BEFORE = new Set(['would', "'d", 'could', 'might', 'should', 'may']);

/**
 * The tense a source verb has and the target verb linked to it has lost: a future
 * or conditional rendered as a present or past, a past as a bare form or a future.
 * A source word that is a headword of the lexicon is a noun or an adjective that
 * looks like a verb form ("partido", "secretaría"), and tells no tense.
 */
function tenses(input: CheckInput, links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  for (const l of links.byTarget) {
    if (!l || l.kind === 'identity') continue;
    const s = links.source[l.source]!;
    const t = links.target[l.target]!;
    if (s.kind !== 'word' || t.kind !== 'word' || s.capitalized || t.capitalized || t.isFunction || t.quoted) continue;
    const sTense = ctx.source.verbTense(s.lower);
    if (sTense !== 'future' && sTense !== 'past' && sTense !== 'conditional') continue;
    if (ctx.lexicon.hasForm(s.lower)) continue;
    const tTense = ctx.target.verbTense(t.lower);
    const para = input.target[t.paragraph];
    if (!para || isHeadline(para.text)) continue;
    const before = links.target.slice(Math.max(0, t.i - 3), t.i).filter(w => w.sentence === t.sentence);
    // The linked word must be used as a verb: a determiner before it makes it a noun.
    const prev = before[before.length - 1];
    if (prev && /^(a|an|the|this|that|its|their|his|her|our|of|for|in|on|with|by)$/.test(prev.lower)) continue;
    const next = links.target[t.i + 1];
    const span = (withNext: boolean): DivergenceDraft['target'] => spanOf(links.target, t.i, withNext && next && next.kind === 'word' && !next.isFunction ? next.i : t.i);
    const params = {source: s.text, target: t.text};
    if (sTense === 'past') {
      // "will" before a verb whose source is past: the event moved to the future.
      const willBefore = before.slice(-2).some(w => w.lower === 'will' || w.lower === "'ll");
      const asFuture = willBefore && (tTense === 'base' || tTense === 'other') && !t.lower.endsWith('ing');
      const lost = !asFuture && tTense === 'base' && !before.some(w => MODAL_BEFORE.has(w.lower));
      // Where a tagger reads the sentence, a word it takes for a noun or an adjective
      // ("player", "advantage") has no tense to lose. Asked last: tagging costs most.
      if (!(asFuture || lost) || isNotVerb(input, ctx, t.i)) continue;
      if (asFuture) {
        const first = before.find(w => w.lower === 'will' || w.lower === "'ll")!;
        out.push(draft('tense-past-as-future', spanOf(links.target, first.i, t.i), locationOf(s), params));
      } else out.push(draft('tense-past-lost', span(false), locationOf(s), params));
      continue;
    }
    if (sTense === 'conditional') {
      if (tTense !== 'past' && tTense !== 'present') continue;
      if (before.some(w => CONDITIONAL_BEFORE.has(w.lower) || MODAL_BEFORE.has(w.lower))) continue;
      // A past participle after "have"/"be" is part of a compound form the auxiliary carries.
      if (before.some(w => ctx.target.irregular.get(w.lower) === 'have' || ctx.target.irregular.get(w.lower) === 'be' || w.lower === 'have' || w.lower === 'be')) continue;
      out.push(draft('tense-conditional-lost', span(false), locationOf(s), params));
      continue;
    }
    // A future rendered as a present, a bare form or a past.
    if (tTense !== 'present' && tTense !== 'base' && tTense !== 'past') continue;
    // A modal or "to" just before makes the form right.
    if (before.some(w => MODAL_BEFORE.has(w.lower))) continue;
    if (tTense === 'past' && before.some(w => ctx.target.irregular.get(w.lower) === 'have' || ctx.target.irregular.get(w.lower) === 'be' || w.lower === 'have' || w.lower === 'be')) continue;
    // A verb coordinated with an earlier one shares its modal: "will meet … and travel".
    const coordinated = before.some(w => w.lower === 'and' || w.lower === 'or');
    if (coordinated && links.target.slice(0, t.i).some(w => w.sentence === t.sentence && MODAL_BEFORE.has(w.lower))) continue;
    out.push(draft('tense-future-lost', span(true), locationOf(s), params));
  }
}

/**
 * Closed-class words that never act as verbs: when one follows "for", the tagger
 * need not be asked.
 */
const NEVER_VERBS = new Set(
  `a an the this that these those my your his her its our their some any each every all both either neither no
  it them him us me you i he she we they one which what who whom whose there of in on at to for from by with
  about as into onto over under between among through during before after since until upon within without
  against along across around behind beyond per via than and or but nor if because while although though whether
  unless when where why how very more most less least much many few several such other another same`.split(/\s+/).filter(Boolean),
);

/** Whether the words at k ("for") and after it pass every test of the "for" + bare verb rule except the tag. */
function mayBeBareVerbAfterFor(tw: readonly Word[], k: number, input: CheckInput, ctx: CheckContext): boolean {
  const a = tw[k]!;
  const b = tw[k + 1];
  if (!b || a.kind !== 'word' || b.kind !== 'word' || a.quoted || NEVER_VERBS.has(b.lower)) return false;
  const para = input.target[a.paragraph];
  if (!para || isHeadline(para.text)) return false;
  return ctx.target.verbTense(b.lower) === 'base' && !b.lower.endsWith('ing');
}

function grammar(input: CheckInput, links: BeadLinks, tags: readonly (PosTag | undefined)[] | null, ctx: CheckContext, out: DivergenceDraft[]): void {
  const tw = links.target;
  const headlines = new Map<number, boolean>();
  const inHeadline = (paragraph: number): boolean => {
    let h = headlines.get(paragraph);
    if (h === undefined) {
      const para = input.target[paragraph];
      h = !para || isHeadline(para.text);
      headlines.set(paragraph, h);
    }
    return h;
  };
  for (let k = 0; k + 1 < tw.length; k++) {
    const a = tw[k]!;
    const b = tw[k + 1]!;
    if (a.kind !== 'word' || b.kind !== 'word' || a.quoted) continue;
    if (inHeadline(a.paragraph)) continue;
    // "for meet": a bare verb after "for".
    if (a.lower === 'for' && tags && tags[b.i] === 'VERB' && ctx.target.verbTense(b.lower) === 'base' && !b.lower.endsWith('ing')) {
      out.push(draft('for-bare-verb', spanOf(tw, k, k + 1), null, {target: `${a.text} ${b.text}`}));
      continue;
    }
    // "Be the …": a statement that opens with a bare "be".
    if (a.sentenceStart && (a.lower === 'be' || a.lower === 'have') && b.isFunction && !/^(a|an)$/.test(b.lower)) {
      out.push(draft('bare-verb-opening', spanOf(tw, k, k + 1), null, {target: `${a.text} ${b.text}`}));
      continue;
    }
    // "denied sold": a verb that takes a gerund, followed by a past form.
    if (b.isFunction || ctx.target.verbTense(b.lower) !== 'past') continue;
    const base = ctx.target.irregular.get(a.lower) ?? a.lower.replace(/(ied)$/, 'y').replace(/(ed|es|s)$/, '');
    if (GERUND_VERBS.has(base) || GERUND_VERBS.has(base + 'e')) {
      out.push(draft('verb-form', spanOf(tw, k, k + 1), null, {target: `${a.text} ${b.text}`}));
    }
  }
}

/** Whether the word at k is the last word of its sentence: what follows is a full stop, another sentence, or nothing. */
function endsSentence(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  return !next || next.paragraph !== w.paragraph || next.sentence !== w.sentence || (next.kind === 'punct' && /^[.!?;…]$/.test(next.text));
}

/** A single target word that renders nothing, between rendered neighbours, facing one source word whose known senses it does not match. */
function wrongSense(links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  const tw = links.target;
  const sw = links.source;
  for (let k = 1; k < tw.length; k++) {
    const t = tw[k]!;
    if (t.kind !== 'word' || t.isFunction || t.capitalized || links.byTarget[k]) continue;
    if (ctx.targetSpeller && !ctx.targetSpeller.correct(t.text)) continue;
    const prev = links.byTarget[k - 1];
    if (!prev || prev.kind === 'function') continue;
    let lo: number;
    let hi: number;
    if (endsSentence(tw, k)) {
      // The last word of a sentence faces what ends the source sentence after its neighbour's counterpart.
      lo = prev.source;
      hi = lo + 1;
      while (hi < sw.length && !endsSentence(sw, hi - 1)) hi++;
    } else {
      const next = links.byTarget[k + 1];
      if (!next || next.kind === 'function') continue;
      lo = Math.min(prev.source, next.source);
      hi = Math.max(prev.source, next.source);
    }
    if (hi - lo > 4) continue;
    const gap = sw.slice(lo + 1, hi).filter(w => w.kind === 'word' && !w.isFunction && links.bySource[w.i]!.length === 0);
    if (gap.length !== 1) continue;
    const s = gap[0]!;
    const senses = links.allowed[s.i];
    if (s.capitalized || !senses || senses.size === 0) continue;
    // A compound that holds one of the senses ("landowners" for "propietarios") renders it.
    if ([...senses].some(x => x.length >= 4 && t.lower.includes(x))) continue;
    out.push(draft('wrong-sense', locationOf(t), locationOf(s), {source: s.text, target: t.text}));
  }
}

const contextCache = new WeakMap<readonly Paragraph[], WeakMap<CheckContext, ReadonlySet<string>>>();

/**
 * The contexts a source document is in: a field (sport, finance…) or a country,
 * each when two different words of its table occur in the text.
 */
function documentContexts(paragraphs: readonly Paragraph[], ctx: CheckContext): ReadonlySet<string> {
  let byCtx = contextCache.get(paragraphs);
  if (!byCtx) contextCache.set(paragraphs, (byCtx = new WeakMap()));
  const hit = byCtx.get(ctx);
  if (hit) return hit;
  // Each form is stemmed once: a long document repeats most of its words.
  const forms = new Set<string>();
  const text: string[] = [];
  for (const p of paragraphs) text.push(p.text.toLowerCase());
  forEachDocumentWord(paragraphs, word => forms.add(word.toLowerCase()));
  const stems = new Set<string>();
  for (const form of forms) stems.add(ctx.source.stem(form));
  const joined = ` ${text.join(' ')} `;
  const out = new Set<string>();
  for (const [name, words] of ctx.pair.contexts) {
    let seen = 0;
    for (const w of words) {
      const found = w.includes(' ') ? joined.includes(` ${w} `) : stems.has(ctx.source.stem(w));
      if (found && ++seen >= 2) break;
    }
    if (seen >= 2) out.add(name);
  }
  byCtx.set(ctx, out);
  return out;
}

interface TrapStems {
  readonly context: string;
  readonly wrong: ReadonlySet<string>;
  readonly right: readonly string[];
  readonly rightStems: ReadonlySet<string>;
}

const trapCache = new WeakMap<CheckContext, ReadonlyMap<string, TrapStems>>();

/** The pair's sense traps by source stem, with their renderings stemmed, made once per context. */
function trapStems(ctx: CheckContext): ReadonlyMap<string, TrapStems> {
  const out = trapCache.get(ctx);
  if (out) return out;
  const map = new Map<string, TrapStems>();
  for (const t of ctx.pair.senseTraps) {
    map.set(ctx.source.stem(t.source), {
      context: t.context,
      wrong: new Set(t.wrong.map(w => w.split(' ').map(x => ctx.target.stem(x)).join(' '))),
      right: t.right,
      rightStems: new Set(t.right.flatMap(r => r.split(/[\s-]+/).map(x => ctx.target.stem(x)))),
    });
  }
  trapCache.set(ctx, map);
  return map;
}

/**
 * A rendering that fits the source word in general but not in the text's field or
 * country ("technician" for a football "técnico", "trucks" for Mexican "camiones"): the
 * fitting rendering is the suggestion.
 */
function senseTraps(input: CheckInput, links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  const traps = ctx.pair.senseTraps;
  if (!traps.length) return;
  const contexts = documentContexts(input.source, ctx);
  if (!contexts.size) return;
  const all = trapStems(ctx);
  const byStem = new Map([...all].filter(([, t]) => contexts.has(t.context)));
  if (!byStem.size) return;
  for (const s of links.source) {
    if (s.kind !== 'word' || s.capitalized) continue;
    const trap = byStem.get(s.stem);
    if (!trap) continue;
    // The fitting rendering nearby: nothing to say.
    const around = near(links, s, 6);
    if (around.some(t => trap.rightStems.has(t.stem))) continue;
    const linked = links.bySource[s.i]!.map(l => links.target[l.target]!).filter(t => t.kind === 'word');
    const hit = [...linked, ...around].find(t => trap.wrong.has(t.stem) && !t.capitalized);
    if (!hit) continue;
    out.push({...draft('sense-in-context', locationOf(hit), locationOf(s), {source: s.text, target: hit.text, suggestion: trap.right[0]!}), suggestion: trap.right[0]!});
  }
}

/**
 * A negation the translation drops: a source sentence negates ("n'est pas seulement",
 * "não reduziu") and the target sentence where its negation should be rendered holds
 * no negation nor any word of negative sense ("It is only…").
 */
function negations(input: CheckInput, links: BeadLinks, ctx: CheckContext, out: DivergenceDraft[]): void {
  const {negationWords} = ctx.source;
  if (!negationWords.size || !ctx.target.negationWords.size) return;
  const prefixes = [...ctx.target.negativeWords].filter(w => w.endsWith('-'));
  // "isn't" is one word; "non-governmental" carries its negation in its prefix.
  const negative = (w: Word): boolean =>
    ctx.target.negationWords.has(w.lower) || ctx.target.negativeWords.has(w.lower) || /n['’]t$/.test(w.lower) || prefixes.some(p => w.lower.startsWith(p));
  const exceptions = ctx.source.negationExceptions;
  const flagged = new Set<string>();
  for (const s of links.source) {
    if (s.kind !== 'word' || !negationWords.has(s.lower)) continue;
    // Phrases that hold a negation word and negate nothing ("no obstante": however).
    const next = links.source[s.i + 1];
    if (next && exceptions.has(`${s.lower} ${next.lower}`)) continue;
    const at = links.target[Math.max(0, Math.min(links.target.length - 1, Math.round(links.expectedTarget[s.i] ?? 0)))];
    if (!at) continue;
    const key = `${at.paragraph}:${at.sentence}`;
    if (flagged.has(key)) continue;
    const sentence = links.target.filter(t => t.paragraph === at.paragraph && t.sentence === at.sentence);
    // A source sentence that negates twice ("no … nada") is one negation; a target sentence with any negative word renders it.
    if (sentence.some(negative)) continue;
    const words = sentence.filter(t => t.kind === 'word');
    if (words.length < 3) continue;
    flagged.add(key);
    const target = spanOf(links.target, words[0]!.i, words[words.length - 1]!.i);
    const text = input.target[target.paragraph]?.text.slice(target.start, target.end) ?? '';
    out.push({...draft('negation-lost', target, locationOf(s), {source: s.text, target: text}), confidence: 0.7});
  }
}

/** The mistranslation divergences of a bead. */
export const checkMistranslations: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  if (!input.bead.source.length || !input.bead.target.length) return [];
  // Senses, false friends and calques need the pair's data; the grammar rules are English ones.
  if (!knowsPair(ctx) && ctx.target.code !== 'en') return [];
  const links = beadLinks(input, ctx);
  const out: DivergenceDraft[] = [];
  falseFriends(links, ctx, out);
  senseTraps(input, links, ctx, out);
  idiomCalques(links, ctx, out);
  articlePronouns(links, ctx, out);
  // The tense and grammar rules read English: they run where the translation is English.
  const english = ctx.target.code === 'en';
  if (english) tenses(input, links, ctx, out);
  // Only "for" + verb needs tags; tagging is skipped where no "for" stands before a possible verb.
  if (english) grammar(input, links, links.target.some((w, k) => w.lower === 'for' && mayBeBareVerbAfterFor(links.target, k, input, ctx)) ? tagsOf(input, ctx) : null, ctx, out);
  wrongSense(links, ctx, out);
  negations(input, links, ctx, out);
  return out;
};
