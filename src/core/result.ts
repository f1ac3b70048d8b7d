/**
 * Expected failures are values: a function that can meet bad input returns a Result,
 * and the edge turns its error into one line for the user. A thrown Error is a bug.
 */

/** Success with a value, or failure with a typed error. */
export type Result<T, E> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: E};

/** A successful Result. */
export function ok<T>(value: T): {readonly ok: true; readonly value: T} {
  return {ok: true, value};
}

/** A failed Result. */
export function fail<E>(error: E): {readonly ok: false; readonly error: E} {
  return {ok: false, error};
}

/**
 * An input problem the user can fix: a message code (an i18next key under `error.`)
 * with its parameters. The edge prints it as one line and exits with code 2.
 */
export interface InputError {
  /** The message's code, for example `file-not-found`. */
  readonly code: string;
  /** Values for the message: the file, the line, the byte offset, … */
  readonly params: Readonly<Record<string, string | number>>;
}

/** An input error with its code and parameters. */
export function inputError(code: string, params: Readonly<Record<string, string | number>> = {}): InputError {
  return {code, params};
}
