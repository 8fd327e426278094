/** A `--plugin` module for kubesim run/check/fuzz that sets no option: the ReplicaSet controller as built, the control for the planted-bug tests. */
export const options = {};
