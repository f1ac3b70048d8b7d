import {describe, expect, test} from 'vitest';
import type {CheckContext} from '../../src/core/checks/context.js';
import {checkMistranslations} from '../../src/core/checks/mistranslation.js';
import {esEn, flagged, pair} from './helpers.js';

describe('mistranslations', () => {
  test.each([
    ['El ministerio debe realizar un estudio.', 'The ministry must realize a study.', 'realize'],
    ['Actualmente negocia con tres municipios.', 'It is actually negotiating with three towns.', 'actually'],
    ['Anunció que no asistirá a la ceremonia.', 'He announced that he will not assist the ceremony.', 'assist'],
    ['Los tres jueces que salvaron el voto.', 'The three judges who saved their vote.', 'saved their vote'],
    ['El comercio entre los países creció.', 'He trade between the countries grew.', 'He trade'],
    ['El presidente intercambiará opiniones con su colega.', 'The president exchanges views with his colleague.', 'exchanges views'],
    ['Viajó a Lima para reunirse con su amigo.', 'He travelled to Lima for meet his friend.', 'for meet'],
    ['El gigante asiático niega haber vendido armas.', 'The Asian giant denied sold weapons.', 'denied sold'],
    ['Trabajaron toda la noche para mejorar la red.', 'They worked all night for improve the network.', 'for improve'],
    ['La delegación visitó tres escuelas.', 'The delegation visited three boats.', 'boats'],
  ])('flags %#: %s', async (source, target, wrong) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkMistranslations(input, ctx);
    expect(flagged(input, out)).toContain(wrong);
    expect(out.every(d => d.category === 'mistranslation')).toBe(true);
  });

  test.each([
    ['El ministerio realizará un estudio.', 'The ministry will carry out a study.'],
    ['Actualmente negocia con tres municipios.', 'It is currently negotiating with three towns.'],
    ['El presidente intercambiará opiniones con su colega.', 'The president will exchange views with his colleague.'],
    ['Alcanzó los 240.000 millones de dólares.', 'It reached $240 billion.'],
    ['Putin se reunirá con el primer ministro y viajará a la ciudad.', 'Putin will meet the prime minister and travel to the city.'],
    ['No podemos ignorar esta señal.', 'We cannot ignore this sign.'],
    ['Pagó por la casa y por su coche.', 'He paid for the house and for his car.'],
    ['Fondos para reparar escuelas', 'Funds for repair schools'],
    ['La delegación visitó tres escuelas.', 'The delegation visited three schools.'],
    ['El ministro lo anunció ayer.', 'The minister announced it yesterday.'],
  ])('stays silent on a right rendering %#', async (source, target) => {
    const ctx = await esEn();
    const input = pair(source, target);
    expect(flagged(input, checkMistranslations(input, ctx))).toEqual([]);
  });

  test('asks the tagger only where a possible verb follows "for"', async () => {
    const ctx = await esEn();
    const texts: string[] = [];
    const counting: CheckContext = {...ctx, tagger: {tag: text => (texts.push(text), ctx.tagger!.tag(text))}};
    for (const [source, target] of [
      ['Pagó por la casa y por su coche.', 'He paid for the house and for his car.'],
      ['Fondos para reparar escuelas', 'Funds for repair schools'],
      ['Viajó a Lima.', 'He travelled to Lima.'],
    ] as const) {
      checkMistranslations(pair(source, target), counting);
    }
    expect(texts).toEqual([]);
    const input = pair('Viajó a Lima para reunirse con su amigo.', 'He travelled to Lima for meet his friend.');
    expect(flagged(input, checkMistranslations(input, counting))).toContain('for meet');
    expect(texts).toEqual(['He travelled to Lima for meet his friend.']);
  });
});
