/** The divergence checks, in the order they run. */
import type {Check} from './context.js';
import {checkNumbers} from './number.js';

/** Every check; compare runs them all on each bead. */
export const CHECKS: readonly Check[] = [checkNumbers];
