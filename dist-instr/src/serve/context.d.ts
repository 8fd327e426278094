import type { KubeObject } from '../api/types.js';
import type { ServedCluster } from './cluster.js';
import { type ServedResource } from './resources.js';
import type { Printer } from './table.js';
/** What every handler reads: the cluster, the calendar, the printers, and how writes are sourced. */
export interface ServeContext {
    readonly cluster: ServedCluster;
    /** Virtual time 0 on the calendar (ms since the epoch). */
    readonly startTime: number;
    readonly printerFor: (resource: string) => Printer;
    /** The file name accepted writes' objects are attributed to (the --record file, so its replay says the same). */
    readonly sourceFile: string;
}
/** A parsed resource request: /api/v1/namespaces/NS/RESOURCE/NAME/SUB. */
export interface ResourceRequest {
    readonly r: ServedResource;
    readonly namespace?: string;
    readonly name?: string;
    readonly sub?: string;
    readonly query: URLSearchParams;
}
/** An object as served at the request's group/version (events.k8s.io/v1 Events and HPAs are converted). */
export declare function served(ctx: ServeContext, r: ServedResource, o: KubeObject, rv?: number): Record<string, unknown>;
/** The same, as JSON text (cached per stored object): what lists, tables and watches concatenate. */
export declare function servedJson(ctx: ServeContext, r: ServedResource, o: KubeObject, rv?: number): string;
/** A Table row's object: PartialObjectMetadata (the default) or the whole object (includeObject=Object). */
export declare function rowObjectJson(ctx: ServeContext, r: ServedResource, o: KubeObject, include: string, rv?: number): string | undefined;
/** A served object as bytes (encoded once per object and served form): what a list body concatenates. */
export declare const servedBytes: (ctx: ServeContext, r: ServedResource, o: KubeObject, rv: number) => Buffer;
/**
 * A Table row (`{"cells": [...], "object": ...}`) of the object at the current instant, as bytes:
 * made once per object, instant, resource and includeObject, so lists and watches of unchanged
 * objects at one instant cost no printing.
 */
export declare function rowBytes(ctx: ServeContext, r: ServedResource, o: KubeObject, rv: number, include: string): Buffer;
/** A response body that is JSON already (not serialised again): text or encoded bytes. */
export declare class RawJson {
    readonly text: string | Buffer;
    constructor(text: string | Buffer);
}
export declare const listKind: (r: ServedResource) => string;
export declare const apiVersionOf: (r: {
    group: string;
    version: string;
}) => string;
