import {describe, expect, test} from 'vitest';
import {checkNumbers} from '../../src/core/checks/number.js';
import {hasProfile, languageProfile} from '../../src/languages/pairs.js';
import {profileFromRows} from '../../src/languages/profile-file.js';
import {contextFor as context, flagged, pair} from '../checks/helpers.js';

describe('language profiles read from data', () => {
  test('every shipped language has a profile; an unknown one gets the generic profile', () => {
    for (const code of ['en', 'es', 'fr', 'pt']) expect(hasProfile(code)).toBe(true);
    expect(hasProfile('xx')).toBe(false);
    expect(languageProfile('xx').months.size).toBe(0);
  });

  test('month and weekday names come from Intl in the language itself', () => {
    expect(languageProfile('fr').months.get('août')).toBe(8);
    expect(languageProfile('pt').months.get('março')).toBe(3);
    expect(languageProfile('es').weekdays.get('miércoles')).toBe(3);
    expect(languageProfile('en').months.get('sept')).toBe(9);
  });

  test('tense rules apply in file order, the first that holds wins', () => {
    const p = profileFromRows('xx', [
      ['tense', 'past', 'words', 'went'],
      ['tense', 'future', 'pattern', 'rá$', '4'],
      ['tense', 'past', 'irregular'],
      ['irregular', 'sold=sell'],
      ['tense-default', 'base'],
    ]);
    expect(['went', 'hará', 'rá', 'sold', 'walk'].map(w => p.verbTense(w))).toEqual(['past', 'future', 'base', 'past', 'base']);
    expect(() => profileFromRows('xx', [['tense', 'someday', 'words', 'x']])).toThrow(/unknown tense/);
  });

  test('each language reads its own verb endings', () => {
    expect(languageProfile('pt').verbTense('anunciou')).toBe('past');
    expect(languageProfile('pt').verbTense('anunciará')).toBe('future');
    expect(languageProfile('fr').verbTense('annoncera')).toBe('future');
    expect(languageProfile('fr').verbTense('annoncerait')).toBe('conditional');
    expect(languageProfile('es').verbTense('anunció')).toBe('past');
  });

  test('stems come from the named Snowball algorithm', () => {
    expect(languageProfile('fr').stem('Voitures')).toBe(languageProfile('fr').stem('voiture'));
    expect(languageProfile('pt').stem('puxaram')).toBe(languageProfile('pt').stem('puxar'));
  });
});

describe('numbers in French and Portuguese', () => {
  test.each([
    ['fr', 'Quelque 21 340 voyageurs et 1,2 million de billets.', 'Some 21,340 travellers and 1.2 million tickets.'],
    ['fr', 'Un budget de 3,5 milliards de francs.', 'A budget of 3.5 billion francs.'],
    ['pt', 'O valor ascendeu a 2,3 mil milhões de meticais.', 'The amount came to 2.3 billion meticais.'],
    ['pt', 'Foram 1.450 casos, 12,5% do total.', 'There were 1,450 cases, 12.5% of the total.'],
    ['pt', 'Um investimento de 4 bilhões de reais.', 'An investment of 4 billion reais.'],
  ])('accepts a correct conversion from %s %#', async (lang, source, target) => {
    const ctx = await context(lang, 'en');
    expect(checkNumbers(pair(source, target), ctx)).toEqual([]);
  });

  test.each([
    ['fr', 'Quelque 1,2 million de passagers.', 'Some 12 million passengers.', '12 million'],
    ['fr', 'Un coût de 2 milliards d’euros.', 'A cost of 2 trillion euros.', '2 trillion'],
    ['pt', 'O valor ascendeu a 2,3 mil milhões de meticais.', 'The amount came to 2.3 million meticais.', '2.3 million'],
    ['pt', 'Um total de 21 340 pessoas.', 'A total of 21 people.', '21'],
  ])('flags a wrong figure from %s %#', async (lang, source, target, wrong) => {
    const ctx = await context(lang, 'en');
    const input = pair(source, target);
    expect(flagged(input, checkNumbers(input, ctx))).toContain(wrong);
  });

  test('English billion is a Spanish thousand million, not a billón', async () => {
    const ctx = await context('en', 'es');
    const wrong = pair('It will cost 3 billion dollars.', 'Costará 3 billones de dólares.');
    expect(flagged(wrong, checkNumbers(wrong, ctx))).toContain('3 billones');
    expect(checkNumbers(pair('It will cost 3 billion dollars.', 'Costará 3.000 millones de dólares.'), ctx)).toEqual([]);
  });
});

describe('measures converted to another unit', () => {
  test.each([
    ['Residents live within two miles of a branch.', 'Los vecinos viven a menos de 3,2 kilómetros de una sede.'],
    ['The wall is 50 feet high.', 'El muro mide 15 metros de alto.'],
    ['It was 95 °F in the shade.', 'Hacía 35 °C a la sombra.'],
  ])('accepts a conversion %#', async (source, target) => {
    const ctx = await context('en', 'es');
    expect(checkNumbers(pair(source, target), ctx)).toEqual([]);
  });

  test.each([
    ['Residents live within 2 miles of a branch.', 'Los vecinos viven a menos de 2 kilómetros de una sede.', '2'],
    ['The wall is 50 feet high.', 'El muro mide 50 metros de alto.', '50'],
  ])('flags the same digits in another unit %#', async (source, target, wrong) => {
    const ctx = await context('en', 'es');
    const input = pair(source, target);
    const out = checkNumbers(input, ctx);
    expect(flagged(input, out)).toContain(wrong);
    expect(out.map(d => d.code)).toContain('number-mismatch');
  });
});
