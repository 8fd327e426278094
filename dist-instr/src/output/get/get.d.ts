import type { KubeObject } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { type ClusterState } from '../../reducers/state.js';
import { type ResourceInfo } from '../printers/index.js';
export interface GetRequest {
    readonly resource: string;
    readonly names: readonly string[];
    /** The namespace (default "default"); ignored for cluster-scoped kinds and with allNamespaces. */
    readonly namespace?: string;
    readonly allNamespaces?: boolean;
    readonly labelSelector?: string;
    readonly fieldSelector?: string;
    /** wide, yaml, json, name, jsonpath=TEMPLATE, custom-columns=SPEC (absent: the table). */
    readonly output?: string;
    /** --sort-by: a jsonpath field (`.metadata.creationTimestamp`) the list is ordered by. */
    readonly sortBy?: string;
    readonly showLabels?: boolean;
    readonly noHeaders?: boolean;
}
/** What kubectl would print, and its exit code. */
export interface GetResult {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: number;
}
/** Every stored object of a resource at the state's instant (events: recorded from the facts up to it). */
export declare function objectsOf(state: ClusterState, facts: readonly ClusterEvent[], info: ResourceInfo): KubeObject[];
/** The API's list order: by namespace, then name (the storage keys /registry/RESOURCE/NS/NAME). */
export declare const byKey: (a: KubeObject, b: KubeObject) => number;
/**
 * `kubectl get` against the state at one instant: one or more resource types (`deploy,rs,po`,
 * `all`), as the table (kubectl's printers), -o wide, yaml and json (what the API server returns,
 * defaults included), name, jsonpath and custom-columns, optionally --sort-by a field.
 */
export declare function kubectlGet(state: ClusterState, facts: readonly ClusterEvent[], req: GetRequest): GetResult;
