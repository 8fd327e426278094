import type { PodSpecVerdicts } from '../api/validation/index.js';

/**
 * Pods of one file with equal specs share one spec object (specs are immutable once loaded), so
 * admission, which keeps its defaulted spec per template object (apiserver/admission.ts), defaults
 * and admits each distinct spec once: 7,064 GCDA pods have a few hundred.
 */
export class SharedPodSpecs {
  /** For the YAML fast path (fastParseDocument): a `spec:` block's text -> the spec read from it. */
  readonly byText = new Map<string, unknown>();
  /** For validation: what it found in each shared spec, found once (validateObject's podSpecs). */
  readonly verdicts: PodSpecVerdicts = new Map();
  readonly #byJson = new Map<string, unknown>();
  /** Specs already shared (the fast path hands the same object to every pod of one text): no JSON again. */
  readonly #byObject = new Map<object, unknown>();

  /** Gives `pod` the shared spec equal to its own. */
  share(pod: Record<string, unknown>): void {
    const spec = pod.spec;
    if (typeof spec !== 'object' || spec === null) return;
    const known = this.#byObject.get(spec);
    if (known !== undefined) { pod.spec = known; return; }
    const key = JSON.stringify(spec);
    const shared = this.#byJson.get(key);
    if (shared === undefined) this.#byJson.set(key, spec);
    else pod.spec = shared;
    this.#byObject.set(spec, pod.spec);
  }
}
