/**
 * XLIFF 2.1 out (`--format xliff2`; XLIFF 1.2 is written by xliff12.ts), XLIFF 2.x and
 * 1.2 in.
 *
 * Writing. One `<file>`, one `<unit>` per bead, one `<segment>` per sentence group as
 * the sentence aligner pairs them (one per unit with paragraph segments); the white space and paragraph breaks between groups
 * go in `<ignorable>` elements, so that the unit's pieces put together give back the
 * bead's text exactly. A bead of several paragraphs has a blank line between them.
 *
 * Segment states follow the bead's status: `automatic` → `translated`, `edited` (the
 * user changed the alignment) → `reviewed`, `confirmed` → `final`; a segment with no
 * target is `initial`. Open divergences are `<note>`s with `category` (the
 * divergence's category), `priority` (error 1, warning 5, info 9) and `appliesTo`.
 * Cotejo's own facts (status, paragraph indexes, the target as loaded, divergences as
 * JSON, resolutions) are in the Metadata module (`mda:`), category "cotejo".
 *
 * Unit ids must be NMTOKENs and unique in the file: an id that is not one is replaced
 * by `u` and the bead's number, and the original id is kept in the metadata.
 * Characters XML forbids are written as `<cp hex="…"/>`, as XLIFF 2 prescribes; in
 * notes and metadata, which cannot hold `<cp>`, they are dropped with a warning.
 */
import type {BeadStatus} from '../core/session.js';
import {fail, inputError, type InputError, type Result} from '../core/result.js';
import type {BilingualFile, BilingualRow, ExportBead, ExportInput, ReadOptions, Segmentation, WriteOutput} from './model.js';
import {parseStatus} from './model.js';
import {bilingualFileFromRows, joinParagraphs, primaryLanguage} from './paragraphs.js';
import {basename, divergenceFacts, resolutionFacts, resolutionsOf, UnsafeCounter} from './shared.js';
import {childElements, firstChild, isElement, isXmlChar, localName, parseXml, serializeXml, type XmlElement, type XmlOut} from './xml.js';

/** The XLIFF 2 core namespace (2.1 reuses 2.0's). */
export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The XLIFF 2 Metadata module's namespace. */
export const MDA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';

const STATE_OF_STATUS: Readonly<Record<BeadStatus, string>> = {automatic: 'translated', edited: 'reviewed', confirmed: 'final'};
const PRIORITY = {error: '1', warning: '5', info: '9'} as const;

/** Whether a string is an NMTOKEN made of the ASCII name characters every validator accepts. */
export function isSimpleNmtoken(id: string): boolean {
  if (id.length === 0) return false;
  for (const ch of id) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '.' || ch === '-' || ch === '_' || ch === ':';
    if (!ok) return false;
  }
  return true;
}

/** Writes the review as XLIFF 2.1: a segment per sentence group, or one per unit with paragraph segments. */
export function writeXliff(input: ExportInput, options: {segments: Segmentation} = {segments: 'sentence'}): WriteOutput {
  const counter = new UnsafeCounter();
  const used = new Set<string>();
  const wanted = input.beads.map(b => (isSimpleNmtoken(b.id) ? b.id : null));
  for (const w of wanted) if (w !== null) used.add(w);
  const units = input.beads.map((bead, i) => {
    let id = wanted[i];
    if (id === null || id === undefined) {
      let n = i + 1;
      while (used.has(`u${n}`)) n++;
      id = `u${n}`;
      used.add(id);
    }
    return unitOf(bead, id, counter, options.segments);
  });
  const fileMeta = metadata([
    ['tool', `Cotejo ${input.toolVersion}`],
    ['source-document', counter.clean(basename(input.sourcePath), 'file')],
    ['target-document', counter.clean(basename(input.targetPath), 'file')],
    ['created', input.createdAt.toISOString()],
    ...(input.resolvedElsewhere ?? []).map((r): [string, string] => ['resolution', counter.clean(JSON.stringify(resolutionFacts(r)), 'file')]),
  ]);
  const file: XmlOut = {
    name: 'file',
    attrs: [
      ['id', 'f1'],
      ['original', counter.clean(basename(input.sourcePath), 'file')],
    ],
    children: [fileMeta, ...units],
  };
  const root: XmlOut = {
    name: 'xliff',
    attrs: [
      ['xmlns', XLIFF2_NAMESPACE],
      ['xmlns:mda', MDA_NAMESPACE],
      ['version', '2.1'],
      ['srcLang', input.sourceLang],
      ['trgLang', input.targetLang],
    ],
    children: [file],
  };
  return {content: serializeXml(root), warnings: counter.warnings()};
}

function metadata(entries: readonly (readonly [string, string])[]): XmlOut {
  return {
    name: 'mda:metadata',
    children: [
      {
        name: 'mda:metaGroup',
        attrs: [['category', 'cotejo']],
        children: entries.map(([type, text]) => ({name: 'mda:meta', attrs: [['type', type]], children: text ? [text] : []})),
      },
    ],
  };
}

/** Text as XLIFF content: characters XML forbids become `<cp>`; unpaired surrogates go. */
function inlineText(text: string, counter: UnsafeCounter, unit: string): (string | XmlOut)[] {
  const out: (string | XmlOut)[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isXmlChar(cp)) {
      run += text.slice(i, i + width);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      counter.note(1, unit);
    } else {
      if (run) out.push(run);
      run = '';
      out.push({name: 'cp', attrs: [['hex', cp.toString(16).toUpperCase().padStart(4, '0')]]});
    }
    i += width - 1;
  }
  if (run) out.push(run);
  return out;
}

function unitOf(bead: ExportBead, id: string, counter: UnsafeCounter, segmentation: Segmentation): XmlOut {
  const c = (text: string) => counter.clean(text, bead.id);
  const hasTarget = bead.target.length > 0;
  const meta: [string, string][] = [
    ['status', bead.status],
    ['source-paragraphs', bead.sourceParagraphs.join(' ')],
    ['target-paragraphs', bead.targetParagraphs.join(' ')],
    ['confidence', bead.confidence.toFixed(2)],
  ];
  if (id !== bead.id) meta.unshift(['id', c(bead.id)]);
  if (bead.original) meta.push(['corrected', 'yes'], ['original-target', c(joinParagraphs(bead.original))]);
  const notes: XmlOut[] = [];
  for (const d of bead.divergences) {
    if (d.resolution === 'open') {
      const facts = divergenceFacts(d);
      meta.push(['divergence', c(JSON.stringify(facts))]);
      notes.push({
        name: 'note',
        attrs: [
          ['id', `n${notes.length + 1}`],
          ['category', d.category],
          ['priority', PRIORITY[d.severity]],
          ['appliesTo', d.target ? 'target' : 'source'],
        ],
        children: [c(d.note)],
      });
    } else {
      meta.push(['resolution', c(JSON.stringify(resolutionFacts(d)))]);
    }
  }
  const segments =
    bead.segments.length > 0 && segmentation === 'sentence'
      ? bead.segments
      : [{source: joinParagraphs(bead.source), target: joinParagraphs(bead.target), sourceGap: '', targetGap: '', sourceStart: 0, targetStart: 0}];
  const body: XmlOut[] = [];
  segments.forEach((seg, k) => {
    const source: XmlOut = {name: 'source', inline: true, children: inlineText(seg.source, counter, bead.id)};
    const children: XmlOut[] = [source];
    if (hasTarget) children.push({name: 'target', inline: true, children: inlineText(seg.target, counter, bead.id)});
    body.push({
      name: 'segment',
      attrs: [
        ['id', `s${k + 1}`],
        // A target the translator corrected is as final as one confirmed.
        ['state', hasTarget ? (bead.original ? 'final' : STATE_OF_STATUS[bead.status]) : 'initial'],
      ],
      children,
    });
    if (k < segments.length - 1 && (seg.sourceGap || seg.targetGap)) {
      const gap: XmlOut[] = [{name: 'source', inline: true, children: inlineText(seg.sourceGap, counter, bead.id)}];
      if (hasTarget) gap.push({name: 'target', inline: true, children: inlineText(seg.targetGap, counter, bead.id)});
      body.push({name: 'ignorable', children: gap});
    }
  });
  return {
    name: 'unit',
    attrs: [
      ['id', id],
      ['xml:space', 'preserve'],
    ],
    children: [metadata(meta), ...(notes.length > 0 ? [{name: 'notes', children: notes}] : []), ...body],
  };
}

// ---------------------------------------------------------------------------------
// Reading

/** Reads an XLIFF document (2.x or 1.2, already decoded) as a bilingual file. */
export function readXliff(text: string, path: string, options: ReadOptions = {}): Result<BilingualFile, InputError> {
  const parsed = parseXml(text, path);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (localName(root.name) !== 'xliff') return fail(inputError('formats.xml-wrong-root', {path, line: root.line, found: root.name, expected: 'xliff'}));
  const version = root.attrs['version'] ?? '';
  if (version.startsWith('2.')) return readXliff2(root, path, options);
  if (version === '1.2' || version === '1.1' || version === '1.0') return readXliff1(root, path, options);
  return fail(inputError('formats.xliff-unsupported-version', {path, line: root.line, version}));
}

const STATE_ORDER = ['initial', 'translated', 'reviewed', 'final'];

function readXliff2(root: XmlElement, path: string, options: ReadOptions): Result<BilingualFile, InputError> {
  const srcLang = options.sourceLang ?? root.attrs['srcLang'];
  const sourceLang = srcLang !== undefined ? primaryLanguage(srcLang) : null;
  if (sourceLang === null) return fail(inputError('formats.xliff-no-source-language', {path, line: root.line, attribute: 'srcLang'}));
  const files = childElements(root).filter(e => localName(e.name) === 'file');
  if (files.length === 0) return fail(inputError('formats.xliff-no-file', {path, line: root.line}));
  const rows: BilingualRow[] = [];
  let firstTarget: XmlElement | null = null;
  for (const file of files) {
    // Resolutions kept at file level: their divergence is gone from the text.
    rows.push({id: null, source: '', target: '', status: 'automatic', resolutions: resolutionsOf(allCotejoMeta(file, 'resolution'))});
    const seen = new Set<string>();
    for (const unit of unitsOf(file, 'unit')) {
      const id = unit.attrs['id'];
      if (id === undefined) return fail(inputError('formats.xliff-unit-without-id', {path, line: unit.line, element: 'unit'}));
      if (seen.has(id)) return fail(inputError('formats.xliff-duplicate-id', {path, line: unit.line, id}));
      seen.add(id);
      const pieces = childElements(unit).filter(e => e.name === 'segment' || e.name === 'ignorable');
      if (!pieces.some(e => e.name === 'segment')) return fail(inputError('formats.xliff-unit-without-segment', {path, line: unit.line, element: 'unit'}));
      let source = '';
      let target = '';
      let lowest = STATE_ORDER.length - 1;
      for (const piece of pieces) {
        const src = firstChild(piece, 'source');
        if (!src) return fail(inputError('formats.xliff-segment-without-source', {path, line: piece.line, element: piece.name}));
        source += inline2(src);
        const tgt = firstChild(piece, 'target');
        if (tgt) {
          target += inline2(tgt);
          firstTarget ??= tgt;
        }
        if (piece.name === 'segment') lowest = Math.min(lowest, Math.max(0, STATE_ORDER.indexOf(piece.attrs['state'] ?? 'initial')));
      }
      const meta = cotejoMeta(unit);
      const fromState: BeadStatus = lowest === 3 ? 'confirmed' : lowest === 2 ? 'edited' : 'automatic';
      const status = (meta.get('status') !== undefined ? parseStatus(meta.get('status')!) : null) ?? fromState;
      rows.push({id: meta.get('id') ?? id, source, target, status, resolutions: resolutionsOf(allCotejoMeta(unit, 'resolution'))});
    }
  }
  const trgLang = options.targetLang ?? root.attrs['trgLang'];
  const targetLang = trgLang !== undefined ? primaryLanguage(trgLang) : null;
  if (targetLang === null) {
    return fail(inputError('formats.xliff-no-target-language', {path, line: firstTarget?.line ?? root.line, attribute: 'trgLang'}));
  }
  return bilingualFileFromRows(rows, {path, format: 'xliff', sourceLang, targetLang});
}

/** The units of a file, groups entered, in document order. */
function unitsOf(el: XmlElement, unitName: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === unitName) out.push(c);
    else if (c.name === 'group' || c.name === 'body') out.push(...unitsOf(c, unitName));
  }
  return out;
}

/** Every value of one type in a unit's Cotejo metadata, in order. */
function allCotejoMeta(unit: XmlElement, wanted: string): string[] {
  const out: string[] = [];
  for (const md of childElements(unit).filter(e => localName(e.name) === 'metadata')) {
    for (const group of childElements(md).filter(e => localName(e.name) === 'metaGroup' && e.attrs['category'] === 'cotejo')) {
      for (const meta of childElements(group).filter(e => localName(e.name) === 'meta' && e.attrs['type'] === wanted)) {
        out.push(meta.children.filter((c): c is string => typeof c === 'string').join(''));
      }
    }
  }
  return out;
}

/** Cotejo's metadata of a unit (`mda:meta` in a metaGroup of category "cotejo"), first value per type. */
function cotejoMeta(unit: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const md of childElements(unit).filter(e => localName(e.name) === 'metadata')) {
    for (const group of childElements(md).filter(e => localName(e.name) === 'metaGroup' && e.attrs['category'] === 'cotejo')) {
      for (const meta of childElements(group).filter(e => localName(e.name) === 'meta')) {
        const type = meta.attrs['type'];
        if (type !== undefined && !out.has(type)) out.set(type, meta.children.filter((c): c is string => typeof c === 'string').join(''));
      }
    }
  }
  return out;
}

/** XLIFF 2 inline content as text: `cp` as its character, codes left out, `pc` and `mrk` entered. */
function inline2(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (!isElement(c)) {
      s += c;
      continue;
    }
    if (c.name === 'cp') {
      const cp = Number.parseInt(c.attrs['hex'] ?? '', 16);
      if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) s += String.fromCodePoint(cp);
    } else if (c.name === 'pc' || c.name === 'mrk') {
      s += inline2(c);
    }
  }
  return s;
}

/** XLIFF 1.2 inline content as text: `g` and `mrk` entered, native codes left out. */
function inline1(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (!isElement(c)) s += c;
    else if (c.name === 'g' || c.name === 'mrk') s += inline1(c);
  }
  return s;
}

function readXliff1(root: XmlElement, path: string, options: ReadOptions): Result<BilingualFile, InputError> {
  const files = childElements(root, 'file');
  if (files.length === 0) return fail(inputError('formats.xliff-no-file', {path, line: root.line}));
  const first = files[0]!;
  const srcLang = options.sourceLang ?? first.attrs['source-language'];
  const sourceLang = srcLang !== undefined ? primaryLanguage(srcLang) : null;
  if (sourceLang === null) return fail(inputError('formats.xliff-no-source-language', {path, line: first.line, attribute: 'source-language'}));
  const rows: BilingualRow[] = [];
  let firstTarget: XmlElement | null = null;
  for (const file of files) {
    for (const group of resolutionGroups(file)) {
      rows.push({id: null, source: '', target: '', status: 'automatic', resolutions: resolutionsOf(contexts1(group).get('resolution') ?? [])});
    }
    const seen = new Set<string>();
    for (const {unit, bead} of transUnitsOf(file, null)) {
      const id = unit.attrs['id'];
      if (id === undefined) return fail(inputError('formats.xliff-unit-without-id', {path, line: unit.line, element: 'trans-unit'}));
      if (seen.has(id)) return fail(inputError('formats.xliff-duplicate-id', {path, line: unit.line, id}));
      seen.add(id);
      const src = firstChild(unit, 'source');
      if (!src) return fail(inputError('formats.xliff-segment-without-source', {path, line: unit.line, element: 'trans-unit'}));
      const tgt = firstChild(unit, 'target');
      if (tgt) firstTarget ??= tgt;
      const state = tgt?.attrs['state'] ?? '';
      const approved = unit.attrs['approved'] === 'yes' || state === 'final' || state === 'signed-off';
      const facts = contexts1(unit);
      const recorded = facts.get('status')?.[0];
      const status = (recorded !== undefined ? parseStatus(recorded) : null) ?? (approved ? 'confirmed' : 'automatic');
      rows.push({
        id,
        source: inline1(src),
        target: tgt ? inline1(tgt) : '',
        status,
        bead,
        sourceGap: facts.get('source-gap')?.[0],
        targetGap: facts.get('target-gap')?.[0],
        resolutions: resolutionsOf(facts.get('resolution') ?? []),
      });
    }
  }
  const trgLang = options.targetLang ?? first.attrs['target-language'];
  const targetLang = trgLang !== undefined ? primaryLanguage(trgLang) : null;
  if (targetLang === null) {
    return fail(inputError('formats.xliff-no-target-language', {path, line: firstTarget?.line ?? first.line, attribute: 'target-language'}));
  }
  return bilingualFileFromRows(rows, {path, format: 'xliff', sourceLang, targetLang});
}

/**
 * The trans-units of an XLIFF 1.2 file in document order, each with the bead it
 * belongs to when a group of Cotejo's (`restype="x-cotejo-bead"`) holds it.
 */
function transUnitsOf(el: XmlElement, bead: string | null): {unit: XmlElement; bead: string | null}[] {
  const out: {unit: XmlElement; bead: string | null}[] = [];
  for (const c of childElements(el)) {
    if (c.name === 'trans-unit') out.push({unit: c, bead});
    else if (c.name === 'body') out.push(...transUnitsOf(c, bead));
    else if (c.name === 'group') out.push(...transUnitsOf(c, c.attrs['restype'] === 'x-cotejo-bead' ? (c.attrs['resname'] ?? c.attrs['id'] ?? null) : bead));
  }
  return out;
}

/** Groups that only keep resolutions whose divergence is gone (`restype="x-cotejo-resolutions"`). */
function resolutionGroups(el: XmlElement): XmlElement[] {
  return childElements(el).flatMap(c =>
    c.name === 'group' && c.attrs['restype'] === 'x-cotejo-resolutions' ? [c] : c.name === 'body' || c.name === 'group' ? resolutionGroups(c) : [],
  );
}

/** Cotejo's facts of a trans-unit or group (`x-cotejo-TYPE` contexts), every value per type in order. */
function contexts1(unit: XmlElement): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of childElements(unit, 'context-group')) {
    for (const context of childElements(group, 'context')) {
      const type = context.attrs['context-type'] ?? '';
      if (!type.startsWith('x-cotejo-')) continue;
      const key = type.slice('x-cotejo-'.length);
      out.set(key, [...(out.get(key) ?? []), context.children.filter((c): c is string => typeof c === 'string').join('')]);
    }
  }
  return out;
}
