/**
 * A `--plugin` module for kubesim run/check/fuzz that sets no option and replaces no component: the
 * ReplicaSet controller as built, the control for the planted-bug tests (replicaSetOffByOne.ts).
 */
export declare const options: {};
