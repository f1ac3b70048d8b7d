/**
 * Carrying saved work over to documents that changed on disk since the save.
 *
 * Old and new paragraphs are matched per document: equal paragraphs through a diff
 * of the paragraph lists, then, inside each changed region, paragraphs that were
 * edited (rather than replaced) by how much text they share. Then:
 *
 * - each correction moves to its paragraph's new place; when the file's paragraph was
 *   edited too, both edits are put together word by word if they touch different
 *   words, and the correction is reported as not carried when they touch the same;
 * - the user's beads (confirmed, edited) keep their paragraphs wherever they went;
 *   the aligner's beads are kept where nothing changed, and only the regions between
 *   kept beads are aligned again;
 * - resolutions are kept by key (keys are made of the phrases, not of positions);
 *   a dismissal whose divergence no longer occurs is reported.
 *
 * Everything that could not be carried over is listed in the report, with the text
 * the user had written, so that nothing is lost without the user knowing.
 */
import {paragraphDiff, mergeEdits, textSimilarity} from '../core/diff.js';
import {documentFromParagraphs} from '../core/document.js';
import {beadsProblem, type Resolution, type SessionBead, type SessionState} from '../core/session.js';
import type {Bead, Divergence, Document} from '../core/types.js';
import {stateOfSessionFile, documentsOfSessionFile, type SessionFile} from './session-file.js';

/** How two versions of one document's paragraphs correspond. */
export interface ParagraphMatch {
  /** For each old paragraph, its new index, or null when it is gone. */
  readonly oldToNew: readonly (number | null)[];
  /** For each new paragraph, its old index, or null when it is new. */
  readonly newToOld: readonly (number | null)[];
  /** For each old paragraph, whether its text is unchanged. */
  readonly unchanged: readonly boolean[];
}

/** How similar an edited paragraph must stay to its old text to count as the same paragraph. */
export const SAME_PARAGRAPH_SIMILARITY = 0.5;

/** Past this many candidate pairs in one changed region, only paragraphs at the same offset are tried. */
const MAX_REGION_PAIRS = 40_000;

/** Matches the old paragraphs of a document with the new ones. */
export function matchParagraphs(oldTexts: readonly string[], newTexts: readonly string[]): ParagraphMatch {
  const oldToNew: (number | null)[] = oldTexts.map(() => null);
  const newToOld: (number | null)[] = newTexts.map(() => null);
  const unchanged: boolean[] = oldTexts.map(() => false);
  const runs = paragraphDiff(oldTexts, newTexts);
  let k = 0;
  while (k < runs.length) {
    const run = runs[k]!;
    if (run.kind === 'same') {
      for (let n = 0; n < run.count; n++) {
        oldToNew[run.oldStart + n] = run.newStart + n;
        newToOld[run.newStart + n] = run.oldStart + n;
        unchanged[run.oldStart + n] = true;
      }
      k++;
      continue;
    }
    // A changed region: every run up to the next `same` one.
    const oldStart = run.oldStart;
    const newStart = run.newStart;
    let oldEnd = oldStart;
    let newEnd = newStart;
    while (k < runs.length && runs[k]!.kind !== 'same') {
      const r = runs[k]!;
      if (r.kind === 'removed') oldEnd = r.oldStart + r.count;
      else newEnd = r.newStart + r.count;
      k++;
    }
    for (const [i, j] of pairEdited(oldTexts, oldStart, oldEnd, newTexts, newStart, newEnd)) {
      oldToNew[i] = j;
      newToOld[j] = i;
    }
  }
  return {oldToNew, newToOld, unchanged};
}

/** Words of a text, lowercased, for a cheap first look at whether two paragraphs are related. */
function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Pairs old and new paragraphs of one changed region, in order, maximising the
 * total similarity of the pairs that are similar enough to be the same paragraph.
 */
function pairEdited(
  oldTexts: readonly string[],
  oldStart: number,
  oldEnd: number,
  newTexts: readonly string[],
  newStart: number,
  newEnd: number,
): [number, number][] {
  const k = oldEnd - oldStart;
  const l = newEnd - newStart;
  if (k === 0 || l === 0) return [];
  const similar = (i: number, j: number): number => {
    const a = oldTexts[oldStart + i]!;
    const b = newTexts[newStart + j]!;
    // The word diff is the judge; the word sets only skip pairs that share too little
    // to ever reach the threshold.
    if (dice(words(oldStart + i, a, 'old'), words(newStart + j, b, 'new')) < SAME_PARAGRAPH_SIMILARITY / 2) return 0;
    const s = textSimilarity(a, b);
    return s >= SAME_PARAGRAPH_SIMILARITY ? s : 0;
  };
  const cache = new Map<string, Set<string>>();
  const words = (index: number, text: string, side: string): Set<string> => {
    const key = `${side}${index}`;
    let set = cache.get(key);
    if (!set) {
      set = wordSet(text);
      cache.set(key, set);
    }
    return set;
  };
  if (k * l > MAX_REGION_PAIRS) {
    const out: [number, number][] = [];
    for (let n = 0; n < Math.min(k, l); n++) if (similar(n, n) > 0) out.push([oldStart + n, newStart + n]);
    return out;
  }
  // best[i][j]: the best total over the first i old and first j new paragraphs.
  const best: Float64Array[] = Array.from({length: k + 1}, () => new Float64Array(l + 1));
  const sims: Float64Array[] = Array.from({length: k}, () => new Float64Array(l));
  for (let i = 1; i <= k; i++) {
    for (let j = 1; j <= l; j++) {
      const s = similar(i - 1, j - 1);
      sims[i - 1]![j - 1] = s;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s > 0 ? best[i - 1]![j - 1]! + s : 0);
    }
  }
  const out: [number, number][] = [];
  let i = k;
  let j = l;
  while (i > 0 && j > 0) {
    const s = sims[i - 1]![j - 1]!;
    if (s > 0 && best[i]![j] === best[i - 1]![j - 1]! + s) {
      out.push([oldStart + i - 1, newStart + j - 1]);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return out.reverse();
}

/** Something of the saved work that could not be carried over, or that the user should check. */
export type CarryOverItem =
  | {
      /** The paragraph with the correction is no longer in the target file. */
      readonly kind: 'correction-deleted';
      /** The paragraph's index in the saved target. */
      readonly paragraph: number;
      /** The corrected text the user had written. */
      readonly corrected: string;
    }
  | {
      /** The file's paragraph and the correction changed the same words. */
      readonly kind: 'correction-conflict';
      /** The paragraph's index in the saved target. */
      readonly paragraph: number;
      /** Its index in the new target. */
      readonly now: number;
      /** The corrected text the user had written (not applied). */
      readonly corrected: string;
    }
  | {
      /** A bead the user made or confirmed lost one side's paragraphs. */
      readonly kind: 'bead-dropped';
      /** The bead's index in the saved alignment. */
      readonly bead: number;
      /** Whether the user had confirmed or edited it. */
      readonly status: 'confirmed' | 'edited';
      /** Its source paragraphs in the saved source. */
      readonly source: readonly number[];
      /** Its target paragraphs in the saved target. */
      readonly target: readonly number[];
    }
  | {
      /** A bead's corrected sentence links: its texts are no longer the same, so its sentences are the aligner's again. */
      readonly kind: 'sentence-links-dropped';
      /** The bead's index in the saved alignment. */
      readonly bead: number;
      /** Its source paragraphs in the saved source. */
      readonly source: readonly number[];
      /** Its target paragraphs in the saved target. */
      readonly target: readonly number[];
    }
  | {
      /** A dismissed divergence does not occur in the new text. */
      readonly kind: 'dismissal-unmatched';
      /** The divergence's key (kept in the session, in case the text comes back). */
      readonly key: string;
      /** The divergence as it was, for its message. */
      readonly divergence: Divergence;
      /** The user's note, if any. */
      readonly reason?: string;
    };

/** A correction that was put together with a change of the file; the user should look at it. */
export interface MergedCorrection {
  /** The paragraph's index in the new target. */
  readonly paragraph: number;
  /** The corrected text as the user had written it. */
  readonly corrected: string;
  /** The paragraph's text in the changed file. */
  readonly file: string;
  /** Both put together: the new corrected text. */
  readonly merged: string;
}

/** How one document changed. */
export interface DocumentChange {
  /** Whether its paragraphs differ from the saved ones. */
  readonly changed: boolean;
  /** Paragraphs with the same text. */
  readonly unchanged: number;
  /** Paragraphs edited (matched to an old one with other text). */
  readonly edited: number;
  /** New paragraphs. */
  readonly added: number;
  /** Old paragraphs that are gone. */
  readonly removed: number;
}

/** What happened to the saved work; shown to the user before anything else. */
export interface CarryOverReport {
  /** How the source changed. */
  readonly source: DocumentChange;
  /** How the target changed. */
  readonly target: DocumentChange;
  /** Corrections now in place. */
  readonly correctionsCarried: number;
  /** Corrections that the changed file already contains. */
  readonly correctionsInFile: number;
  /** Corrections put together with an edit of the file (included in `correctionsCarried`). */
  readonly merged: readonly MergedCorrection[];
  /** The user's beads (confirmed, edited) kept. */
  readonly beadsKept: number;
  /** Resolutions kept. */
  readonly resolutionsKept: number;
  /** What could not be carried over. */
  readonly lost: readonly CarryOverItem[];
}

/** Aligns two documents (sub-documents of a changed region); the aligner's `alignParagraphs`. */
export type Realign = (source: Document, target: Document) => Bead[];

/** The divergences of a whole state, for telling which dismissals still apply. */
export type DivergencesOf = (state: SessionState) => readonly Divergence[];

/** The saved work on the new documents, and what became of it. */
export interface CarriedOver {
  /** The working state over the new documents. */
  readonly state: SessionState;
  /** What was carried and what was not. */
  readonly report: CarryOverReport;
}

/**
 * Carries the work saved in `file` over to the documents as they are now. `realign`
 * aligns the changed regions; `divergencesOf`, when given, finds dismissals that no
 * longer apply.
 */
export function carryOver(file: SessionFile, source: Document, target: Document, realign: Realign, divergencesOf?: DivergencesOf): CarriedOver {
  const oldDocs = documentsOfSessionFile(file, {source: source.path, target: target.path});
  const oldState = stateOfSessionFile(file, oldDocs.source, oldDocs.target);
  const newSource = source.paragraphs.map(p => p.text);
  const newTarget = target.paragraphs.map(p => p.text);
  const sm = matchParagraphs(file.source.paragraphs, newSource);
  const tm = matchParagraphs(file.target.paragraphs, newTarget);
  const lost: CarryOverItem[] = [];

  // Corrections.
  const correctedTexts = [...newTarget];
  const merged: MergedCorrection[] = [];
  let correctionsCarried = 0;
  let correctionsInFile = 0;
  for (const c of file.corrections) {
    const now = tm.oldToNew[c.paragraph] ?? null;
    if (now === null) {
      lost.push({kind: 'correction-deleted', paragraph: c.paragraph, corrected: c.corrected});
      continue;
    }
    const inFile = newTarget[now]!;
    if (inFile === c.corrected) {
      correctionsInFile++;
      continue;
    }
    if (inFile === c.original) {
      correctedTexts[now] = c.corrected;
      correctionsCarried++;
      continue;
    }
    const both = mergeEdits(c.original, c.corrected, inFile);
    if (both === null) {
      lost.push({kind: 'correction-conflict', paragraph: c.paragraph, now, corrected: c.corrected});
      continue;
    }
    if (both === inFile) {
      // The file made every change the correction made (and more): nothing is left to carry.
      correctionsInFile++;
      continue;
    }
    correctedTexts[now] = both;
    correctionsCarried++;
    merged.push({paragraph: now, corrected: c.corrected, file: inFile, merged: both});
  }
  let corrected = target;
  if (correctedTexts.some((t, i) => t !== newTarget[i])) {
    const doc = documentFromParagraphs(correctedTexts, {path: target.path, lang: target.lang});
    corrected = {...doc, paragraphs: doc.paragraphs.map((p, i) => (p.text === newTarget[i] ? target.paragraphs[i]! : p))};
  }

  // Beads: keep the user's wherever their paragraphs went, the aligner's where nothing changed.
  const kept: SessionBead[] = [];
  let beadsKept = 0;
  let lastSource = -1;
  let lastTarget = -1;
  file.alignment.forEach((bead, b) => {
    const mapSide = (indexes: readonly number[], m: ParagraphMatch): number[] | null => {
      const out: number[] = [];
      for (const i of indexes) {
        const j = m.oldToNew[i] ?? null;
        if (j === null) continue;
        out.push(j);
      }
      if (indexes.length > 0 && out.length === 0) return null;
      if (out.length === 0) return [];
      // New paragraphs inserted between the bead's own paragraphs belong in it.
      const from = out[0]!;
      const to = out[out.length - 1]!;
      return Array.from({length: to - from + 1}, (_, n) => from + n);
    };
    const srcIdx = mapSide(bead.source, sm);
    const tgtIdx = mapSide(bead.target, tm);
    const user = bead.status !== 'automatic';
    if (!user) {
      const intact =
        bead.source.every(i => sm.unchanged[i] === true) &&
        bead.target.every(i => tm.unchanged[i] === true) &&
        srcIdx !== null &&
        tgtIdx !== null &&
        srcIdx.length === bead.source.length &&
        tgtIdx.length === bead.target.length;
      if (intact && fits(srcIdx, tgtIdx)) accept({source: srcIdx, target: tgtIdx, confidence: bead.confidence, status: bead.status});
      return;
    }
    if (srcIdx === null || tgtIdx === null || (srcIdx.length === 0 && tgtIdx.length === 0) || !fits(srcIdx, tgtIdx)) {
      lost.push({kind: 'bead-dropped', bead: b, status: bead.status as 'confirmed' | 'edited', source: bead.source, target: bead.target});
      return;
    }
    accept({source: srcIdx, target: tgtIdx, confidence: bead.confidence, status: bead.status});
    beadsKept++;
  });
  function fits(s: readonly number[], t: readonly number[]): boolean {
    return (s.length === 0 || s[0]! > lastSource) && (t.length === 0 || t[0]! > lastTarget);
  }
  function accept(bead: SessionBead): void {
    kept.push(bead);
    if (bead.source.length) lastSource = bead.source[bead.source.length - 1]!;
    if (bead.target.length) lastTarget = bead.target[bead.target.length - 1]!;
  }
  const beads = withSentenceLinksOfSameTexts(oldState, fillGaps(kept, source, target, realign), source, corrected, lost);

  // Resolutions: kept by key.
  const resolutions: Record<string, Resolution> = {...oldState.resolutions};
  const draft: SessionState = {
    source,
    original: target,
    target: corrected,
    beads,
    resolutions,
    cursor: {bead: 0, divergence: null},
  };
  if (divergencesOf) {
    const before = new Map(divergencesOf(oldState).map(d => [d.key, d] as const));
    const after = new Set(divergencesOf(draft).map(d => d.key));
    for (const [key, r] of Object.entries(resolutions)) {
      const d = before.get(key);
      if (r.state !== 'dismissed' || after.has(key) || d === undefined) continue;
      lost.push(r.reason === undefined ? {kind: 'dismissal-unmatched', key, divergence: d} : {kind: 'dismissal-unmatched', key, divergence: d, reason: r.reason});
    }
  }

  // The cursor goes to the bead that now holds the first paragraph it was on.
  const oldBead = file.alignment[file.cursor.bead];
  const anchorS = oldBead?.source.map(i => sm.oldToNew[i] ?? null).find(j => j !== null) ?? null;
  const anchorT = oldBead?.target.map(i => tm.oldToNew[i] ?? null).find(j => j !== null) ?? null;
  const found = beads.findIndex(b => (anchorS !== null && b.source.includes(anchorS)) || (anchorT !== null && b.target.includes(anchorT)));
  const cursorBead = found >= 0 ? found : Math.min(file.cursor.bead, beads.length - 1);
  const state: SessionState = {...draft, cursor: {bead: cursorBead, divergence: found >= 0 ? file.cursor.divergence : null}};

  return {
    state,
    report: {
      source: documentChange(sm, newSource.length),
      target: documentChange(tm, newTarget.length),
      correctionsCarried,
      correctionsInFile,
      merged,
      beadsKept,
      resolutionsKept: Object.keys(resolutions).length,
      lost,
    },
  };
}

/** A bead's texts: its source paragraphs and its corrected target paragraphs. */
function beadTexts(bead: Bead, source: Document, target: Document): string {
  const side = (doc: Document, list: readonly number[]) => list.map(i => doc.paragraphs[i]?.text ?? '');
  // U+0000 never occurs in a decoded document, so two different beads cannot give the same key.
  return [...side(source, bead.source), '\u0000\u0000', ...side(target, bead.target)].join('\u0000');
}

/**
 * The new beads with the corrected sentence links of the old beads that had exactly
 * the same texts on both sides (source, corrected target): sentence links number the
 * sentences of those texts, so nothing else can keep them. The others are reported
 * in `lost`.
 */
function withSentenceLinksOfSameTexts(oldState: SessionState, beads: readonly SessionBead[], source: Document, target: Document, lost: CarryOverItem[]): SessionBead[] {
  const links = new Map<string, SessionBead['sentences']>();
  for (const b of oldState.beads) if (b.sentences !== undefined) links.set(beadTexts(b, oldState.source, oldState.target), b.sentences);
  if (links.size === 0) return [...beads];
  const used = new Set<string>();
  const out = beads.map(b => {
    const key = beadTexts(b, source, target);
    const kept = links.get(key);
    if (kept === undefined) return b;
    used.add(key);
    return {...b, sentences: kept};
  });
  oldState.beads.forEach((b, i) => {
    if (b.sentences !== undefined && !used.has(beadTexts(b, oldState.source, oldState.target))) {
      lost.push({kind: 'sentence-links-dropped', bead: i, source: b.source, target: b.target});
    }
  });
  return out;
}

function documentChange(m: ParagraphMatch, newCount: number): DocumentChange {
  const unchanged = m.unchanged.filter(Boolean).length;
  const matched = m.oldToNew.filter(j => j !== null).length;
  const removed = m.oldToNew.length - matched;
  const added = newCount - matched;
  return {changed: unchanged !== m.oldToNew.length || newCount !== m.oldToNew.length, unchanged, edited: matched - unchanged, added, removed};
}

/** The kept beads with the paragraphs between them aligned again, a region at a time. */
function fillGaps(kept: readonly SessionBead[], source: Document, target: Document, realign: Realign): SessionBead[] {
  const out: SessionBead[] = [];
  let s = 0;
  let t = 0;
  const fill = (sEnd: number, tEnd: number): void => {
    out.push(...alignRegion(source, s, sEnd, target, t, tEnd, realign));
    s = sEnd;
    t = tEnd;
  };
  for (const bead of kept) {
    const sNext = bead.source.length ? bead.source[0]! : s;
    const tNext = bead.target.length ? bead.target[0]! : t;
    fill(sNext, tNext);
    out.push(bead);
    if (bead.source.length) s = bead.source[bead.source.length - 1]! + 1;
    if (bead.target.length) t = bead.target[bead.target.length - 1]! + 1;
  }
  fill(source.paragraphs.length, target.paragraphs.length);
  return out;
}

/** Confidence of a bead that pairs a paragraph with nothing because the region has nothing on the other side. */
const ALONE_CONFIDENCE = 0.5;

function alignRegion(source: Document, s0: number, s1: number, target: Document, t0: number, t1: number, realign: Realign): SessionBead[] {
  if (s0 === s1 && t0 === t1) return [];
  if (s0 === s1 || t0 === t1) {
    const out: SessionBead[] = [];
    for (let i = s0; i < s1; i++) out.push({source: [i], target: [], confidence: ALONE_CONFIDENCE, status: 'automatic'});
    for (let j = t0; j < t1; j++) out.push({source: [], target: [j], confidence: ALONE_CONFIDENCE, status: 'automatic'});
    return out;
  }
  const sub = (doc: Document, a: number, b: number): Document =>
    documentFromParagraphs(
      doc.paragraphs.slice(a, b).map(p => p.text),
      {path: doc.path, lang: doc.lang},
    );
  const beads = realign(sub(source, s0, s1), sub(target, t0, t1));
  if (beadsProblem(beads, s1 - s0, t1 - t0) !== null) {
    // The aligner's result does not cover the region: pair the paragraphs in order instead.
    const out: SessionBead[] = [];
    for (let n = 0; n < Math.max(s1 - s0, t1 - t0); n++) {
      const i = s0 + n;
      const j = t0 + n;
      out.push({source: i < s1 ? [i] : [], target: j < t1 ? [j] : [], confidence: 0, status: 'automatic'});
    }
    return out;
  }
  return beads.map(b => ({
    source: b.source.map(i => i + s0),
    target: b.target.map(j => j + t0),
    confidence: b.confidence,
    status: 'automatic',
  }));
}
