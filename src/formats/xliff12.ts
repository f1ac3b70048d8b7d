/**
 * XLIFF 1.2 out: the version most translation tools import first (OmegaT, Trados,
 * memoQ, Phrase, Okapi, Translate Toolkit). Valid against the OASIS strict schema.
 *
 * One `<file>`; with paragraph segments a `<trans-unit>` per bead, with sentence
 * segments a `<group restype="x-cotejo-bead">` per bead holding a `<trans-unit>` per
 * sentence group. `xml:space="preserve"` keeps the texts exactly.
 *
 * What the translator did is in the standard places: the target's `state` is `final`
 * for a pair the translator confirmed or corrected (and the unit is `approved`),
 * `needs-review-translation` while a divergence is open, else `translated`; a
 * corrected target keeps the text as loaded in an `<alt-trans
 * alttranstype="previous-version">`. Notes: first one line that sums the unit up
 * (OmegaT shows only the first note), then one per open divergence, `priority` 1 for
 * an error, 5 for a warning, 9 for a note, `annotates` the side it stands on.
 *
 * Cotejo's own facts (status, paragraph indexes, confidence, divergences and
 * resolutions as JSON, the gaps between sentence groups) are `<context>` elements of
 * a `<context-group name="cotejo ID" purpose="information">` (names are unique in a
 * file), with `x-cotejo-…`
 * context types, which the schema allows and tools leave alone. Characters XML 1.0
 * forbids are dropped, with a warning naming the units.
 */
import type {ExportBead, ExportDivergence, ExportInput, ExportSegment, Segmentation, WriteOutput} from './model.js';
import {joinParagraphs} from './paragraphs.js';
import {basename, divergenceFacts, resolutionFacts, segmentDivergences, UnsafeCounter} from './shared.js';
import {serializeXml, type XmlOut} from './xml.js';

/** The XLIFF 1.2 namespace. */
export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

const PRIORITY = {error: '1', warning: '5', info: '9'} as const;

/** The target state of a unit: what the translator did, else whether anything is open. */
function stateOf(bead: ExportBead, divergences: readonly ExportDivergence[]): string {
  const open = divergences.some(d => d.resolution === 'open');
  if (bead.status === 'confirmed') return 'final';
  if (open) return 'needs-review-translation';
  return bead.original ? 'final' : 'translated';
}

/** Writes the review as XLIFF 1.2. */
export function writeXliff12(input: ExportInput, options: {segments: Segmentation}): WriteOutput {
  const counter = new UnsafeCounter();
  const used = new Set<string>();
  const unique = (wanted: string) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
  const body: XmlOut[] = [];
  for (const bead of input.beads) {
    const c = (text: string) => counter.clean(text, bead.id);
    if (options.segments === 'paragraph' || bead.segments.length === 0) {
      const facts = beadFacts(bead, c);
      body.push(
        transUnit(unique(c(bead.id)), bead, joinParagraphs(bead.source), joinParagraphs(bead.target), bead.target.length > 0, bead.divergences, input, c, facts, bead.original ? joinParagraphs(bead.original) : null),
      );
      continue;
    }
    const per = segmentDivergences(bead, bead.segments);
    const units = bead.segments.map((seg, k) => {
      const facts: [string, string][] = [['status', bead.status]];
      if (k < bead.segments.length - 1) facts.push(['source-gap', c(seg.sourceGap)], ['target-gap', c(seg.targetGap)]);
      return transUnit(unique(c(`${bead.id}.${k + 1}`)), bead, seg.source, seg.target, seg.target.trim() !== '' || bead.target.length > 0, per[k] ?? [], input, c, facts, null, seg);
    });
    const groupId = unique(`g-${c(bead.id)}`);
    body.push({
      name: 'group',
      attrs: [
        ['id', groupId],
        ['resname', c(bead.id)],
        ['restype', 'x-cotejo-bead'],
      ],
      children: [contextGroup(groupId, beadFacts(bead, c)), ...units],
    });
  }
  const elsewhere = input.resolvedElsewhere ?? [];
  if (elsewhere.length > 0) {
    // Resolutions whose divergence is gone from the text (fixed by changing it): a
    // group of their own, with no unit for a tool to show.
    const id = unique('cotejo-resolutions');
    body.push({
      name: 'group',
      attrs: [
        ['id', id],
        ['restype', 'x-cotejo-resolutions'],
        ['translate', 'no'],
      ],
      children: [contextGroup(id, elsewhere.map(r => ['resolution', counter.clean(JSON.stringify(resolutionFacts(r)), 'file')]))],
    });
  }
  const file: XmlOut = {
    name: 'file',
    attrs: [
      ['original', counter.clean(basename(input.sourcePath), 'file')],
      ['source-language', input.sourceLang],
      ['target-language', input.targetLang],
      ['datatype', 'plaintext'],
      ['date', input.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')],
      ['tool-id', 'cotejo'],
    ],
    children: [
      {name: 'header', children: [{name: 'tool', attrs: [['tool-id', 'cotejo'], ['tool-name', 'Cotejo'], ['tool-version', input.toolVersion]]}]},
      {name: 'body', children: body},
    ],
  };
  const root: XmlOut = {name: 'xliff', attrs: [['version', '1.2'], ['xmlns', XLIFF12_NAMESPACE]], children: [file]};
  return {content: serializeXml(root), warnings: counter.warnings()};
}

/** What a bead records about itself, as context types (without their `x-cotejo-` prefix). */
function beadFacts(bead: ExportBead, c: (text: string) => string): [string, string][] {
  const facts: [string, string][] = [
    ['status', bead.status],
    ['source-paragraphs', bead.sourceParagraphs.join(' ')],
    ['target-paragraphs', bead.targetParagraphs.join(' ')],
    ['confidence', bead.confidence.toFixed(2)],
  ];
  if (bead.original) facts.push(['corrected', 'yes']);
  return facts.map(([k, v]) => [k, c(v)]);
}

/** Cotejo's facts as a context group; its name must be unique in the file, so it carries the unit's id. */
function contextGroup(owner: string, facts: readonly (readonly [string, string])[]): XmlOut {
  return {
    name: 'context-group',
    attrs: [
      ['name', `cotejo ${owner}`],
      ['purpose', 'information'],
    ],
    children: facts.map(([type, text]) => ({name: 'context', attrs: [['context-type', `x-cotejo-${type}`]], children: text ? [text] : []})),
  };
}

function transUnit(
  id: string,
  bead: ExportBead,
  source: string,
  target: string,
  hasTarget: boolean,
  divergences: readonly ExportDivergence[],
  input: ExportInput,
  c: (text: string) => string,
  facts: [string, string][],
  original: string | null,
  segment?: ExportSegment,
): XmlOut {
  const state = stateOf(bead, divergences);
  const children: XmlOut[] = [{name: 'source', inline: true, children: source ? [c(source)] : []}];
  if (hasTarget) children.push({name: 'target', inline: true, attrs: [['state', state]], children: target ? [c(target)] : []});
  const all = [...facts];
  for (const d of divergences) {
    if (d.resolution === 'open') all.push(['divergence', c(JSON.stringify(divergenceFacts(d)))]);
    else all.push(['resolution', c(JSON.stringify(resolutionFacts(d)))]);
  }
  children.push(contextGroup(id, all));
  children.push({name: 'note', attrs: [['from', 'Cotejo']], children: [c(bead.summary)]});
  for (const d of divergences) {
    if (d.resolution !== 'open') continue;
    children.push({
      name: 'note',
      attrs: [
        ['from', 'Cotejo'],
        ['priority', PRIORITY[d.severity]],
        ['annotates', d.target ? 'target' : 'source'],
      ],
      children: [c(d.note)],
    });
  }
  if (original !== null && segment === undefined) {
    children.push({
      name: 'alt-trans',
      attrs: [['alttranstype', 'previous-version'], ['origin', 'Cotejo']],
      children: [{name: 'target', inline: true, attrs: [['xml:lang', input.targetLang]], children: original ? [c(original)] : []}],
    });
  }
  const attrs: [string, string][] = [['id', id]];
  if (hasTarget && state === 'final') attrs.push(['approved', 'yes']);
  attrs.push(['xml:space', 'preserve']);
  return {name: 'trans-unit', attrs, children};
}
