import {describe, expect, test} from 'vitest';
import {openingOf} from '../../src/commands/open.js';
import {createI18n, UI_LANGUAGES} from '../../src/i18n.js';
import {saveStatusText, storeTranslate} from '../../src/store/messages.js';

describe('times in the interface language', () => {
  const started = '2026-03-14T09:05:00.000Z';
  const notice = {code: 'store.notice.stale-lock', params: {pid: 4242, hostname: 'desk', started}};

  test.each([...UI_LANGUAGES])('a lock taken over says when it was taken, in local time, in %s', lang => {
    const i18n = createI18n(lang);
    const [line] = openingOf({notices: [notice], carryOver: null}, i18n).notices;
    const local = new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(started));
    expect(line).toContain(local);
    expect(line).not.toContain(started);
  });

  test('the save time follows the interface language, not the system locale', () => {
    const at = Date.UTC(2026, 2, 14, 21, 5, 0);
    const es = saveStatusText(storeTranslate(createI18n('es')), {state: 'saved', at: new Date(at).toISOString(), revision: 1}, at, 'es');
    const en = saveStatusText(storeTranslate(createI18n('en')), {state: 'saved', at: new Date(at).toISOString(), revision: 1}, at, 'en');
    expect(es).toContain(new Date(at).toLocaleTimeString('es'));
    expect(en).toContain(new Date(at).toLocaleTimeString('en'));
    for (const lang of UI_LANGUAGES) {
      expect(saveStatusText(storeTranslate(createI18n(lang)), {state: 'saved', at: new Date(at).toISOString(), revision: 1}, at, lang), lang).toContain(new Date(at).toLocaleTimeString(lang));
    }
    // The two languages write the time differently (21:05:00, 9:05:00 PM), so the test can tell them apart.
    expect(new Date(at).toLocaleTimeString('es')).not.toBe(new Date(at).toLocaleTimeString('en'));
  });
});
