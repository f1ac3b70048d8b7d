/**
 * The writers' words: a t() typed over the `formats` namespace, so that a wrong key
 * fails tsc. The command line's t() renders keys of every namespace when they carry
 * their `ns:` prefix; only its static type is narrower, hence the cast.
 */
import type {TFunction} from 'i18next';

/** t() over the `formats` namespace; keys are written `formats:…`. */
export type FormatsTranslate = TFunction<['formats', 'divergence']>;

/** The same function, typed for the `formats` keys. */
export function formatsTranslate(t: TFunction): FormatsTranslate {
  return t as unknown as FormatsTranslate;
}
