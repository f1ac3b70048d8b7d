/** The divergence checks, in the order they run. */
import type {Check} from './context.js';
import {checkGlued} from './glued.js';
import {checkNumbers} from './number.js';

/** Every check; compare runs them all on each bead. */
export const CHECKS: readonly Check[] = [checkGlued, checkNumbers];
