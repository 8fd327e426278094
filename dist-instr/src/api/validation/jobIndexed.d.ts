/**
 * The JobSpec rules of Indexed Jobs' extras: backoffLimitPerIndex, maxFailedIndexes and
 * successPolicy (pkg/apis/batch/validation/validation.go validateJobSpec, validateSuccessPolicy,
 * validateSuccessPolicyRule, validateIndexesFormat).
 */
import { type Obj, type Problems } from './common.js';
/** parseIndexInterval + validateIndexesFormat: the number of indexes, or the error text. */
export declare function indexesFormat(text: string, completions: number): {
    total: number;
} | {
    error: string;
};
/** The rules on backoffLimitPerIndex, maxFailedIndexes and successPolicy of one JobSpec at `path`. */
export declare function validateIndexedJobExtras(p: Problems, path: string, s: Obj): void;
