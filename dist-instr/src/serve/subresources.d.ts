import { type ResourceRequest, type ServeContext } from './context.js';
import { type WriteResult } from './writes.js';
/** GET, PUT and PATCH of `<workload>/scale`: a new spec.replicas is a timeline `scale`. */
export declare function scale(ctx: ServeContext, req: ResourceRequest, method: string, body: Buffer, contentType: string | undefined): WriteResult;
/**
 * POST `pods/NAME/eviction` (policy/v1 Eviction): the Eviction API's PodDisruptionBudget check
 * (pkg/registry/core/pod/storage/eviction.go): 429 TooManyRequests when the budget forbids it,
 * otherwise a timeline `evict` and 201 Success.
 */
export declare function eviction(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
/** `<resource>/status`: read like the object; status is written only by kubesim's own components. */
export declare function status(ctx: ServeContext, req: ResourceRequest, method: string): WriteResult;
