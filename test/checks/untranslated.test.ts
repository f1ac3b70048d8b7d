import {describe, expect, test} from 'vitest';
import {checkUntranslated} from '../../src/core/checks/untranslated.js';
import {esEn, flagged, pair} from './helpers.js';

describe('untranslated words', () => {
  test.each([
    ['Vacunarán a 2 millones de chicos.', 'They will vaccinate 2 million chicos.', 'chicos'],
    ['Su coalición obtuvo 12 de los 25 escaños.', 'Her coalition won 12 of the 25 escaños.', 'escaños'],
    ['Lo pidió la junta de acción comunal del barrio.', 'It was requested by the junta de acción comunal of the area.', 'junta de acción comunal'],
    ['Avisa antes del remezón.', 'It warns before the remezón.', 'remezón'],
  ])('flags a source word left in the target %#', async (source, target, left) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkUntranslated(input, ctx);
    expect(flagged(input, out)).toEqual([left]);
    expect(out[0]!.category).toBe('untranslated');
  });

  test.each([
    ['La empresa Carbones Andinos del Norte.', 'The company Carbones Andinos del Norte.'],
    ['Se conecta a la red wifi.', 'It connects to the wifi network.'],
    ['En el altiplano cundiboyacense.', 'On the Cundiboyacense high plateau.'],
    [['Una acción de tutela.', 'La tutela no era el mecanismo.'], ['A tutela action.', 'The tutela was not the mechanism.']],
  ])('leaves names, loanwords and terms kept on purpose %#', async (source, target) => {
    const ctx = await esEn();
    const input = pair(source, target);
    expect(flagged(input, checkUntranslated(input, ctx))).toEqual([]);
  });
});
