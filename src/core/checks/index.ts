/** The divergence checks, in the order they run. */
import type {Check} from './context.js';
import {checkAdditions} from './addition.js';
import {checkGlued} from './glued.js';
import {checkMistranslations} from './mistranslation.js';
import {checkNames} from './name.js';
import {checkNumbers} from './number.js';
import {checkOmissions} from './omission.js';
import {checkUntranslated} from './untranslated.js';

/** Every check; compare runs them all on each bead. */
export const CHECKS: readonly Check[] = [checkGlued, checkNumbers, checkNames, checkUntranslated, checkOmissions, checkAdditions, checkMistranslations];
