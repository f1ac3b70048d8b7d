import {languageProfile} from '../../src/languages/pairs.js';
import {describe, expect, it} from 'vitest';
import {buildLexicon} from '../../src/languages/lexicon.js';

const english = languageProfile('en');
const spanish = languageProfile('es');

describe('lexicon', () => {
  const lexicon = buildLexicon(
    [
      {source: 'reunión', targets: ['meeting', 'gathering']},
      {source: 'preliminar', targets: ['preliminary']},
      {source: 'reunión', targets: ['summit']},
      {source: 'sin embargo', targets: ['however', 'nevertheless']},
      {source: 'dirigir', targets: ['lead', 'state-run']},
      {source: 'anunciar', targets: ['announce']},
    ],
    spanish,
    english,
  );

  it('renders inflected forms through stems, senses of later entries included', () => {
    expect([...(lexicon.translations(spanish.stem('reuniones')) ?? [])]).toEqual(['meet', 'gather', 'summit']);
    expect(lexicon.translations(spanish.stem('preliminares'))?.has(english.stem('preliminary'))).toBe(true);
    expect([...(lexicon.translations(spanish.stem('dirigirá')) ?? [])]).toEqual(['lead', 'state-run', 'state', 'run']);
    expect(lexicon.translations(spanish.stem('mesa'))).toBeUndefined();
    expect(lexicon.size).toBe(6);
    // The stemmer takes the stem's "i" away with the past ending "-ió".
    for (const form of ['anunciar', 'anunció', 'anunciaron']) expect(lexicon.translations(spanish.stem(form))?.has(english.stem('announced'))).toBe(true);
  });

  it('knows lemmas with their plural and feminine forms', () => {
    expect(lexicon.hasForm('preliminares')).toBe(true);
    expect(lexicon.hasForm('reunión')).toBe(true);
    expect(lexicon.hasForm('reunir')).toBe(false);
  });

  it('renders expressions by their first stem', () => {
    const [phrase, ...more] = lexicon.phrasesStartingWith(spanish.stem('sin'));
    expect(more).toEqual([]);
    expect(phrase!.stems).toEqual([spanish.stem('sin'), spanish.stem('embargo')]);
    expect([...phrase!.targets]).toEqual(['howev', 'nevertheless']);
    expect(lexicon.phrasesStartingWith(spanish.stem('embargo'))).toEqual([]);
  });

  it('reads backwards what it reads forwards', () => {
    const meet = lexicon.sourcesOf(english.stem('meeting'));
    expect(meet).toContain(spanish.stem('reunión'));
    for (const source of meet ?? []) expect(lexicon.translations(source)?.has(english.stem('meeting'))).toBe(true);
    expect(lexicon.sourcesOf('zzz')).toBeUndefined();
  });
});
