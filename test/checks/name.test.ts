import {describe, expect, test} from 'vitest';
import {checkNames, looksLikeName} from '../../src/core/checks/name.js';
import {esEn, flagged, pair} from './helpers.js';

describe('names', () => {
  test.each([
    ['Para el abogado, Carlos Alberto Rojas, la sentencia es clara.', 'For the lawyer, Carlos Alberto Red, the ruling is clear.', 'Red'],
    ['Se reunieron en la Plaza Grande de la ciudad.', 'They gathered in the Big Square of the city.', 'Big Square'],
    ['Habló el ingeniero Tomás Ignacio Parra.', 'Engineer Thomas Ignatius Parra spoke.', 'Thomas Ignatius'],
    ['Lo dijo Antony Blinken en Lima.', 'Anthony Blinken said so in Lima.', 'Anthony'],
    ['El propietario, Manuel Olivares, encontró el mosaico.', 'The owner, Manuel Olive Groves, found the mosaic.', 'Olive Groves'],
    ['El alcalde Mario Castañeda inauguró la obra.', 'Mayor Mario Chestnut opened the work.', 'Chestnut'],
    ['La ministra Valeria Campodónico recorrerá los campos.', 'Minister Valeria Field will tour the fields.', 'Field'],
  ])('flags a name translated or changed %#', async (source, target, wrong) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkNames(input, ctx);
    expect(flagged(input, out)).toEqual([wrong]);
    expect(out[0]!.category).toBe('name');
  });

  test.each([
    ['Putin estará en Pekín y luego en Moscú.', 'Putin will be in Beijing and then in Moscow.'],
    ['La guerra en Ucrania y Estados Unidos.', 'The war in Ukraine and the United States.'],
    ['Hallado en Sevilla; irá a Perú y México.', 'Found in Seville; it will go to Peru and Mexico.'],
    ['El mito de Orfeo.', 'The myth of Orpheus.'],
    ['El Ministerio de Salud y la Corte Constitucional.', 'The Ministry of Health and the Constitutional Court.'],
    ['El Movimiento Renovador Peninsular.', 'The Peninsular Renewal Movement.'],
    ['Lo dijo la jueza Lucía Herrera Salcedo.', 'Justice Lucía Herrera Salcedo said so.'],
    ['El alcalde Mario Castañeda inauguró la obra.', 'Mayor Mario Castaneda opened the work.'],
    ['Lo anunció Mario Castañeda, Ministro de Obras.', 'Mario, the Public Works Minister, announced it.'],
  ])('accepts names kept or rendered by convention %#', async (source, target) => {
    const ctx = await esEn();
    const input = pair(source, target);
    expect(flagged(input, checkNames(input, ctx))).toEqual([]);
  });

  test('compares name forms', () => {
    expect(looksLikeName('Putin', 'Poutine')).toBe(true);
    expect(looksLikeName('Tomás', 'Thomas')).toBe(true);
    expect(looksLikeName('Putin', 'Beijing')).toBe(false);
  });
});
