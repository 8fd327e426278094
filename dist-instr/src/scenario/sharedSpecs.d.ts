import type { PodSpecVerdicts } from '../api/validation/index.js';
/**
 * Pods of one file with equal specs share one spec object (specs are immutable once loaded), so
 * admission, which keeps its defaulted spec per template object (apiserver/admission.ts), defaults
 * and admits each distinct spec once: 7,064 GCDA pods have a few hundred.
 */
export declare class SharedPodSpecs {
    #private;
    /** For the YAML fast path (fastParseDocument): a `spec:` block's text -> the spec read from it. */
    readonly byText: Map<string, unknown>;
    /** For validation: what it found in each shared spec, found once (validateObject's podSpecs). */
    readonly verdicts: PodSpecVerdicts;
    /** Gives `pod` the shared spec equal to its own. */
    share(pod: Record<string, unknown>): void;
}
