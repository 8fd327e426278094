/** Faults: something breaks. */
export const CHAOS_FAULTS = ['crash', 'oom', 'probeFail', 'slowStart', 'imagePullFail', 'nodeLost', 'nodeNotReady',
    'zoneLost'];
/** Operator actions: someone changes the cluster on purpose. */
export const CHAOS_OPERATIONS = [
    'cordon', 'drain', 'deletePod', 'addNode', 'removeNode', 'scale', 'setImage', 'rolloutUndo', 'apply',
];
/** How long an imagePullFail fault's registry outage lasts unless it says (kubesim's choice). */
export const DEFAULT_PULL_OUTAGE_MS = 5 * 60_000;
/** How long a slowStart fault's application takes to come up unless it says (kubesim's choice). */
export const DEFAULT_SLOW_START_MS = 60_000;
