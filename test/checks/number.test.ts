import {describe, expect, test} from 'vitest';
import {checkNumbers} from '../../src/core/checks/number.js';
import {readDigits} from '../../src/core/checks/number-parse.js';
import {esEn, flagged, pair} from './helpers.js';

describe('numbers', () => {
  test.each([
    ['Alcanzó los 240.000 millones de dólares.', 'It reached $240 billion.'],
    ['Unas 1.500 personas.', 'Some 1,500 people.'],
    ['Subió un 2,5 %.', 'It rose 2.5%.'],
    ['Será el 12 de marzo.', 'It will be on March 12.'],
    ['Costó 1.200 millones de pesos.', 'It cost 1.2 billion pesos.'],
    ['Abre a las 17:30 horas.', 'It opens at 5:30 p.m.'],
    ['Unos 40 mil hogares.', 'About 40,000 households.'],
    ['Obtuvo el 48.6 por ciento y 2,870 casillas.', 'She won 48.6 percent and 2,870 polling stations.'],
    ['Abre de 8 a 20 horas y los sábados de 9 a 13.', 'Open from 8 a.m. to 8 p.m. and on Saturdays from 9 a.m. to 1 p.m.'],
  ])('accepts a correct conversion %#', async (source, target) => {
    const ctx = await esEn();
    const input = pair(source, target);
    expect(checkNumbers(input, ctx)).toEqual([]);
  });

  test.each([
    ['Pérdidas de 35.000 millones de pesos.', 'Losses of 35 million pesos.', '35 million'],
    ['Cerca de 350.000 teselas.', 'Nearly 350 tesserae.', '350'],
    ['El 62,4 % del total.', '62,4% of the total.', '62,4%'],
    ['Más de 8.500 centros.', 'More than 8.500 centres.', '8.500'],
    ['El miércoles 5 de junio, a las 8:00 horas, en 15 consejos.', 'On Wednesday, June 15, at 8 p.m., in 15 councils.', 'June 15'],
    ['Lejos del 95 % recomendado.', 'Far from the recommended 59%.', '59%'],
  ])('flags a wrong figure %#', async (source, target, wrong) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkNumbers(input, ctx);
    expect(flagged(input, out)).toContain(wrong);
    expect(out.every(d => d.category === 'number')).toBe(true);
  });

  test('flags the wrong time beside a right figure', async () => {
    const ctx = await esEn();
    const input = pair('Comenzarán a las 8:00 horas en los 15 consejos.', 'They will begin at 8 p.m. in the 15 councils.');
    expect(flagged(input, checkNumbers(input, ctx))).toEqual(['8 p.m.']);
  });

  test('reads a figure with a dot as a time only where a time is said, else as a decimal', async () => {
    const ctx = await esEn();
    const rate = pair('La tasa subió a 5,25% y el bono rinde 7,40.', 'The rate rose to 5.25% and the bond yields 7.40.');
    expect(checkNumbers(rate, ctx)).toEqual([]);
    const train = pair('El tren salió a las 7.40 y llegó a las 9.15 horas.', 'The train left at 7.50 and arrived at 9.15.');
    expect(flagged(train, checkNumbers(train, ctx))).toEqual(['7.50']);
    const pm = pair('Abrió a las 19:30.', 'It opened at 7.30 p.m.');
    expect(checkNumbers(pm, ctx)).toEqual([]);
  });

  test('reads digits by the decimal mark, keeping both readings when unsure', () => {
    expect(readDigits('2,5', 'comma')).toEqual([2.5]);
    expect(readDigits('2,870', 'point')).toEqual([2870]);
    expect(readDigits('240.000', 'comma')).toEqual([240000]);
    expect(readDigits('62,4', 'point')).toEqual([]);
    expect(readDigits('1.127', 'either').sort()).toEqual([1.127, 1127]);
  });
});
