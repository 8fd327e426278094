/**
 * Pod priority's fixed numbers (pkg/apis/scheduling/types.go): the two built-in priority classes
 * (SystemCriticalPriority = 2e9; system-node-critical 1000 above it) and the highest value a
 * user-defined class may take. Validation and admission both read them from here.
 */
export declare const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>>;
/** HighestUserDefinablePriority: values above it are reserved for the system classes. */
export declare const HIGHEST_USER_DEFINABLE_PRIORITY = 1000000000;
