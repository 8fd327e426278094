import type { Printer } from './types.js';
export interface ResourceInfo {
    /** The plural resource name, as in the API path and kubesim's state. */
    readonly resource: string;
    readonly kind: string;
    /** API group ('' for core) and the version kubesim serves. */
    readonly group: string;
    readonly version: string;
    readonly namespaced: boolean;
    /** The singular name and short names kubectl accepts (the API's discovery shortNames). */
    readonly names: readonly string[];
    readonly printer: Printer<never>;
}
export declare const RESOURCES: readonly ResourceInfo[];
/** The resource a kubectl-style name means (`po`, `pods`, `Pod`, `deployments.apps`), if any. */
export declare function resolveResource(name: string): ResourceInfo | undefined;
/** `kind.group` lowercased, as `-o name` prints (`deployment.apps/web`, `pod/web-0`). */
export declare const qualifiedKind: (x: ResourceInfo) => string;
export type { Cell, Column, PrintContext, Printer } from './types.js';
export { humanDuration, since } from './humanDuration.js';
