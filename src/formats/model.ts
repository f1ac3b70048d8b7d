/**
 * What the bilingual writers take and what the readers give: the export input (a
 * review's beads with their texts, statuses and divergences, messages already in the
 * interface language) and the bilingual file (a document pair with its alignment).
 *
 * Every writer is a function of an ExportInput alone (HTML and Markdown also take the
 * interface's words), so the same input gives the same bytes in every format.
 */
import type {BeadStatus, Resolution} from '../core/session.js';
import type {Bead, Category, Document, LanguageCode, Location, MessageParams, Severity} from '../core/types.js';

/** How far a divergence got: still open, fixed by a suggestion, or dismissed. */
export type ResolutionState = 'open' | 'fixed' | 'dismissed';

/** A divergence as exported: the engine's facts plus its words for people. */
export interface ExportDivergence {
  /** The divergence's stable key (see Divergence.key). */
  readonly key: string;
  /** Its kind. */
  readonly category: Category;
  /** How much it matters. */
  readonly severity: Severity;
  /** The message code (an i18next key in the divergence namespace). */
  readonly code: string;
  /** The values of the message template. */
  readonly params: MessageParams;
  /** The message in the interface language. */
  readonly message: string;
  /** The category's name in the interface language. */
  readonly categoryName: string;
  /** One line for notes and comments: category, message and suggestion. */
  readonly note: string;
  /** The replacement proposed for the target span, if any. */
  readonly suggestion?: string | undefined;
  /** Where it stands in the target document; null for an omission. */
  readonly target: Location | null;
  /** Where it stands in the source document; null for an addition. */
  readonly source: Location | null;
  /** Whether the divergence is open, fixed or dismissed. */
  readonly resolution: ResolutionState;
  /** The user's reason for a dismissal. */
  readonly reason?: string | undefined;
}

/**
 * A group of sentences of a bead, source against target, as the sentence aligner
 * paired them. The gaps are the text that follows the piece on each side up to the
 * next piece (white space, or a paragraph break): concatenating piece and gap over a
 * bead's segments gives back its joined text exactly.
 */
export interface ExportSegment {
  /** The source sentences of the group; empty when the group has none. */
  readonly source: string;
  /** The target sentences of the group; empty when the group has none. */
  readonly target: string;
  /** Source text between this group and the next one. */
  readonly sourceGap: string;
  /** Target text between this group and the next one. */
  readonly targetGap: string;
  /** Offset of `source` in the bead's joined source text. */
  readonly sourceStart: number;
  /** Offset of `target` in the bead's joined target text. */
  readonly targetStart: number;
}

/** One bead of the review, ready to be written. */
export interface ExportBead {
  /** A unique identifier in the file (tuid, unit name, the id column). */
  readonly id: string;
  /** Source paragraph indexes in the source document (0-based). */
  readonly sourceParagraphs: readonly number[];
  /** Target paragraph indexes in the target document (0-based). */
  readonly targetParagraphs: readonly number[];
  /** The source paragraphs' texts. */
  readonly source: readonly string[];
  /** The target paragraphs' texts, with the corrections applied. */
  readonly target: readonly string[];
  /** The target paragraphs as loaded, when a correction changed any of them; else null. */
  readonly original: readonly string[] | null;
  /** Who decided the bead: the aligner, or the user. */
  readonly status: BeadStatus;
  /** The aligner's confidence, 0 to 1. */
  readonly confidence: number;
  /** The bead's divergences with their resolutions, open ones first. */
  readonly divergences: readonly ExportDivergence[];
  /** The bead's sentence groups, in order. */
  readonly segments: readonly ExportSegment[];
  /**
   * One line that says what the translator did and what is left, in the interface
   * language (the first note of an XLIFF unit: some tools show only one).
   */
  readonly summary: string;
}

/** A whole review, ready to be written in any format. */
export interface ExportInput {
  /** The source document's path as the user named it. */
  readonly sourcePath: string;
  /** The target document's path. */
  readonly targetPath: string;
  /** The source language. */
  readonly sourceLang: LanguageCode;
  /** The target language. */
  readonly targetLang: LanguageCode;
  /** The interface language the messages are in (TMX adminlang, HTML lang). */
  readonly uiLang: LanguageCode;
  /** The version of Cotejo that wrote the file. */
  readonly toolVersion: string;
  /** When the export was made. */
  readonly createdAt: Date;
  /** The beads in order. */
  readonly beads: readonly ExportBead[];
  /**
   * Resolutions whose divergence no bead shows any more: a divergence fixed by
   * changing its phrase is gone from the text, but the translator's work is not.
   */
  readonly resolvedElsewhere?: readonly ResolvedDivergence[];
  /**
   * One line that says what `resolvedElsewhere` holds, in the interface language (the
   * note of the table row that keeps those resolutions).
   */
  readonly resolvedElsewhereNote?: string;
}

/** A resolution kept without its divergence. */
export interface ResolvedDivergence {
  /** The divergence's key. */
  readonly key: string;
  /** Its category (the key's first part). */
  readonly category: string;
  /** The category's name in the interface language. */
  readonly categoryName: string;
  /** Fixed or dismissed. */
  readonly resolution: 'fixed' | 'dismissed';
  /** The user's reason for a dismissal. */
  readonly reason?: string | undefined;
}

/** How a written file cuts the text: a unit per bead, or per sentence group. */
export type Segmentation = 'paragraph' | 'sentence';

/** A problem met while writing that did not stop it (characters dropped, …). */
export interface FormatWarning {
  /** Message code, `formats.` prefixed (see README for the convention). */
  readonly code: string;
  /** The message's values. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** A written file's content and what the user should be told about it. */
export interface WriteOutput<T = string> {
  /** The file's content: text (UTF-8 when saved) or bytes. */
  readonly content: T;
  /** Warnings for standard error. */
  readonly warnings: readonly FormatWarning[];
}

/** A bilingual file read back: the two sides as documents and how they pair. */
export interface BilingualFile {
  /** The file's path. */
  readonly path: string;
  /** Which format it was read as. */
  readonly format: BilingualFormat;
  /** The source side as a document (paragraphs in bead order). */
  readonly source: Document;
  /** The target side as a document. */
  readonly target: Document;
  /** One bead per unit of the file, over the documents' paragraph indexes. */
  readonly alignment: readonly Bead[];
  /** Each bead's identifier in the file (tuid, unit id or name, id column). */
  readonly ids: readonly string[];
  /** Each bead's status as the file records it (`automatic` when it says nothing). */
  readonly statuses: readonly BeadStatus[];
  /** Resolutions the file records (fixed, dismissed with a reason), by divergence key. */
  readonly resolutions: Readonly<Record<string, Resolution>>;
  /** What the user should know about the file that did not stop the reading. */
  readonly warnings?: readonly FormatWarning[];
  /** The source language, a lowercase primary subtag. */
  readonly sourceLang: LanguageCode;
  /** The target language, a lowercase primary subtag. */
  readonly targetLang: LanguageCode;
}

/** The formats a bilingual file can be read from. */
export type BilingualFormat = 'tmx' | 'xliff' | 'tsv' | 'csv' | 'xlsx';

/** A unit read from a file, before it becomes paragraphs of two documents. */
export interface BilingualRow {
  /** The unit's identifier, or null when the file gives none. */
  readonly id: string | null;
  /** The unit's source text, paragraphs separated by blank lines. */
  readonly source: string;
  /** The unit's target text. */
  readonly target: string;
  /** The status the file records. */
  readonly status: BeadStatus;
  /**
   * The bead a sentence-level unit belongs to, when the file says so: consecutive
   * units of one bead are read back as that bead, their texts joined with their gaps.
   */
  readonly bead?: string | null | undefined;
  /** The source text between this unit and the next unit of its bead. */
  readonly sourceGap?: string | undefined;
  /** The target text between this unit and the next unit of its bead. */
  readonly targetGap?: string | undefined;
  /** Resolutions the unit records, by divergence key. */
  readonly resolutions?: Readonly<Record<string, Resolution>> | undefined;
}

/** Languages the user named, which win over what a file says or lacks. */
export interface ReadOptions {
  /** The source language. */
  readonly sourceLang?: string | undefined;
  /** The target language. */
  readonly targetLang?: string | undefined;
}

/** Every bead status, in increasing order of the user's involvement. */
export const BEAD_STATUSES: readonly BeadStatus[] = ['automatic', 'edited', 'confirmed'];

/** The status a file's word names, or null when it names none of ours. */
export function parseStatus(word: string): BeadStatus | null {
  const w = word.trim().toLowerCase();
  return (BEAD_STATUSES as readonly string[]).includes(w) ? (w as BeadStatus) : null;
}
