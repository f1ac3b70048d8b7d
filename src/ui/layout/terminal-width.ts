/**
 * The width of a string on the terminal, as string-width counts it, with a fast path
 * for the text the review screen is mostly made of. Ink measures every row it draws
 * with string-width, which segments the row into grapheme clusters and looks each one
 * up in emoji and width tables: on a first frame of accented text that was a sizable
 * part of the time before anything showed. The program's bundle gives Ink this
 * function instead (scripts/bundle.mjs); it answers exactly as string-width does.
 */
import stringWidth from 'string-width';

/** The options string-width takes. */
export interface WidthOptions {
  readonly ambiguousIsNarrow?: boolean;
  readonly countAnsiEscapeCodes?: boolean;
}

// Colour and style sequences, which Ink puts around styled text and which take no column.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const SGR = /\u001b\[[0-9;]*m/g;

// Characters that are each one cluster of one column for string-width: printable
// ASCII, Latin-1 but the soft hyphen, Latin Extended A and B, IPA, spacing modifiers,
// general punctuation but its invisible characters, arrows and box drawing.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f]*$/;

/** Columns `input` takes on the terminal: what string-width says, sooner for plain European text. */
export default function terminalWidth(input: string, options: WidthOptions = {}): number {
  if (typeof input !== 'string' || input.length === 0 || options.countAnsiEscapeCodes || options.ambiguousIsNarrow === false) {
    return stringWidth(input, options);
  }
  const bare = input.includes('\u001b') ? input.replace(SGR, '') : input;
  if (bare.includes('\u001b') || bare.includes('\u009b')) return stringWidth(input, options);
  return ONE_COLUMN_EACH.test(bare) ? bare.length : stringWidth(bare, options);
}
