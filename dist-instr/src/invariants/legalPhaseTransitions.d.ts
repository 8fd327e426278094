import { type Invariant } from './types.js';
export declare const legalPhaseTransitions: Invariant;
