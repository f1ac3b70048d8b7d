/**
 * Words for people at the edge: input errors as one line, divergence messages in the
 * interface language, and text made safe for a terminal.
 */
import type {TFunction} from 'i18next';
import type {InputError} from './core/result.js';
import type {Divergence} from './core/types.js';

/**
 * The i18next key of a message code: `ns.key` names another namespace (`store.locked`
 * is `store:locked`); a plain code belongs to the fallback namespace.
 */
export function messageKey(code: string, fallbackNamespace: string): string {
  const dot = code.indexOf('.');
  return dot > 0 ? `${code.slice(0, dot)}:${code.slice(dot + 1)}` : `${fallbackNamespace}:${code}`;
}

/** Renders a message code with its parameters through i18next; text parameters are made safe, one line and short. */
export function renderMessage(t: TFunction, code: string, params: Readonly<Record<string, unknown>>, fallbackNamespace: string): string {
  // Codes are data from the engine, so the key is only known at run time; a test checks
  // that every code the engine emits has a key in every language.
  const render = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const safe: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) safe[k] = typeof v === 'string' ? shortened(oneLine(v)) : v;
  return render(messageKey(code, fallbackNamespace), {...safe, defaultValue: code});
}

/** The longest a value from the input may be in a message (characters); longer ones lose their middle. */
export const MAX_SHOWN = 160;

/** Text cut in the middle to at most `max` characters, with `…` where the cut is: both ends of a path say the most. */
export function shortened(text: string, max: number = MAX_SHOWN): string {
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 2) + text.slice(-max * 2) : text);
  if (chars.length <= max || text.length <= max) return text.length <= max ? text : chars.slice(0, max).join('');
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** Text on one line and safe for a terminal: line breaks shown as ⏎, tabs as spaces, controls as symbols. */
export function oneLine(text: string): string {
  return visibleControls(text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '⏎').replace(/\t/g, ' '));
}

/** An input error as the one line the user sees, prefixed with the program's name. */
export function describeInputError(t: TFunction, error: InputError): string {
  return `cotejo: ${renderMessage(t, error.code, error.params, 'errors')}`;
}

/** A divergence's message in the interface language. */
export function divergenceMessage(t: TFunction, divergence: Divergence): string {
  return renderMessage(t, divergence.code, divergence.params, 'divergence');
}

/** A category's name in the interface language. */
export function categoryName(t: TFunction, category: string): string {
  const render = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return render(`divergence:category.${category}`, {defaultValue: category});
}

/** Writes one line to stderr, made safe for the terminal (a line break in it shows as ⏎). */
export function printError(line: string): void {
  process.stderr.write(`${oneLine(line)}\n`);
}

// C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides that can
// disguise text: shown as visible symbols, never sent to the terminal as they are.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with control characters replaced by visible symbols (␛ for ESC, ␀ for NUL, …). */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, c => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
