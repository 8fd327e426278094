import type { FieldProblem } from '../problems.js';
export type Problems = FieldProblem[];
export type Obj = Record<string, unknown>;
export declare const isObj: (v: unknown) => v is Obj;
export declare function dnsLabel(p: Problems, path: string, v: unknown): void;
export declare function dnsSubdomain(p: Problems, path: string, v: unknown): void;
/** Label keys and values (apimachinery validation.IsQualifiedName / IsValidLabelValue). */
export declare const LABEL_VALUE: RegExp;
/** apimachinery IsQualifiedName: an optional DNS subdomain prefix and a name part of at most 63 characters. */
export declare function isQualifiedName(k: string): boolean;
export declare function labels(p: Problems, path: string, v: unknown): void;
/** validation.IsValidLabelValue: at most 63 characters of the label-value syntax (the empty string is valid). */
export declare function labelValue(p: Problems, path: string, v: unknown): void;
export declare function metadata(p: Problems, v: unknown, namespaced: boolean): void;
/**
 * apimachinery pkg/api/validation/objectmeta.go ValidateAnnotations: keys are qualified names
 * (case-insensitive) and keys plus values total at most TotalAnnotationSizeLimitB bytes
 * (field.TooLong's "may not be more than 262144 bytes").
 */
export declare function annotations(p: Problems, path: string, v: unknown): void;
export declare function quantity(p: Problems, path: string, v: unknown, { nonNegative }?: {
    nonNegative?: boolean | undefined;
}): boolean;
export declare function nonNegativeInt(p: Problems, path: string, v: unknown): void;
export declare function oneOf(p: Problems, path: string, v: unknown, allowed: readonly string[]): void;
/** How Go's field.Invalid prints a value: strings quoted, numbers bare, string maps as map[string]string{...}. */
export declare function goValue(v: unknown): string;
/** A label map as Go prints it in field.Invalid: map[string]string{"app":"web"}. */
export declare class LabelMap {
    readonly labels: Readonly<Record<string, unknown>>;
    constructor(labels: Readonly<Record<string, unknown>>);
    toString(): string;
}
export declare const invalid: (p: Problems, path: string, v: unknown, detail: string) => void;
export declare const required: (p: Problems, path: string, detail?: string) => void;
export declare const forbidden: (p: Problems, path: string, detail: string) => void;
/** pkg/apis/core/validation ValidateNonnegativeField on an optional integer. */
export declare function nonNegative(p: Problems, path: string, v: unknown): void;
export declare function intOrPercent(p: Problems, path: string, v: unknown, max100: boolean): void;
/** The integer value of an int-or-percent for the zero checks (percent of 100: only zero matters). */
export declare const isZeroIntOrPercent: (v: unknown) => boolean;
/** metav1 validation ValidateLabelSelector. */
export declare function labelSelector(p: Problems, path: string, v: unknown): void;
/** Whether a LabelSelector selects a label set (metav1.LabelSelectorAsSelector(...).Matches). */
export declare function selectorMatches(selector: Obj, set: Readonly<Record<string, unknown>>): boolean;
/** A selector with neither matchLabels nor matchExpressions (it would select everything). */
export declare const isEmptySelector: (s: Obj) => boolean;
