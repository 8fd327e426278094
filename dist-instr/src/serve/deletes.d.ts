import { type ResourceRequest, type ServeContext } from './context.js';
import { type WriteResult } from './writes.js';
/** DELETE: grace period and propagation policy from the query or the DeleteOptions body. */
export declare function remove(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
/**
 * DELETE of a collection (deletecollection, apiserver registry Store.DeleteCollection): every
 * object the namespace, labelSelector and fieldSelector select is deleted, all at one instant,
 * and the answer is the List of them as the deletes left them.
 */
export declare function removeCollection(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
