/**
 * The faults of the `kubesim/arbitraries` fault timeline (property tests): node loss and container faults on named
 * pods.
 */
export const FAULT_KINDS = ['nodeLost', 'crash', 'oom', 'probeFail'];
