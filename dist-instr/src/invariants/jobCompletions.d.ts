import { type Invariant } from './types.js';
/**
 * A Job never reports more succeeded pods than spec.completions (when set) nor more active pods
 * than spec.parallelism (default 1, pkg/apis/batch/v1/defaults.go).
 */
export declare const jobCompletions: Invariant;
