/**
 * The store's words for people: the save status for the status line, the notices
 * of opening, and the carry-over report shown before anything else when the
 * documents changed. Paragraph numbers are shown from 1, as people count.
 */
import type {i18n, TFunction} from 'i18next';
import type {CarryOverReport} from './carry-over.js';
import type {Notice} from './open-session.js';
import type {SaveStatus} from './session-store.js';

/** t() over the `store` namespace; keys are written `store:…`. */
export type StoreTranslate = TFunction<['store']>;

/** The store's t() from an app's i18next instance. */
export function storeTranslate(instance: i18n): StoreTranslate {
  return instance.getFixedT(null, ['store']);
}

const REASONS = ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO'] as const;

/** Why a write failed, in words: `the disk is full` for ENOSPC, and so on. */
export function saveErrorReason(t: StoreTranslate, code: string): string {
  const known = REASONS.find(r => r === code);
  return known ? t(`store:reason.${known}`) : t('store:reason.other', {code});
}

/**
 * The status line's text for a save status (`null` store: read-only); the time in
 * `locale`'s way (the interface language's, not the system's).
 */
export function saveStatusText(t: StoreTranslate, status: SaveStatus | null, now: number = Date.now(), locale?: string): string {
  if (status === null) return t('store:status.read-only');
  switch (status.state) {
    case 'saved':
      return status.at ? t('store:status.saved-at', {time: new Date(status.at).toLocaleTimeString(locale)}) : t('store:status.saved');
    case 'saving':
      return t('store:status.saving');
    case 'unsaved':
      return t('store:status.unsaved');
    case 'error': {
      const reason = saveErrorReason(t, status.code);
      if (status.retryAt === null) return t('store:status.error-final', {reason});
      return t('store:status.error', {reason, seconds: Math.max(0, Math.ceil((status.retryAt - now) / 1000))});
    }
  }
}

/**
 * A notice or an input error of the store as one line. Codes name the namespace
 * before the first dot (`store.notice.fresh` is `store:notice.fresh`), as every
 * message code of the program does.
 */
export function storeMessage(t: StoreTranslate, message: Notice): string {
  // The code is only known at run time, so this key is looked up untyped; a test
  // checks that every code the store emits has a message in every language.
  const lookup = t as unknown as (key: string, options?: Readonly<Record<string, unknown>>) => string;
  const dot = message.code.indexOf('.');
  return lookup(`${message.code.slice(0, dot)}:${message.code.slice(dot + 1)}`, {...message.params, defaultValue: message.code});
}

/** A list of paragraph numbers for people: `¶3–5`, or `none`. */
function paragraphs(t: StoreTranslate, indexes: readonly number[]): string {
  if (indexes.length === 0) return t('store:carry.none');
  const first = indexes[0]! + 1;
  const last = indexes[indexes.length - 1]! + 1;
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

/**
 * The carry-over report as lines: what changed, what was carried, what the user
 * should check, and everything that could not be carried over.
 * `divergenceText` renders a divergence's message (the `divergence` namespace).
 */
export function carryOverLines(
  t: StoreTranslate,
  report: CarryOverReport,
  divergenceText: (code: string, params: Readonly<Record<string, string | number>>) => string,
  orphanedPath?: string,
): string[] {
  const lines: string[] = [t('store:carry.title')];
  if (report.source.changed) lines.push(t('store:carry.source', {...report.source}));
  if (report.target.changed) lines.push(t('store:carry.target', {...report.target}));
  lines.push(t('store:carry.corrections', {count: report.correctionsCarried}));
  if (report.correctionsInFile > 0) lines.push(t('store:carry.in-file', {count: report.correctionsInFile}));
  lines.push(t('store:carry.beads', {count: report.beadsKept}));
  lines.push(t('store:carry.resolutions', {count: report.resolutionsKept}));
  for (const m of report.merged) lines.push(t('store:carry.merged', {paragraph: m.paragraph + 1, merged: m.merged}));
  if (report.lost.length === 0) {
    lines.push(t('store:carry.nothing-lost'));
  } else {
    lines.push(t('store:carry.lost-title', {count: report.lost.length}));
    for (const item of report.lost) {
      switch (item.kind) {
        case 'correction-deleted':
          lines.push(`  ${t('store:carry.correction-deleted', {paragraph: item.paragraph + 1, corrected: item.corrected})}`);
          break;
        case 'correction-conflict':
          lines.push(`  ${t('store:carry.correction-conflict', {paragraph: item.paragraph + 1, now: item.now + 1, corrected: item.corrected})}`);
          break;
        case 'bead-dropped':
          lines.push(
            `  ${t('store:carry.bead-dropped', {
              status: item.status === 'confirmed' ? t('store:carry.status-confirmed') : t('store:carry.status-edited'),
              source: paragraphs(t, item.source),
              target: paragraphs(t, item.target),
            })}`,
          );
          break;
        case 'sentence-links-dropped':
          lines.push(`  ${t('store:carry.sentence-links-dropped', {source: paragraphs(t, item.source), target: paragraphs(t, item.target)})}`);
          break;
        case 'dismissal-unmatched': {
          const divergence = divergenceText(item.divergence.code, item.divergence.params);
          lines.push(
            `  ${
              item.reason === undefined
                ? t('store:carry.dismissal-unmatched', {divergence})
                : t('store:carry.dismissal-unmatched-reason', {divergence, reason: item.reason})
            }`,
          );
          break;
        }
      }
    }
  }
  if (orphanedPath) lines.push(t('store:carry.kept-file', {path: orphanedPath}));
  return lines;
}
