/**
 * JSON Lines: one JSON object per line, one line per bead (or, with sentence
 * segments, per sentence group), for scripts and data pipelines. JSON escapes line
 * breaks and control characters inside strings, so every object stays on its line.
 */
import type {ExportBead, ExportDivergence, ExportInput, Segmentation, WriteOutput} from './model.js';
import {segmentDivergences} from './shared.js';

function divergenceObject(d: ExportDivergence): Record<string, unknown> {
  return {
    key: d.key,
    category: d.category,
    severity: d.severity,
    code: d.code,
    params: d.params,
    message: d.message,
    ...(d.suggestion !== undefined ? {suggestion: d.suggestion} : {}),
    source: d.source,
    target: d.target,
    resolution: d.resolution,
    ...(d.reason !== undefined ? {reason: d.reason} : {}),
  };
}

function beadObject(bead: ExportBead, input: ExportInput): Record<string, unknown> {
  return {
    id: bead.id,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    status: bead.status,
    confidence: Number(bead.confidence.toFixed(4)),
    sourceParagraphs: bead.sourceParagraphs,
    targetParagraphs: bead.targetParagraphs,
    source: bead.source,
    target: bead.target,
    original: bead.original,
    sentences: bead.segments.map(s => ({source: s.source, target: s.target})),
    divergences: bead.divergences.map(divergenceObject),
  };
}

/** Writes the review as JSON Lines. */
export function writeJsonl(input: ExportInput, options: {segments: Segmentation}): WriteOutput {
  const lines: string[] = [];
  for (const bead of input.beads) {
    if (options.segments === 'paragraph' || bead.segments.length === 0) {
      lines.push(JSON.stringify(beadObject(bead, input)));
      continue;
    }
    const per = segmentDivergences(bead, bead.segments);
    bead.segments.forEach((seg, k) => {
      lines.push(
        JSON.stringify({
          id: `${bead.id}.${k + 1}`,
          bead: bead.id,
          sourceLang: input.sourceLang,
          targetLang: input.targetLang,
          status: bead.status,
          source: seg.source,
          target: seg.target,
          divergences: (per[k] ?? []).map(divergenceObject),
        }),
      );
    });
  }
  return {content: lines.length > 0 ? lines.join('\n') + '\n' : '', warnings: []};
}
