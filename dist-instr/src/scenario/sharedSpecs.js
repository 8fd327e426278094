/**
 * Pods of one file with equal specs share one spec object (specs are immutable once loaded), so
 * admission, which keeps its defaulted spec per template object (apiserver/admission.ts), defaults
 * and admits each distinct spec once: 7,064 GCDA pods have a few hundred.
 */
export class SharedPodSpecs {
    /** For the YAML fast path (fastParseDocument): a `spec:` block's text -> the spec read from it. */
    byText = new Map();
    /** For validation: what it found in each shared spec, found once (validateObject's podSpecs). */
    verdicts = new Map();
    #byJson = new Map();
    /** Specs already shared (the fast path hands the same object to every pod of one text): no JSON again. */
    #byObject = new Map();
    /** Gives `pod` the shared spec equal to its own. */
    share(pod) {
        const spec = pod.spec;
        if (typeof spec !== 'object' || spec === null)
            return;
        const known = this.#byObject.get(spec);
        if (known !== undefined) {
            pod.spec = known;
            return;
        }
        const key = JSON.stringify(spec);
        const shared = this.#byJson.get(key);
        if (shared === undefined)
            this.#byJson.set(key, spec);
        else
            pod.spec = shared;
        this.#byObject.set(spec, pod.spec);
    }
}
