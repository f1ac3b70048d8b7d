/**
 * Builders for the format tests: a working state from paragraph texts and beads, as
 * the session reducer would hold it, and divergences as the engine reports them.
 */
import fs from 'node:fs';
import {documentFromParagraphs, documentFromText} from '../../src/core/document.js';
import type {BeadStatus, Resolution, SessionState} from '../../src/core/session.js';
import type {Divergence} from '../../src/core/types.js';

/** A bead given by its paragraph indexes and status. */
export interface BeadSpec {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly status?: BeadStatus;
  readonly confidence?: number;
}

/** A working state with the given texts and beads; `original` is the target as loaded. */
export function stateOf(options: {
  source: readonly string[];
  target: readonly string[];
  original?: readonly string[];
  beads: readonly BeadSpec[];
  sourceLang?: string;
  targetLang?: string;
  resolutions?: Record<string, Resolution>;
}): SessionState {
  const sourceLang = options.sourceLang ?? 'es';
  const targetLang = options.targetLang ?? 'en';
  const source = documentFromParagraphs(options.source, {path: 'doc.es.txt', lang: sourceLang});
  const target = documentFromParagraphs(options.target, {path: 'doc.en.txt', lang: targetLang});
  const original = options.original ? documentFromParagraphs(options.original, {path: 'doc.en.txt', lang: targetLang}) : target;
  return {
    source,
    original,
    target,
    beads: options.beads.map(b => ({source: [...b.source], target: [...b.target], confidence: b.confidence ?? 0.9, status: b.status ?? 'automatic'})),
    resolutions: options.resolutions ?? {},
    cursor: {bead: 0, divergence: null},
  };
}

/** One-to-one beads over paragraphs of equal count. */
export function oneToOne(count: number, status: BeadStatus = 'automatic'): BeadSpec[] {
  return Array.from({length: count}, (_, i) => ({source: [i], target: [i], status}));
}

/** A divergence over a target phrase (found by its text) and optionally a source phrase. */
export function divergenceAt(
  state: SessionState,
  options: {
    category: Divergence['category'];
    severity?: Divergence['severity'];
    code?: string;
    params?: Divergence['params'];
    targetParagraph?: number;
    targetPhrase?: string;
    sourceParagraph?: number;
    sourcePhrase?: string;
    suggestion?: string;
    key?: string;
  },
): Divergence {
  const locate = (texts: SessionState['target'], paragraph: number | undefined, phrase: string | undefined) => {
    if (paragraph === undefined || phrase === undefined) return null;
    const text = texts.paragraphs[paragraph]!.text;
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase "${phrase}" not in paragraph ${paragraph}`);
    return {paragraph, start, end: start + phrase.length};
  };
  return {
    key: options.key ?? `${options.category}:${options.targetPhrase ?? options.sourcePhrase ?? ''}`,
    category: options.category,
    severity: options.severity ?? 'error',
    confidence: 1,
    code: options.code ?? `test.${options.category}`,
    params: options.params ?? {},
    ...(options.suggestion !== undefined ? {suggestion: options.suggestion} : {}),
    target: locate(state.target, options.targetParagraph, options.targetPhrase),
    source: locate(state.source, options.sourceParagraph, options.sourcePhrase),
  };
}

/** The sample article's files. */
export const ARTICLE = {
  source: new URL('../../fixtures/article.es.txt', import.meta.url),
  target: new URL('../../fixtures/article.en.txt', import.meta.url),
  gold: new URL('../../fixtures/article.gold.json', import.meta.url),
};

interface GoldFile {
  paragraph_alignment: {src: number[]; tgt: number[]}[];
  divergences: {
    tgt_paragraph: number | null;
    tgt_text: string | null;
    tgt_offset: number | null;
    src_paragraph: number | null;
    src_text: string | null;
    src_offset: number | null;
    category: Divergence['category'];
  }[];
}

/**
 * The sample article as a working state: its texts, the gold paragraph alignment
 * (some beads confirmed or edited), and the gold divergences as the engine would
 * report them, for tests of how formats present a real review.
 */
export function articleReview(): {state: SessionState; divergences: Divergence[][]} {
  const read = (url: URL) => fs.readFileSync(url, 'utf8');
  const source = documentFromText(read(ARTICLE.source), {path: 'fixtures/article.es.txt', lang: 'es'});
  const target = documentFromText(read(ARTICLE.target), {path: 'fixtures/article.en.txt', lang: 'en'});
  if (!source.ok || !target.ok) throw new Error('fixtures unreadable');
  const gold = JSON.parse(read(ARTICLE.gold)) as GoldFile;
  const beads = gold.paragraph_alignment.map((b, i) => ({
    source: b.src,
    target: b.tgt,
    confidence: 0.8,
    status: (i % 5 === 1 ? 'confirmed' : b.tgt.length > 1 ? 'edited' : 'automatic') as BeadStatus,
  }));
  const state: SessionState = {
    source: source.value,
    original: target.value,
    target: target.value,
    beads,
    resolutions: {},
    cursor: {bead: 0, divergence: null},
  };
  const found: Divergence[][] = beads.map(() => []);
  gold.divergences.forEach((g, n) => {
    const tgt = g.tgt_paragraph !== null && g.tgt_offset !== null && g.tgt_text !== null ? {paragraph: g.tgt_paragraph, start: g.tgt_offset, end: g.tgt_offset + g.tgt_text.length} : null;
    const src = g.src_paragraph !== null && g.src_offset !== null && g.src_text !== null ? {paragraph: g.src_paragraph, start: g.src_offset, end: g.src_offset + g.src_text.length} : null;
    const bead = beads.findIndex(b => (tgt ? b.target.includes(tgt.paragraph) : b.source.includes(src!.paragraph)));
    found[bead]!.push({
      key: `${g.category}:${n}`,
      category: g.category,
      severity: g.category === 'glued' || g.category === 'omission' ? 'error' : 'warning',
      confidence: 1,
      code: `gold.${g.category}`,
      params: {},
      target: tgt,
      source: src,
    });
  });
  return {state, divergences: found};
}
