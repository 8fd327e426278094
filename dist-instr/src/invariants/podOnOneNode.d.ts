import { type Invariant } from './types.js';
/** A pod is bound at most once: spec.nodeName never changes once set, and the node index agrees. */
export declare const podOnOneNode: Invariant;
