/**
 * TMX 1.4b: writing a review as a translation memory, and reading one back as a pair.
 *
 * Writing. One `<tu>` per bead (or per sentence group with `--segments sentence`),
 * `tuid` the bead's identifier, `xml:lang` on every `<tuv>`. A bead of several
 * paragraphs joins them with a blank line and records their indexes in
 * `x-cotejo-source-paragraphs` / `x-cotejo-target-paragraphs` (0-based, as in the
 * check report). The bead's status is `x-cotejo-status` (automatic, edited,
 * confirmed); each open divergence is an `x-cotejo-divergence` prop (JSON, for
 * tools) and a `<note>` (for people); resolved ones are `x-cotejo-resolution` props;
 * a corrected target keeps the text as loaded in `x-cotejo-original-target`.
 *
 * A source paragraph with no counterpart (1-0) is a `<tu>` with one `<tuv>`: the DTD
 * allows it (`tuv+`) and the specification only says a complete memory "will contain
 * at least two", so the file keeps every paragraph of both documents. A target
 * paragraph with no counterpart (0-1) has an empty source `<tuv>` before its own: tools
 * that take a unit's first `<tuv>` as its source whatever its language (Translate
 * Toolkit) would otherwise file the translation's text as source text. Characters XML
 * 1.0 forbids are dropped, with a warning naming the units.
 *
 * Reading. Each `<tu>` becomes a bead; its `<tuv>` in the source language gives the
 * source, the one in the target language the target (a `<tu>` with only one of them
 * is a bead with no counterpart). Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) hold
 * the original format's markup and are left out; the text of `hi` is kept.
 */
import {languageFromText} from '../core/language-guess.js';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, BilingualRow, ExportBead, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {parseStatus} from './model.js';
import {bilingualFileFromRows, joinParagraphs, primaryLanguage} from './paragraphs.js';
import {childElements, isElement, parseXml, serializeXml, type XmlElement, type XmlOut} from './xml.js';
import {basename, divergenceFacts, resolutionFacts, resolutionsOf, segmentDivergences, tmxDate, UnsafeCounter} from './shared.js';

/** Writes the review as TMX 1.4. */
export function writeTmx(input: ExportInput, options: {segments: Segmentation}): WriteOutput {
  const counter = new UnsafeCounter();
  const header: XmlOut = {
    name: 'header',
    attrs: [
      ['creationtool', 'Cotejo'],
      ['creationtoolversion', input.toolVersion],
      ['segtype', options.segments],
      ['o-tmf', 'Cotejo'],
      ['adminlang', input.uiLang],
      ['srclang', input.sourceLang],
      ['datatype', 'plaintext'],
      ['creationdate', tmxDate(input.createdAt)],
    ],
    children: [
      prop('x-cotejo-source-document', counter.clean(basename(input.sourcePath), 'header')),
      prop('x-cotejo-target-document', counter.clean(basename(input.targetPath), 'header')),
      prop('x-cotejo-target-language', input.targetLang),
      // Resolutions whose divergence is gone from the text (fixed by changing it).
      ...(input.resolvedElsewhere ?? []).map(r => prop('x-cotejo-resolution', counter.clean(JSON.stringify(resolutionFacts(r)), 'header'))),
    ],
  };
  const units: XmlOut[] = [];
  for (const bead of input.beads) {
    if (options.segments === 'paragraph') units.push(paragraphUnit(bead, input, counter));
    else units.push(...sentenceUnits(bead, input, counter));
  }
  const root: XmlOut = {name: 'tmx', attrs: [['version', '1.4']], children: [header, {name: 'body', children: units}]};
  // No DOCTYPE: a SYSTEM "tmx14.dtd" that is not beside the file sends validating
  // readers looking for it; the DTD is given to the validator instead.
  return {content: serializeXml(root), warnings: counter.warnings()};
}

function prop(type: string, text: string): XmlOut {
  return {name: 'prop', attrs: [['type', type]], children: text ? [text] : []};
}

function tuv(lang: string, text: string): XmlOut {
  return {name: 'tuv', attrs: [['xml:lang', lang]], children: [{name: 'seg', children: text ? [text] : []}]};
}

function paragraphUnit(bead: ExportBead, input: ExportInput, counter: UnsafeCounter): XmlOut {
  const c = (text: string) => counter.clean(text, bead.id);
  const children: XmlOut[] = [
    prop('x-cotejo-status', bead.status),
    prop('x-cotejo-source-paragraphs', bead.sourceParagraphs.join(' ')),
    prop('x-cotejo-target-paragraphs', bead.targetParagraphs.join(' ')),
    prop('x-cotejo-confidence', bead.confidence.toFixed(2)),
  ];
  if (bead.original) children.push(prop('x-cotejo-corrected', 'yes'), prop('x-cotejo-original-target', c(joinParagraphs(bead.original))));
  children.push(...divergenceChildren(bead.divergences, c));
  // An empty source first, for a target paragraph with no counterpart (see above).
  children.push(tuv(input.sourceLang, c(joinParagraphs(bead.source))));
  if (bead.target.length > 0) children.push(tuv(input.targetLang, c(joinParagraphs(bead.target))));
  return {name: 'tu', attrs: [['tuid', c(bead.id)]], children};
}

function divergenceChildren(divergences: ExportBead['divergences'], c: (text: string) => string): XmlOut[] {
  const props: XmlOut[] = [];
  const notes: XmlOut[] = [];
  for (const d of divergences) {
    if (d.resolution === 'open') {
      const facts = divergenceFacts(d);
      props.push(prop('x-cotejo-divergence', c(JSON.stringify(facts))));
      notes.push({name: 'note', children: [c(d.note)]});
    } else {
      props.push(prop('x-cotejo-resolution', c(JSON.stringify(resolutionFacts(d)))));
    }
  }
  return [...props, ...notes];
}

function sentenceUnits(bead: ExportBead, input: ExportInput, counter: UnsafeCounter): XmlOut[] {
  const segments = bead.segments.length > 0 ? bead.segments : [{source: joinParagraphs(bead.source), target: joinParagraphs(bead.target), sourceGap: '', targetGap: '', sourceStart: 0, targetStart: 0}];
  const perSegment = segmentDivergences(bead, segments);
  return segments.map((seg, k) => {
    const id = `${bead.id}.${k + 1}`;
    const c = (text: string) => counter.clean(text, id);
    const children: XmlOut[] = [prop('x-cotejo-status', bead.status), prop('x-cotejo-bead', c(bead.id))];
    if (bead.original) children.push(prop('x-cotejo-corrected', 'yes'));
    // What follows the piece up to the next one (a space, a paragraph break), so that
    // the bead's text is rebuilt exactly when the file is read back.
    if (k < segments.length - 1) {
      children.push(prop('x-cotejo-source-gap', c(seg.sourceGap)), prop('x-cotejo-target-gap', c(seg.targetGap)));
    }
    children.push(...divergenceChildren(perSegment[k] ?? [], c));
    // A source always, empty when the piece has only a target (see above).
    children.push(tuv(input.sourceLang, seg.source.trim() ? c(seg.source) : ''));
    if (seg.target.trim()) children.push(tuv(input.targetLang, c(seg.target)));
    return {name: 'tu', attrs: [['tuid', c(id)]], children};
  });
}

/** Reads a TMX document (already decoded) as a bilingual file. */
export function readTmx(text: string, path: string, options: ReadOptions = {}): Result<BilingualFile, InputError> {
  const parsed = parseXml(text, path);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'tmx') return fail(inputError('formats.xml-wrong-root', {path, line: root.line, found: root.name, expected: 'tmx'}));
  const header = childElements(root, 'header')[0];
  const body = childElements(root, 'body')[0];
  if (!header) return fail(inputError('formats.tmx-no-header', {path, line: root.line}));
  if (!body) return fail(inputError('formats.tmx-no-body', {path, line: root.line}));

  const units = childElements(body, 'tu');
  // Every tuv must say its language: without it the pair cannot be told apart.
  for (const tu of units) {
    for (const v of childElements(tu, 'tuv')) {
      const lang = v.attrs['xml:lang'] ?? v.attrs['lang'];
      if (lang === undefined || primaryLanguage(lang) === null) {
        return fail(inputError('formats.tmx-tuv-no-language', {path, line: v.line}));
      }
    }
  }
  const srclang = header.attrs['srclang'];
  let sourceLang = options.sourceLang ? primaryLanguage(options.sourceLang) : null;
  if (sourceLang === null && srclang !== undefined && srclang.toLowerCase() !== '*all*') sourceLang = primaryLanguage(srclang);
  if (sourceLang === null) {
    if (srclang === undefined) return fail(inputError('formats.tmx-no-source-language', {path, line: header.line}));
    // srclang="*all*": any language may be the source; the first unit's first tuv decides.
    const first = units.flatMap(tu => childElements(tu, 'tuv'))[0];
    const lang = first ? primaryLanguage(first.attrs['xml:lang'] ?? first.attrs['lang'] ?? '') : null;
    if (lang === null) return fail(inputError('formats.tmx-no-source-language', {path, line: header.line}));
    sourceLang = lang;
  }
  const languages = new Map<string, number>();
  for (const tu of units) {
    for (const v of childElements(tu, 'tuv')) {
      const lang = primaryLanguage(v.attrs['xml:lang'] ?? v.attrs['lang'] ?? '')!;
      if (!languages.has(lang)) languages.set(lang, v.line);
    }
  }
  let targetLang = options.targetLang ? primaryLanguage(options.targetLang) : null;
  if (targetLang === null) {
    const named = childElements(header, 'prop').find(p => p.attrs['type'] === 'x-cotejo-target-language');
    const others = [...languages.keys()].filter(l => l !== sourceLang);
    const fromProp = named ? primaryLanguage(textOfProp(named)) : null;
    if (fromProp !== null && fromProp !== sourceLang) targetLang = fromProp;
    else if (others.length === 1) targetLang = others[0]!;
    else if (others.length === 0) return fail(inputError('formats.tmx-no-target-language', {path, line: body.line, source: sourceLang}));
    else return fail(inputError('formats.tmx-several-target-languages', {path, line: languages.get(others[1]!) ?? body.line, languages: others.join(', ')}));
  }

  const rows: BilingualRow[] = [];
  for (const tu of units) {
    const tuvs = childElements(tu, 'tuv');
    if (tuvs.length === 0) return fail(inputError('formats.tmx-tu-without-tuv', {path, line: tu.line}));
    const pick = (lang: string) => tuvs.find(v => primaryLanguage(v.attrs['xml:lang'] ?? v.attrs['lang'] ?? '') === lang);
    const src = pick(sourceLang);
    const tgt = pick(targetLang);
    if (!src && !tgt) {
      return fail(inputError('formats.tmx-tu-other-languages', {path, line: tu.line, source: sourceLang, target: targetLang}));
    }
    for (const v of [src, tgt]) {
      if (v && childElements(v, 'seg').length !== 1) return fail(inputError('formats.tmx-tuv-without-seg', {path, line: v.line}));
    }
    const props = childElements(tu, 'prop');
    const propText = (type: string) => {
      const found = props.find(p => p.attrs['type'] === type);
      return found ? textOfProp(found) : undefined;
    };
    const status = propText('x-cotejo-status');
    rows.push({
      id: tu.attrs['tuid'] ?? null,
      source: src ? segText(childElements(src, 'seg')[0]!) : '',
      target: tgt ? segText(childElements(tgt, 'seg')[0]!) : '',
      status: (status !== undefined ? parseStatus(status) : null) ?? 'automatic',
      bead: propText('x-cotejo-bead') ?? null,
      sourceGap: propText('x-cotejo-source-gap'),
      targetGap: propText('x-cotejo-target-gap'),
      resolutions: resolutionsOf(props.filter(p => p.attrs['type'] === 'x-cotejo-resolution').map(textOfProp)),
    });
  }
  // Tools that write srclang whatever the units hold (Translate Toolkit's po2tmx writes
  // "en") label both sides the wrong way round: when the texts read as the declared
  // languages reversed, the sides stay as the file puts them and take the languages
  // their texts have, with a warning; languages the user names always win.
  const reversed = options.sourceLang || options.targetLang ? false : readReversed(rows, sourceLang, targetLang);
  const read = bilingualFileFromRows(rows, {path, format: 'tmx', sourceLang: reversed ? targetLang : sourceLang, targetLang: reversed ? sourceLang : targetLang});
  if (!read.ok) return read;
  const elsewhere = resolutionsOf(childElements(header, 'prop').filter(p => p.attrs['type'] === 'x-cotejo-resolution').map(textOfProp));
  const file = {...read.value, resolutions: {...elsewhere, ...read.value.resolutions}};
  if (!reversed) return ok(file);
  return ok({...file, warnings: [{code: 'formats.tmx-languages-reversed', params: {path, source: sourceLang, target: targetLang}}]});
}

/** Whether the units' texts read as the declared languages the other way round. */
function readReversed(rows: readonly BilingualRow[], sourceLang: string, targetLang: string): boolean {
  if (sourceLang === targetLang) return false;
  const source = languageFromText(rows.map(r => r.source).join('\n'));
  const target = languageFromText(rows.map(r => r.target).join('\n'));
  return source === targetLang && target === sourceLang;
}

function textOfProp(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** Elements whose content is the original format's code, not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** A segment's text: its own text and `hi` text, inline codes left out. */
function segText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (!isElement(c)) s += c;
    else if (!CODE_ELEMENTS.has(c.name)) s += segText(c);
  }
  return s;
}

/** Whether text looks like a TMX document (its root element). */
export function looksLikeTmx(text: string): boolean {
  return rootName(text) === 'tmx';
}

/** The name of the first element of an XML text, found without parsing it. */
export function rootName(text: string): string | null {
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return null;
    const next = text[lt + 1];
    if (next === '?' || next === '!') {
      const end = text.startsWith('<!--', lt) ? text.indexOf('-->', lt) : text.indexOf('>', lt);
      if (end < 0) return null;
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    while (j < text.length && !' \t\r\n/>'.includes(text[j]!)) j++;
    return text.slice(lt + 1, j);
  }
  return null;
}
