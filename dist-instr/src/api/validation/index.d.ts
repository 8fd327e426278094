import type { FieldProblem } from '../problems.js';
import { type Problems } from './common.js';
export type KindValidator = (p: Problems, obj: Record<string, unknown>) => void;
/** Per-kind validators, after pkg/apis/<group>/validation. Each pushes problems with field paths. */
export declare const VALIDATORS: Record<string, KindValidator>;
export interface ValidationResult {
    readonly errors: readonly FieldProblem[];
    readonly warnings: readonly FieldProblem[];
    /** A kind kubesim does not model: skipped with a warning. */
    readonly skipped: boolean;
}
/**
 * Validates one Kubernetes object as `kubectl apply --validate=strict` would, for the kinds kubesim
 * models: unknown fields and wrong types (schema/), then Kubernetes' own rules for the kind.
 * Real fields kubesim does not simulate are warnings; unmodelled kinds are skipped with a warning.
 */
/**
 * What validation found in Pod specs shared by many pods (one object per distinct spec, as
 * loadManifestText's shared specs): the spec's share of the field check and of the rules, found
 * once per spec object. A caller hands one in only while those specs cannot change.
 */
export type PodSpecVerdicts = Map<object, {
    readonly errors: Problems;
    readonly warnings: Problems;
    readonly rules: Problems;
}>;
export declare function validateObject(obj: unknown, opts?: {
    jsonBytesAtMost?: number | undefined;
    podSpecs?: PodSpecVerdicts | undefined;
}): ValidationResult;
