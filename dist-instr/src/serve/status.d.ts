/**
 * Kubernetes `Status` objects: every refusal the served API gives, in the shape and with the
 * reasons and messages of the real API server (apimachinery pkg/api/errors/errors.go).
 */
export interface StatusCause {
    readonly reason?: string;
    readonly message: string;
    readonly field?: string;
}
export interface StatusDetails {
    readonly name?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly causes?: readonly StatusCause[];
    readonly retryAfterSeconds?: number;
}
/** An error answered with a Status body; thrown anywhere in a request's handling. */
export declare class ApiError extends Error {
    readonly code: number;
    readonly reason: string;
    readonly details?: StatusDetails | undefined;
    readonly name = "ApiError";
    constructor(code: number, reason: string, message: string, details?: StatusDetails | undefined);
    toStatus(): Record<string, unknown>;
}
/** `pods "web-0"` or `deployments.apps "web"`: how errors.go names a resource (qualifiedResource). */
export declare const qualified: (resource: string, group: string) => string;
export declare const notFound: (resource: string, group: string, name: string) => ApiError;
export declare const alreadyExists: (resource: string, group: string, name: string) => ApiError;
/** NewConflict with the registry's OptimisticLockErrorMsg (storage/errors.go). */
export declare const conflict: (resource: string, group: string, name: string) => ApiError;
/** NewInvalid: 422 with one cause per field error, as field.ErrorList prints them. */
export declare function invalid(kind: string, group: string, name: string, causes: readonly {
    field: string;
    message: string;
}[]): ApiError;
export declare const badRequest: (message: string, causes?: readonly StatusCause[]) => ApiError;
export declare const methodNotSupported: (resource: string, verb: string) => ApiError;
/** The Success Status some deletes and the eviction subresource answer with. */
export declare const success: (code: number, details?: StatusDetails) => Record<string, unknown>;
