/**
 * The `check` report: the two documents, their alignment and the divergences found,
 * in the shape that `cotejo check --format json` prints (see README, "The check
 * report"). Messages are not part of the engine's report; the edge adds them.
 */
import type {BeadLinkReport} from './checks/links.js';
import type {Alignment, Divergence, Document, LanguageCode} from './types.js';

/** One side of the report: a document as the checks saw it. */
export interface ReportSide {
  /** The document's path as the user gave it. */
  readonly path: string;
  /** The document's language. */
  readonly lang: LanguageCode;
  /** The paragraphs' texts (corrected text for the target when a session has edits). */
  readonly paragraphs: readonly string[];
  /** How the language was guessed when the user did not give it (the text report says so). */
  readonly langGuessed?: 'name' | 'text' | undefined;
}

/** A divergence the translator fixed or dismissed, as the session or the bilingual file records it. */
export interface ReportResolution {
  /** The divergence's key. */
  readonly key: string;
  /** `fixed` (a suggestion was applied) or `dismissed` (the translation stands). */
  readonly state: 'fixed' | 'dismissed';
  /** Why the translation stands, when the translator said. */
  readonly reason?: string;
}

/** What `check` found: the pair, its alignment and the divergences. */
export interface Report {
  /** The report format's version. */
  readonly version: 1;
  /** The source document. */
  readonly source: ReportSide;
  /** The target document (the translation). */
  readonly target: ReportSide;
  /** The beads that pair the documents' paragraphs. */
  readonly alignment: Alignment;
  /** The divergences, in target order (source order for omissions). */
  readonly divergences: readonly Divergence[];
  /** Divergences under the confidence threshold: worth a look, counted nowhere. */
  readonly hints: readonly Divergence[];
  /** What the translator decided about divergences (fixed, dismissed), by key order. */
  readonly resolutions: readonly ReportResolution[];
  /** The word links of each bead, in alignment order, when asked for (`--links`). */
  readonly links?: readonly BeadLinkReport[];
}

/** A document as one side of a report. */
export function reportSide(document: Document): ReportSide {
  const side: ReportSide = {path: document.path, lang: document.lang, paragraphs: document.paragraphs.map(p => p.text)};
  return document.langGuessed ? {...side, langGuessed: document.langGuessed} : side;
}
