/**
 * Proper names of the source that the target renders wrongly: translated word for
 * word ("Rojas" as "Red", "Plaza Grande" as "Big Square", "Barracas" as "Barracks"),
 * or changed into another name ("Andrés" as "Andrew", "Tomás Ignacio" as "Thomas
 * Ignatius"). Accepted English forms of places (exonyms) and of classical figures
 * are not divergences; given names are never "translated" by a table.
 *
 * A capitalised source word is part of a name that must be kept when it is not a
 * common word, when it stands beside such a word (a person's name), or when it
 * follows a place generic ("barrio de", "plaza"). Names headed by a common noun
 * ("Ministerio de Salud", "Cinturón de Fuego del Pacífico") may be translated. A
 * divergence needs positive evidence in the target: a capitalised word that is the
 * literal translation, or one that looks like the name but is not it.
 */
import {foldAccents} from '../../languages/profile.js';
import {knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft} from './context.js';
import {beadLinks, type BeadLinks} from './links.js';
import {locationOf, type Word} from './words.js';

/** A rough consonant skeleton, so that "Vázquez" and "Vasques", "Castells" and "Castles" meet. */
export function nameSkeleton(name: string): string {
  const f = foldAccents(name).replace(/[^a-z]/g, '');
  const head = f.slice(0, 1);
  const rest = f
    .slice(1)
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck|qu|c|q/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return head + rest;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Whether a target word looks like a (different) rendering of a source name. */
export function looksLikeName(source: string, target: string): boolean {
  const a = foldAccents(source);
  const b = foldAccents(target);
  if (a === b || a.length < 3 || b.length < 3) return false;
  if (nameSkeleton(a) === nameSkeleton(b) && nameSkeleton(a).length >= 2 && a[0] === b[0]) return true;
  if (levenshtein(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4))) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && Math.min(a.length, b.length) >= 6;
}

/**
 * Whether the dictionary knows a word as part of people's names: a given name or a
 * surname (a proper-noun sense glossed so), or null.
 */
function personNamePart(w: Word, ctx: CheckContext): 'given' | 'surname' | null {
  if (w.kind !== 'word' || !w.capitalized) return null;
  let part: 'given' | 'surname' | null = null;
  for (const s of ctx.dictionary.senses(w.text)) {
    if (s.pos !== 'prop') continue;
    for (const r of s.renderings) {
      if (/given name/i.test(r)) return 'given';
      if (/surname/i.test(r)) part = 'surname';
    }
  }
  return part;
}

interface NameToken {
  readonly word: Word;
  /**
   * Clearly a name: it has a word that is not a common word of the language, or it
   * follows or starts with a place generic. Only then does a look-alike count.
   */
  readonly strict: boolean;
  /** Must stay as it is (a person's or place's own name), rather than be translated. */
  readonly proper: boolean;
  /**
   * A common word heading a name whose other word is a name of its own ("Esperança
   * Machava", "Banco Santander"): a person's given name when its rendering stands in
   * its place, right before the kept name; a translated institution's name puts its
   * common word elsewhere ("Santander Bank").
   */
  readonly givenInPlace: boolean;
  /** The span it belongs to. */
  readonly span: readonly Word[];
}

/** The capitalised source words that belong to names, each with whether it must be kept. */
function sourceNames(sw: readonly Word[], ctx: CheckContext): NameToken[] {
  // A common word of the language that the lexicon knows; a stem shared by chance
  // ("Carlos" and "caro") does not make a name a common word.
  const lexical = (w: Word): boolean =>
    w.isFunction || (ctx.lexicon.translations(w.stem) !== undefined && (ctx.lexicon.hasForm(w.lower) || (ctx.sourceSpeller?.correct(w.lower) ?? true)));
  const isNameWord = (w: Word): boolean => w.kind === 'word' && w.capitalized && !w.allCaps && !(w.sentenceStart && lexical(w));
  const out: NameToken[] = [];
  let k = 0;
  while (k < sw.length) {
    if (!isNameWord(sw[k]!)) {
      k++;
      continue;
    }
    const span: Word[] = [sw[k]!];
    let j = k + 1;
    for (;;) {
      const w = sw[j];
      if (w && isNameWord(w) && w.paragraph === span[0]!.paragraph) {
        span.push(w);
        j++;
        continue;
      }
      // Particles join two capitalised words of one name: "Junta de Andalucía".
      if (w && ctx.pair.nameParticles.has(w.lower) && !w.capitalized) {
        let m = j;
        while (sw[m] && ctx.pair.nameParticles.has(sw[m]!.lower) && !sw[m]!.capitalized) m++;
        if (sw[m] && isNameWord(sw[m]!)) {
          j = m;
          continue;
        }
      }
      break;
    }
    const afterGeneric = [1, 2, 3].some(d => {
      const b = sw[k - d];
      return b !== undefined && b.paragraph === sw[k]!.paragraph && ctx.pair.placeGenerics.has(b.lower);
    });
    const head = span[0]!;
    // A span that opens with a given name is a person's name: every word of it is
    // kept, even a surname that is also a common word ("Ríos", "Peña"). A given name
    // further in names an institution after a person ("Universidad Técnica Federico
    // Santa María"), whose common words are translated.
    const person = personNamePart(span[0]!, ctx) === 'given' || (span.length > 1 && span.every(w => personNamePart(w, ctx) !== null));
    const headGeneric = ctx.pair.placeGenerics.has(head.lower);
    const hasOwnName = span.some(w => !lexical(w));
    const headCommon = lexical(head) && !headGeneric;
    const common = (w: Word): boolean => lexical(w) || (ctx.sourceSpeller?.correct(w.lower) ?? false);
    const strict = afterGeneric || headGeneric || person || span.some(w => !common(w));
    const givenInPlace = headCommon && span.length === 2 && !lexical(span[1]!) && !afterGeneric;
    for (const w of span) {
      let proper: boolean;
      if (!lexical(w) || person) proper = true;
      else if (headGeneric) proper = w !== head;
      else if (afterGeneric) proper = true;
      else if (headCommon) proper = false;
      // A common word after the name in a language that puts the generic word last ("Carnegie Library").
      else if (ctx.source.genericAfterName) proper = false;
      else proper = hasOwnName;
      out.push({word: w, proper, strict, span, givenInPlace: givenInPlace && w === head});
    }
    k = j;
  }
  return out;
}

/**
 * The target word standing where a name's word should be, next to the rendering of
 * the name's other word ("Valeria Field" for "Valeria Campodónico"): a capitalised
 * word in the middle of a sentence, right beside the target word that keeps the
 * neighbouring word of the name, which renders no name itself.
 */
function inPlaceOfNeighbour(n: NameToken, links: BeadLinks, claimed: ReadonlySet<number>, sourceForms: ReadonlySet<string>): Word | undefined {
  const w = n.word;
  for (const step of [-1, 1]) {
    const o = links.source[w.i + step];
    if (!o || !n.span.includes(o)) continue;
    const kept = links.bySource[o.i]!.find(l => l.kind === 'identity');
    if (!kept) continue;
    const t = links.target[kept.target - step];
    if (!t || t.kind !== 'word' || !t.capitalized || t.sentenceStart || t.allCaps || t.paragraph !== links.target[kept.target]!.paragraph) continue;
    if (claimed.has(t.i) || sourceForms.has(t.folded)) continue;
    const link = links.byTarget[t.i];
    // A link to a common source word elsewhere is the name turned into that word, not a rendering of a name.
    if (link && (link.kind === 'identity' || links.source[link.source]!.capitalized)) continue;
    return t;
  }
  return undefined;
}

/**
 * The renderings of the common word inside a surname written with its particle
 * ("Laforêt", "Lebrun", "Dupont"): a translation that reads the particle off and
 * renders the rest ("Forest", "Brown") translates the name.
 */
function particleTranslations(w: Word, ctx: CheckContext): ReadonlySet<string> | undefined {
  for (const particle of ctx.pair.nameParticles) {
    if (particle.length < 2 || !/^\p{L}+$/u.test(particle) || !w.lower.startsWith(particle)) continue;
    const rest = w.lower.slice(particle.length);
    if (rest.length < 4 || !ctx.lexicon.hasForm(rest)) continue;
    const found = ctx.lexicon.translations(ctx.source.stem(rest));
    if (found) return found;
  }
  return undefined;
}

/**
 * The renderings of the two words a name is made of ("Greenfield", "Villanueva"): a
 * translation that renders them ("Campo Verde") translates the name.
 */
function compoundTranslations(w: Word, ctx: CheckContext): ReadonlySet<string> | undefined {
  const word = w.lower;
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!ctx.lexicon.hasForm(a) || !ctx.lexicon.hasForm(b)) continue;
    const ta = ctx.lexicon.translations(ctx.source.stem(a));
    const tb = ctx.lexicon.translations(ctx.source.stem(b));
    if (ta && tb) return new Set([...ta, ...tb]);
  }
  return undefined;
}

/** The name divergences of a bead. */
export const checkNames: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  // With neither bilingual data nor a source dictionary, every capitalised word looks
  // like a name, and a look-alike is as likely an accepted form ("Bern", "Berne") as a mistake.
  if (!knowsPair(ctx) && !ctx.sourceSpeller) return [];
  const links = beadLinks(input, ctx);
  const {source: sw, target: tw} = links;
  if (!sw.length || !tw.length) return [];
  const targetForms = new Set(tw.filter(w => w.kind === 'word').map(w => w.folded));
  const targetText = foldAccents(tw.map(w => w.text).join(' '));
  const sourceForms = new Set(sw.filter(w => w.kind === 'word').map(w => w.folded));
  const names = sourceNames(sw, ctx);
  const glossary = ctx.glossary?.entries ?? [];
  const accepted = (forms: readonly string[]): boolean => forms.some(f => targetText.includes(foldAccents(f)));
  const spanText = (span: readonly Word[]): string => span.map(w => w.lower).join(' ');
  const claimed = new Set<number>();
  const out: DivergenceDraft[] = [];

  for (const n of names) {
    const w = n.word;
    if ((!n.proper && !n.givenInPlace) || targetForms.has(w.folded)) continue;
    // Accepted English forms: of the whole name, of any run of its words, or (alone) a classical name.
    const words = n.span.map(x => x.lower);
    let ok = false;
    for (let a = 0; a < words.length && !ok; a++) {
      for (let b = a + 1; b <= words.length && !ok; b++) {
        const key = words.slice(a, b).join(' ');
        const inRun = n.span.slice(a, b).includes(w);
        if (!inRun) continue;
        const forms = ctx.pair.exonyms.get(key) ?? (n.span.length === 1 ? ctx.pair.conventionalNames.get(key) : undefined);
        if (forms && accepted(forms)) ok = true;
      }
    }
    for (const e of glossary) if (!ok && spanText(n.span).includes(e.source.toLowerCase()) && accepted(e.targets)) ok = true;
    if (ok) continue;
    const expected = links.expectedTarget[w.i] ?? 0;
    const translations = ctx.lexicon.translations(w.stem) ?? particleTranslations(w, ctx) ?? compoundTranslations(w, ctx);
    let best: {t: Word; code: string; d: number} | null = null;
    for (let k = Math.max(0, Math.ceil(expected - 20)); k < tw.length && k <= expected + 20; k++) {
      const t = tw[k]!;
      if (t.kind !== 'word' || !t.capitalized || claimed.has(t.i) || sourceForms.has(t.folded)) continue;
      if (t.sentenceStart && t.isFunction) continue;
      const d = Math.abs(t.i - expected);
      const link = links.byTarget[t.i];
      if (link && link.kind === 'identity') continue;
      const literal = translations !== undefined && translations.has(t.stem);
      const similar = !literal && n.strict && looksLikeName(w.text, t.text) && !(ctx.targetSpeller && !ctx.targetSpeller.correct(t.text) && t.text.length > w.text.length + 3);
      if (!literal && !similar) continue;
      if (!best || d < best.d) best = {t, code: literal ? 'name-translated' : 'name-changed', d};
    }
    if (!best && n.strict && n.proper) {
      const t = inPlaceOfNeighbour(n, links, claimed, sourceForms);
      if (t) best = {t, code: 'name-changed', d: 0};
    }
    if (!best) continue;
    if (!n.proper) {
      // Only a rendering standing right before the kept name is a given name translated.
      const kept = tw[best.t.i + 1];
      const link = kept ? links.byTarget[kept.i] : undefined;
      if (best.code !== 'name-translated' || !link || link.kind !== 'identity' || link.source !== n.span[1]!.i) continue;
    }
    claimed.add(best.t.i);
    // Grow over neighbouring capitalised words that render the same name.
    let from = best.t.i;
    let to = best.t.i;
    const others = names.filter(x => x.span === n.span && x.word !== w);
    const belongs = (t: Word | undefined): boolean =>
      !!t && t.kind === 'word' && t.capitalized && t.paragraph === best!.t.paragraph && !claimed.has(t.i) &&
      !others.some(({word: o}) => t.folded.startsWith(o.folded)) &&
      ((translations?.has(t.stem) ?? false) || others.some(({word: o, proper}) => (proper && looksLikeName(o.text, t.text)) || (ctx.lexicon.translations(o.stem)?.has(t.stem) ?? false)));
    while (belongs(tw[from - 1])) claimed.add(--from);
    while (belongs(tw[to + 1])) claimed.add(++to);
    const a = tw[from]!;
    const b = tw[to]!;
    const text = input.target[a.paragraph]?.text.slice(a.start, b.end) ?? best.t.text;
    out.push({
      category: 'name',
      severity: 'error',
      code: best.code,
      params: {source: w.text, target: text},
      suggestion: best.code === 'name-translated' && from === to ? w.text : undefined,
      target: {paragraph: a.paragraph, start: a.start, end: b.end},
      source: locationOf(w),
    } as DivergenceDraft);
  }
  return out.map(d => (d.suggestion === undefined ? withoutSuggestion(d) : d));
};

function withoutSuggestion(d: DivergenceDraft): DivergenceDraft {
  const {suggestion: _unused, ...rest} = d;
  return rest;
}
