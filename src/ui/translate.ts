/**
 * The interface's translation function: typed over the `ui` namespace (a wrong key
 * fails tsc) and able to render the engine's divergence messages from code + params.
 */
import type {i18n, TFunction} from 'i18next';
import type {MessageParams} from '../core/types.js';
import {renderMessage} from '../output.js';

/** t() over the `ui` and `divergence` namespaces; keys are written `ui:…`. */
export type UiTranslate = TFunction<['ui', 'divergence']>;

/** The interface's t() from an app's i18next instance. */
export function uiTranslate(instance: i18n): UiTranslate {
  return instance.getFixedT(null, ['ui', 'divergence']);
}

/**
 * A divergence's message in the interface language. The code is only known at run
 * time (the engine chooses it), so it is looked up untyped; a missing message shows
 * the code itself, which still tells the user something.
 */
export function divergenceMessage(t: UiTranslate, code: string, params: MessageParams): string {
  // The same reading of codes as the command line's report: `ns.key` names another namespace.
  return renderMessage(t as unknown as TFunction, code, params, 'divergence');
}
