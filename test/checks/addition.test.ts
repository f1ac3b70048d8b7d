import {describe, expect, test} from 'vitest';
import {checkAdditions} from '../../src/core/checks/addition.js';
import {esEn, flagged, pair} from './helpers.js';

describe('additions', () => {
  test.each([
    ['Funciona durante 48 horas gracias a una batería interna.', 'It works for 48 hours thanks to an internal lithium battery.', 'lithium'],
    ['Podría atraer a unos 25.000 turistas al año.', 'It could attract some 25,000 foreign tourists a year.', 'foreign'],
    ['Según el boletín, 29 de los 37 casos corresponden a chicos.', 'According to the bulletin, 29 of the 37 cases, most of them in Jujuy, are children.', 'Jujuy'],
    ['Visitaron la mina de la empresa en el municipio.', 'They visited the company\'s mine in the remote municipality.', 'remote'],
  ])('flags content with no counterpart %#', async (source, target, added) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkAdditions(input, ctx);
    expect(flagged(input, out)).toEqual([added]);
    expect(out[0]!.source).toBeNull();
  });

  test('takes the letters written onto a figure as part of it, not as an added word', async () => {
    const ctx = await esEn();
    const ordinal = pair('La 23 edición reunió a 500 artistas.', 'The 23rd edition gathered 500 artists.');
    expect(checkAdditions(ordinal, ctx)).toEqual([]);
    // Spelled apart, an added word is still one.
    const added = pair('La 23 edición reunió a 500 artistas.', 'The 23 edition gathered 500 brilliant artists.');
    expect(flagged(added, checkAdditions(added, ctx))).toEqual(['brilliant']);
  });

  test('flags a paragraph with no source', async () => {
    const ctx = await esEn();
    const input = pair([], 'An extra paragraph.');
    expect(checkAdditions(input, ctx).map(d => d.code)).toEqual(['paragraph-added']);
  });

  test.each([
    ['El presidente visitará China esta semana.', 'The president will visit China this week.'],
    ['Los expertos valoran la iniciativa, pero piden cautela.', 'Experts welcome the initiative but urge caution.'],
    ['Lo anunció la Consejería de Cultura de la Junta de Andalucía.', 'The Andalusian regional government\'s culture department announced it.'],
    ['Los pescadores chilenos corresponden a la mitad del total.', 'Fishermen from Chile account for half of the total.'],
    ['La vacuna, conocida como triple viral, será gratuita.', 'The vaccine, known as MMR, will be free.'],
    ['Para el abogado de la comunidad, la sentencia es clara.', "In the view of the community's lawyer, the ruling is clear."],
  ])('stays silent on a faithful translation %#', async (source, target) => {
    const ctx = await esEn();
    expect(checkAdditions(pair(source, target), ctx)).toEqual([]);
  });
});
