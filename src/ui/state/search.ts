/**
 * Text search over both documents as the reviewer reads them: case and accents do
 * not count (`pekin` finds "Pekín"), and every match is a range of the paragraph's own
 * text, so it can be highlighted where it stands and counted ("3 of 7").
 */
import type {SessionState} from '../../core/session.js';

/** One match: a range of a paragraph of one side. */
export interface SearchMatch {
  /** The bead holding the paragraph. */
  readonly bead: number;
  /** Which document. */
  readonly side: 'source' | 'target';
  /** The paragraph's index in its document. */
  readonly paragraph: number;
  /** First UTF-16 index of the match in the paragraph's text. */
  readonly start: number;
  /** One past its last index. */
  readonly end: number;
}

/** A text folded for comparison, with the index in the original of each folded unit. */
interface Folded {
  readonly text: string;
  readonly from: readonly number[];
}

function fold(text: string): Folded {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
    for (let k = 0; k < folded.length; k++) from.push(i);
    out += folded;
    i += ch.length;
  }
  from.push(text.length);
  return {text: out, from};
}

/** The query as it is compared. */
function foldQuery(query: string): string {
  return fold(query.trim()).text;
}

/** The matches of `query` in one text, as ranges of that text. */
export function matchesIn(text: string, query: string): {start: number; end: number}[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const hay = fold(text);
  const out: {start: number; end: number}[] = [];
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + needle.length)) {
    const start = hay.from[at]!;
    // The end is the first original index past the folded match.
    const last = hay.from[at + needle.length - 1]!;
    const end = hay.from.find((f, k) => k >= at + needle.length && f > last) ?? text.length;
    out.push({start, end});
  }
  return out;
}

/** Every match in the document, in reading order: bead by bead, source before target. */
export function searchMatches(state: SessionState, query: string): SearchMatch[] {
  const out: SearchMatch[] = [];
  state.beads.forEach((bead, b) => {
    for (const side of ['source', 'target'] as const) {
      const doc = side === 'source' ? state.source : state.target;
      for (const p of bead[side]) {
        for (const m of matchesIn(doc.paragraphs[p]?.text ?? '', query)) out.push({bead: b, side, paragraph: p, ...m});
      }
    }
  });
  return out;
}
