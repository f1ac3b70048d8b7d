import {describe, expect, test} from 'vitest';
import {checkOmissions} from '../../src/core/checks/omission.js';
import {esEn, flaggedSource, pair} from './helpers.js';

describe('omissions', () => {
  test('flags a dropped clause', async () => {
    const ctx = await esEn();
    const input = pair(
      'El desarrollo contó con un financiamiento de 1.200 millones de pesos, aportado en partes iguales por la agencia estatal.',
      'Development was financed with 1.2 billion pesos, provided by the state agency.',
    );
    const out = checkOmissions(input, ctx);
    expect(flaggedSource(input, out).join(' ')).toContain('partes iguales');
    expect(out[0]!.target).toBeNull();
  });

  test('finds where a clause would stand from the function word beside it', async () => {
    const ctx = await esEn();
    const input = pair(
      'Las familias deberán presentar el DNI del chico y, si lo tienen, el carnet de vacunación.',
      "Families will have to show the child's national identity document (DNI) and the vaccination card.",
    );
    expect(flaggedSource(input, checkOmissions(input, ctx))).toEqual(['si lo tienen']);
    const faithful = pair(
      'Las familias deberán presentar el DNI del chico y, si lo tienen, el carnet de vacunación.',
      "Families will have to show the child's national identity document (DNI) and, if they have it, the vaccination card.",
    );
    expect(checkOmissions(faithful, ctx)).toEqual([]);
  });

  test('flags a whole paragraph with no translation', async () => {
    const ctx = await esEn();
    const input = pair('La jornada transcurrió sin incidentes graves.', []);
    const out = checkOmissions(input, ctx);
    expect(out).toHaveLength(1);
    expect(out[0]!.code).toBe('paragraph-omitted');
    expect(flaggedSource(input, out)).toEqual(['La jornada transcurrió sin incidentes graves.']);
  });

  test.each([
    ['El presidente visitará China esta semana.', 'The president will visit China this week.'],
    ['La vacuna será gratuita y se aplicará en los centros públicos.', 'The vaccine will be free and will be given at public centres.'],
  ])('stays silent on a complete translation %#', async (source, target) => {
    const ctx = await esEn();
    expect(checkOmissions(pair(source, target), ctx)).toEqual([]);
  });
});
