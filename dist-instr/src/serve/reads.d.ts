import type { KubeObject } from '../api/types.js';
import type { Listed } from './cluster.js';
import { RawJson, type ResourceRequest, type ServeContext } from './context.js';
import { type IncludeObject } from './table.js';
/** Whether the client asked for the server-side Table form (kubectl get does). */
export declare const wantsTable: (accept: string | undefined) => boolean;
/** The filter of a list or watch beyond its namespace: labelSelector, fieldSelector (undefined: none). */
export declare function selectorMatcher(req: ResourceRequest): ((o: KubeObject) => boolean) | undefined;
/** The filter of a list or watch: namespace, labelSelector, fieldSelector. */
export declare function matcher(req: ResourceRequest): (o: KubeObject) => boolean;
/**
 * What a list or watch of the request sees, sorted by namespace/name: the store's sorted objects,
 * the namespace's range of them (keys `ns/...`, found by binary search), then the selectors;
 * `after` keeps only keys after a continue token's.
 */
export declare function selected(ctx: ServeContext, req: ResourceRequest, after?: string): readonly Listed[];
export declare const includeOf: (q: URLSearchParams) => IncludeObject;
/** GET of a collection: filtered, sorted by namespace/name, paged with limit/continue; as a List or a Table. */
export declare function list(ctx: ServeContext, req: ResourceRequest, accept: string | undefined): RawJson;
/** The stored object a request names, or a 404 Status. */
export declare function mustGet(ctx: ServeContext, req: ResourceRequest): KubeObject;
/** GET of one object, as itself or as a one-row Table. */
export declare function getOne(ctx: ServeContext, req: ResourceRequest, accept: string | undefined): RawJson;
