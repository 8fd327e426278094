import { INT32_MAX } from '../limits.js';

/**
 * ValidatePodUpdate's rule for spec.activeDeadlineSeconds (pkg/apis/core/validation/validation.go): an update may
 * set it, or lower it, within 0..MaxInt32, but not raise it or remove it. The refusal in the API server's words
 * (`field.Invalid`), or undefined when the change is allowed.
 */
export function activeDeadlineUpdateProblem(before: number | undefined, after: number | undefined):
  { readonly path: string; readonly message: string } | undefined {
  const path = 'spec.activeDeadlineSeconds';
  if (after === undefined) return before === undefined ? undefined
    : { path, message: 'Invalid value: null: must not update from a positive integer to nil value' };
  if (after < 0 || after > INT32_MAX) return { path,
    message: `Invalid value: ${after}: must be between 0 and ${INT32_MAX}, inclusive` };
  if (before !== undefined && before < after) return { path,
    message: `Invalid value: ${after}: must be less than or equal to previous value` };
  return undefined;
}
