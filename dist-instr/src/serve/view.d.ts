import type { KubeObject } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
/** The stored object of a store resource (pods by namespace/name, nodes by name, others by key), or a bootstrap one. */
export declare function lookup(state: ClusterState, store: string, key: string): KubeObject | undefined;
/**
 * Every stored object of a store resource, in no particular order, with the objects every cluster
 * has from its start (api/bootstrap.ts: the system namespaces, `default/kubernetes`).
 */
export declare function all(state: ClusterState, store: string): KubeObject[];
/**
 * The object as the API serves it: the same view as `kubesim run --output json` (toApi's
 * render: the API's defaults, RFC 3339 times) plus metadata.resourceVersion, the sequence number of the last fact
 * that changed it.
 */
export declare function apiView(o: KubeObject, rv: number, startTime: number): Record<string, unknown>;
/**
 * The API view as JSON text, computed once per stored object (they are immutable: a change is
 * a new object), so lists and watches of unchanged objects cost a lookup, not a render. The
 * same text as JSON.stringify(apiView(...)), written in one pass by JSON.stringify with toApi's
 * time rendering as its replacer: no rendered copy of the object is made (measured on a rollout's
 * pod versions: ~2.5x faster than rendering a copy, and than caching rendered parts per object).
 */
export declare function apiJson(o: KubeObject, rv: number, startTime: number): string;
/** The view's metadata as JSON text (a Table row's PartialObjectMetadata). */
export declare function metaJson(o: KubeObject, rv: number, startTime: number): string;
/** A served form of the object (`form` names it) as UTF-8 bytes, encoded once: what a list body concatenates. */
export declare function encoded(o: KubeObject, rv: number, startTime: number, form: string, text: () => string): Buffer;
/** A Table row of the object (`form`: resource and includeObject) at virtual instant `now`, encoded once. */
export declare function encodedRow(o: KubeObject, rv: number, at: {
    startTime: number;
    now: number;
}, form: string, text: () => string): Buffer;
