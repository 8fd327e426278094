import { type Invariant } from './types.js';
/** A pod in phase Succeeded or Failed has no container in state running. */
export declare const noRunningContainerInTerminatedPod: Invariant;
