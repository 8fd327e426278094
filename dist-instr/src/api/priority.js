/**
 * Pod priority's fixed numbers (pkg/apis/scheduling/types.go): the two built-in priority classes
 * (SystemCriticalPriority = 2e9; system-node-critical 1000 above it) and the highest value a
 * user-defined class may take. Validation and admission both read them from here.
 */
export const SYSTEM_PRIORITY_CLASSES = {
    'system-cluster-critical': 2_000_000_000,
    'system-node-critical': 2_000_001_000,
};
/** HighestUserDefinablePriority: values above it are reserved for the system classes. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
