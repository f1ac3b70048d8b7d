import {describe, expect, test} from 'vitest';
import {checkGlued} from '../../src/core/checks/glued.js';
import {esEn, flagged, pair} from './helpers.js';

describe('glued words', () => {
  test.each([
    ['Llegará el viernes, según el ministerio.', 'He will arrive on FridayAs the ministry said.', 'FridayAs', 'Friday As'],
    ['Se reunió con Ana Lozano, en Lima.', 'He met Ana Lozanoin Lima.', 'Lozanoin', 'Lozano in'],
    ['Creció un 4 % en 2021, según datos oficiales.', 'It grew 4% in 2021according to official data.', '2021according', '2021 according'],
    ['Los lazos comerciales y la cooperación técnica.', 'The trade tiescooperation in technology.', 'tiescooperation', 'ties cooperation'],
    ['Firmaron la paz, así como un acuerdo.', 'They signed the peaceas well as an agreement.', 'peaceas', 'peace as'],
  ])('flags %#: %s', async (source, target, token, suggestion) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkGlued(input, ctx);
    expect(flagged(input, out)).toEqual([token]);
    expect(out[0]!.suggestion).toBe(suggestion);
    expect(out[0]!.category).toBe('glued');
  });

  test.each([
    ['Un estudio hidrogeológico independiente.', 'An independent hydrogeological study.'],
    ['La empresa YouTube anunció cambios.', 'YouTube announced changes.'],
    ['El programa de la OTAN.', 'The NATO programme and its well-known co-operation.'],
    ['Llegó en la década de 1990.', 'It arrived in the 1990s, at 10am, after 5km.'],
    ['Visitó Sevilla y Pekín.', 'He visited Seville and Beijing.'],
    ['La red wifi de la casa.', 'The home wifi network.'],
  ])('stays silent on correct text %#', async (source, target) => {
    const ctx = await esEn();
    expect(flagged(pair(source, target), checkGlued(pair(source, target), ctx))).toEqual([]);
  });

  test.each([
    ['El vuelo a Moscú, considerado el más largo, salió tarde.', 'The flight to Muskconsidered the longest, left late.', 'Muskconsidered', 'Moscú', 'Moscow considered'],
    ['Lo dijo el ministro Castells, según la radio.', 'Minister Castlesaid according to the radio.', 'Castlesaid', 'Castells', 'Castells said'],
  ])('calls a glued token whose first part is another word in place of a name a name divergence %#', async (source, target, token, name, suggestion) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkGlued(input, ctx);
    expect(flagged(input, out)).toEqual([token]);
    expect(out[0]).toMatchObject({category: 'name', code: 'name-changed', suggestion});
    expect(out[0]!.params['source']).toBe(name);
  });

  test.each([
    ['El presidente, Vladimir Putin, visitará China.', 'The President, Vladimir Poutinevisit China.', 'Poutinevisit'],
    ['Sus deudas con el Banco Central hasta marzo.', 'Their debts with the Central Bankuntil March.', 'Bankuntil'],
    ['Se reunió con Ana Lozano, en Lima.', 'He met Ana Lozanoin Lima.', 'Lozanoin'],
  ])('keeps a glued name misspelt, kept, or a translated common word glued %#', async (source, target, token) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkGlued(input, ctx);
    expect(flagged(input, out)).toEqual([token]);
    expect(out[0]!.category).toBe('glued');
  });
});
