import { type Invariant } from './types.js';
/**
 * A voluntary disruption (an eviction: PodTerminating with an Evict* reason, as the eviction API
 * and drain produce) never leaves fewer healthy pods than the PodDisruptionBudget allows
 * (pkg/controller/disruption/disruption.go, getExpectedScale/desiredHealthy). Involuntary losses
 * (node loss, OOM) are not judged.
 */
export declare const pdbRespected: Invariant;
