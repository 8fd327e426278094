/**
 * The scheduling parts of a pod spec, after pkg/apis/core/validation/validation.go
 * (validateAffinity, validateNodeSelectorRequirement, validateTopologySpreadConstraints,
 * ValidateTolerations): what the scheduler relies on being well formed.
 */
import { type Problems } from './common.js';
export declare function validateAffinity(p: Problems, path: string, a: unknown): void;
export declare function validateTopologySpreadConstraints(p: Problems, path: string, cs: unknown): void;
