/**
 * The little of the DOM that the browser checks use. The project compiles without the
 * DOM library (it runs in Node), so the functions passed to page.evaluate are typed
 * with these instead; they run in Chromium, where the real objects have these members.
 */

/** An element as the browser checks read it. */
export interface DomElement {
  readonly textContent: string | null;
  readonly className: string;
  getAttribute(name: string): string | null;
  cloneNode(deep: boolean): DomElement;
  querySelectorAll(selector: string): {forEach(f: (e: DomElement) => void): void};
  closest(selector: string): DomElement | null;
  remove(): void;
}

/** The computed style properties the checks compare. */
export interface DomStyle {
  readonly backgroundColor: string;
  readonly breakInside: string;
}
