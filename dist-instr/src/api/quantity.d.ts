export declare class QuantityError extends Error {
    readonly name = "QuantityError";
}
/**
 * The quantity in units of 10^scale, as apimachinery's ScaledValue gives it: a positive value that
 * does not divide exactly rounds up; a negative one rounds away from zero (amount.go
 * negativeScaleInt64: "rounded away from zero"), so -0.0001 cpu is -1m. A binary-suffix value
 * beyond 2^63 - 1 saturates there first (ParseQuantity: "The max is just a simple cap").
 * cpu in millicores: scaled(q, -3); memory in bytes: scaled(q, 0).
 */
export declare function scaledValue(q: string | number, scale: number): number;
/** Validates a quantity string; returns an error message or undefined. */
export declare function quantityError(q: unknown): string | undefined;
export declare const isNegative: (q: string | number) => boolean;
/** The canonical unit kubesim keeps a resource in: millicores for cpu, whole units for the rest. */
export declare const resourceScale: (resource: string) => number;
/** A ResourceList value in kubesim's canonical unit (cpu millicores; memory bytes; pods count; ...). */
export declare const toCanonical: (resource: string, q: string | number) => number;
