/**
 * Words run together where a link or a space was lost ("MondayAs", "Lozanoin",
 * "tradecooperation", "2021according"). A token the spell checker does not know is
 * split where both parts are known — known to the dictionary, or a name the source
 * uses — and the split is trusted by how strong its evidence is: a lower-to-upper
 * case change or a digit-letter joint is strong; a name followed by a word is strong;
 * an all-lowercase split needs a short joining word as one part, or both parts
 * rendering source words. Tokens the source itself has, hyphenated compounds,
 * acronyms and correct rare words are left alone. When the first part is another
 * word of the target language standing where the source has a name, the name was
 * lost before the words were glued: that is reported as a name divergence.
 */
import {foldAccents} from '../../languages/profile.js';
import type {Check, CheckContext, CheckInput, DivergenceDraft, Speller} from './context.js';
import {beadLinks, type BeadLinks} from './links.js';
import {looksLikeName} from './name.js';
import {locationOf, spanOf, type Word} from './words.js';

/** Short words that often end up glued to their neighbour in stripped-link text. */
const JOINERS = new Set(
  `as nor in on at to the and with of for from by which who that when while after before during according
  is was are were has have had it its his her their this these those but or than into over under about
  against between since until said says will would can could a an`.split(/\s+/).filter(Boolean),
);

/** Word-forming prefixes: "hydrogeological" is one word, not "hydro" + "geological". */
const PREFIXES = new Set(
  `anti auto bio co counter cyber eco electro euro geo hydro hyper inter intra macro mega micro mini mono multi
  neo neuro non over para photo poly post pre pro pseudo re semi socio sub super tele thermo trans ultra un
  under out self cross`.split(/\s+/).filter(Boolean),
);

/** What may follow a figure without a space: units and ordinal endings. */
const UNITS = new Set(
  `st nd rd th s am pm km kg mm cm ml mg gb mb kb tb mw kw kwh gw gwh ghz mhz mph kph bn m k x h hrs hr min mins
  sec secs yo ft lb lbs oz pc pct d p g l t mn tn ha sq yr yrs mo bps gt`.split(/\s+/).filter(Boolean),
);

interface Split {
  readonly left: string;
  readonly right: string;
  readonly strength: number;
}

function known(speller: Speller, word: string): boolean {
  return speller.correct(word) || speller.correct(word.toLowerCase());
}

/** Whether a word starts like a name of the pair or looks like a mangled one. */
function resemblesName(word: string, names: ReadonlySet<string>): boolean {
  const folded = foldAccents(word);
  for (const n of names) if (n.length >= 4 && (folded.startsWith(n.slice(0, 4)) || looksLikeName(n, word))) return true;
  return false;
}

/** The best split of a token into two known words, or null. */
export function splitGlued(
  token: string,
  speller: Speller,
  names: ReadonlySet<string>,
  supported: (word: string) => boolean,
): Split | null {
  let best: Split | null = null;
  const consider = (s: Split): void => {
    if (!best || s.strength > best.strength || (s.strength === best.strength && Math.min(s.left.length, s.right.length) > Math.min(best.left.length, best.right.length))) best = s;
  };
  for (let i = 1; i < token.length - 1 || i === token.length - 1; i++) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    if (!/\p{L}$/u.test(left) || !/^\p{L}/u.test(right)) continue;
    const caseChange = /\p{Ll}$/u.test(left) && /^\p{Lu}/u.test(right);
    const leftName = names.has(foldAccents(left));
    const leftCap = /^\p{Lu}/u.test(left);
    const rightLower = right.toLowerCase();
    const rightKnown = right.length >= 2 ? known(speller, right) : right === 'I' || right === 'A';
    if (!rightKnown) continue;
    const leftKnown = leftName || (left.length >= 2 && known(speller, left));
    if (caseChange && (leftKnown || (leftCap && left.length >= 3))) {
      consider({left, right, strength: 4});
      continue;
    }
    if (/^\p{Lu}/u.test(right) || right.length < 2) continue;
    if (leftName && left.length >= 2) {
      consider({left, right, strength: 3});
      continue;
    }
    if (leftCap && left.length >= 4 && (JOINERS.has(rightLower) || right.length >= 4)) {
      // A capitalised word the dictionary knows, or an unknown one (a mangled name), then a word.
      // An unknown one must resemble a name of the pair: a word the dictionary lacks is not a mangled name by itself.
      if (leftKnown || resemblesName(left, names)) consider({left, right, strength: leftKnown ? 2 : 1.5});
      continue;
    }
    if (leftCap || !leftKnown || PREFIXES.has(left.toLowerCase())) continue;
    if (JOINERS.has(rightLower) && left.length >= 4) consider({left, right, strength: 1.2});
    else if (left.length >= 4 && right.length >= 4 && supported(left) && supported(right)) consider({left, right, strength: 1});
  }
  return best;
}

/** The glued-word divergences of a bead. */
export const checkGlued: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  const speller = ctx.targetSpeller;
  if (!speller) return [];
  const links = beadLinks(input, ctx);
  const {source: sw, target: tw} = links;
  const sourceForms = new Set(sw.filter(w => w.kind === 'word').map(w => w.folded));
  const names = new Set<string>();
  for (const w of sw) {
    if (w.capitalized && !w.isFunction) names.add(w.folded);
    // A name after an elided article or preposition ("d'Outremeuse", "l'Aquila").
    const elided = /^\p{L}{1,2}['’](\p{Lu}.*)$/u.exec(w.text);
    if (elided) names.add(foldAccents(elided[1]!));
  }
  for (const w of tw) if (w.capitalized && !w.sentenceStart && known(speller, w.text)) names.add(w.folded);
  const accepted = acceptedForms(ctx);
  // Whether some source word in the bead may be rendered by the word.
  const supported = (word: string): boolean => {
    const stem = ctx.target.stem(word.toLowerCase());
    return links.allowed.some(set => set?.has(stem) ?? false);
  };

  const out: DivergenceDraft[] = [];
  for (let k = 0; k < tw.length; k++) {
    const w = tw[k]!;
    // A figure glued to the word after it: "2021according".
    if (w.kind === 'number' && w.joinedToNext) {
      const next = tw[k + 1];
      if (next && next.kind === 'word' && next.text.length >= 3 && !UNITS.has(next.lower) && /^\p{Ll}/u.test(next.text) && known(speller, next.text)) {
        out.push(draft(tw, k, k + 1, `${w.text} ${next.text}`, `${w.text}${next.text}`, sourceOf(sw, w.folded)));
      }
      continue;
    }
    if (w.kind !== 'word' || w.text.length < 4 || w.allCaps) continue;
    if (/['’\-‐.]/.test(w.text)) continue;
    if (sourceForms.has(w.folded) || accepted.has(w.folded) || known(speller, w.text)) continue;
    // A name the source writes elsewhere in the document, carried over as it is.
    if (w.capitalized && sourceDocumentForms(input.source).has(w.folded)) continue;
    const split = splitGlued(w.text, speller, names, supported);
    if (!split) continue;
    // A name of two words the target language writes as one lowercase compound
    // ("Liberal Democrat" → "liberaldemócrata"): its first part is the name's first
    // word, its second renders a word of the bead.
    const left = foldAccents(split.left);
    if (/^\p{Ll}/u.test(w.text) && sw.some((s, i) => s.capitalized && s.folded === left && sw[i + 1]?.capitalized) && supported(split.right)) continue;
    const renamed = renamedSource(split.left, k, links, ctx, speller, sourceForms, accepted);
    if (renamed) {
      out.push(renamedDraft(tw, k, split, renamed, ctx));
      continue;
    }
    out.push(draft(tw, k, k, `${split.left} ${split.right}`, w.text, sourceOf(sw, foldAccents(split.left))));
  }
  return out;
};

/**
 * The source name that the left part of a glued token stands for, when that part is
 * another word of the target language ("Castle" where the source has "Castells") rather
 * than the name itself or an accepted form of it: a source name at that place that
 * the part resembles, that is not a common word of the source language, and that
 * nothing else in the target renders as itself. A name merely misspelt ("Lozanno")
 * is not another word, and stays a glued token.
 */
function renamedSource(left: string, k: number, links: BeadLinks, ctx: CheckContext, speller: Speller, sourceForms: ReadonlySet<string>, accepted: ReadonlySet<string>): Word | undefined {
  if (!/^\p{Lu}/u.test(left) || left.length < 3 || !known(speller, left)) return undefined;
  const folded = foldAccents(left);
  if (sourceForms.has(folded) || accepted.has(folded)) return undefined;
  const at = links.expectedSource[k] ?? 0;
  let best: Word | undefined;
  for (const s of links.source) {
    if (s.kind !== 'word' || !s.capitalized || s.isFunction || s.allCaps || Math.abs(s.i - at) > 4) continue;
    if (links.bySource[s.i]!.some(l => l.kind === 'identity')) continue;
    // A common word heading a name ("Banco", "Centro") may be translated: only a name of its own counts.
    // The dictionary's proper-noun senses (a city's English name) do not make a word common.
    const senses = ctx.dictionary.senses(s.text);
    const common = senses.some(x => x.pos !== 'prop') || (senses.length === 0 && ctx.lexicon.translations(s.stem) !== undefined);
    if (common || (ctx.sourceSpeller?.correct(s.lower) ?? false)) continue;
    if (!looksLikeName(s.text, left)) continue;
    if (!best || Math.abs(s.i - at) < Math.abs(best.i - at)) best = s;
  }
  return best;
}

/** A glued token whose left part renames a source name: a name divergence, with the name's accepted form (or the name itself) as the fix. */
function renamedDraft(tw: readonly Word[], k: number, split: Split, source: Word, ctx: CheckContext): DivergenceDraft {
  const form = ctx.pair.exonyms.get(source.lower)?.[0] ?? ctx.pair.conventionalNames.get(source.lower)?.[0] ?? source.text;
  return {
    category: 'name',
    severity: 'error',
    code: 'name-changed',
    params: {source: source.text, target: split.left},
    suggestion: `${form} ${split.right}`,
    target: spanOf(tw, k, k),
    source: locationOf(source),
  };
}

const documentForms = new WeakMap<object, ReadonlySet<string>>();

/** Every word of the source document, folded; built once per document. */
function sourceDocumentForms(paragraphs: CheckInput['source']): ReadonlySet<string> {
  let out = documentForms.get(paragraphs);
  if (!out) {
    const forms = new Set<string>();
    for (const p of paragraphs) for (const word of p.text.match(/[\p{L}\p{M}]+/gu) ?? []) forms.add(foldAccents(word));
    out = forms;
    documentForms.set(paragraphs, out);
  }
  return out;
}

const acceptedCache = new WeakMap<CheckContext, ReadonlySet<string>>();

/** Target forms of names the pair data and the glossary accept, folded; built once per context. */
function acceptedForms(ctx: CheckContext): ReadonlySet<string> {
  let out = acceptedCache.get(ctx) as Set<string> | undefined;
  if (out) return out;
  out = new Set<string>();
  for (const list of [ctx.pair.exonyms, ctx.pair.conventionalNames]) for (const forms of list.values()) for (const f of forms) out.add(foldAccents(f));
  for (const e of ctx.glossary?.entries ?? []) for (const t of e.targets) out.add(foldAccents(t));
  acceptedCache.set(ctx, out);
  return out;
}

function sourceOf(sw: readonly Word[], folded: string): Word | undefined {
  return sw.find(s => s.folded === folded);
}

function draft(tw: readonly Word[], from: number, to: number, suggestion: string, token: string, src: Word | undefined): DivergenceDraft {
  return {
    category: 'glued',
    severity: 'error',
    code: 'glued-words',
    params: {token, suggestion},
    suggestion,
    target: spanOf(tw, from, to),
    source: src ? locationOf(src) : null,
  };
}
