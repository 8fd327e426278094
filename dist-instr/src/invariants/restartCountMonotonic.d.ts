import { type Invariant } from './types.js';
/** A container's restartCount never decreases while its pod lives (same uid). */
export declare const restartCountMonotonic: Invariant;
