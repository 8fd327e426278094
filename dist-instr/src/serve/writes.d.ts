import { type ResourceRequest, type ServeContext } from './context.js';
/** A write's answer: HTTP code, body, and warnings for `Warning: 299` headers. */
export interface WriteResult {
    readonly code: number;
    readonly body: unknown;
    readonly warnings?: readonly string[];
}
type Obj = Record<string, unknown> & {
    metadata?: Record<string, unknown>;
};
/** The object as a manifest: what a timeline `apply` carries (no status, no server-set metadata). */
export declare function manifestOf(o: Obj): Obj;
export declare const writable: (ctx: ServeContext, req: ResourceRequest, verb: string) => void;
export declare const dryRun: (req: ResourceRequest) => boolean;
/** POST to a collection: create (409 AlreadyExists when the name is taken). */
export declare function create(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
/** PUT of an object: 409 on a stale resourceVersion, 404 when absent. */
export declare function update(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
/**
 * PATCH: JSON merge, strategic merge or JSON patch of the served object, or server-side apply
 * (application/apply-patch+yaml), which also creates a missing object.
 */
export declare function patch(ctx: ServeContext, req: ResourceRequest, body: Buffer, contentType: string | undefined): WriteResult;
/** The served form of `base` after a patch body of the given content type. */
export declare function patched(base: Obj, body: Buffer, contentType: string | undefined): Obj;
export {};
