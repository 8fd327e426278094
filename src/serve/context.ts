import type { KubeObject } from '../api/types.js';
import { applyDefaults } from '../api/defaults/index.js';
import type { ServedCluster } from './cluster.js';
import { eventsV1 } from './events.js';
import { hpaAt } from './hpaConversion.js';
import { groupVersion, type ServedResource } from './resources.js';
import type { Printer } from './table.js';
import { apiJson, apiView, encoded, encodedRow, metaJson } from './view.js';
import { keyOf } from '../api/ids.js';

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

/** Whether the stored object is served reshaped: events.k8s.io/v1 Events, HPAs at their other version. */
const reshaped = (r: ServedResource, o: KubeObject): boolean => (r.store === 'events' && r.group === 'events.k8s.io')
  || (r.store === 'horizontalpodautoscalers' && o.apiVersion !== groupVersion(r));

/** An object as served at the request's group/version (events.k8s.io/v1 Events and HPAs are converted). */
export function served(ctx: ServeContext, r: ServedResource, o: KubeObject,
  rv = ctx.cluster.rvOf(r.store, keyOf(o))): Record<string, unknown> {
  const v = apiView(o, rv, ctx.startTime);
  if (!reshaped(r, o)) return v;
  return r.store === 'events' ? eventsV1(v) : hpaAt(v, groupVersion(r));
}

/** The same, as JSON text (cached per stored object): what lists, tables and watches concatenate. */
export function servedJson(ctx: ServeContext, r: ServedResource, o: KubeObject,
  rv = ctx.cluster.rvOf(r.store, keyOf(o))): string {
  return reshaped(r, o) ? JSON.stringify(served(ctx, r, o, rv)) : apiJson(o, rv, ctx.startTime);
}

/** A Table row's object: PartialObjectMetadata (the default) or the whole object (includeObject=Object). */
export function rowObjectJson(ctx: ServeContext, r: ServedResource, o: KubeObject, include: string,
  rv = ctx.cluster.rvOf(r.store, keyOf(o))): string | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object') return servedJson(ctx, r, o, rv);
  return `{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${metaJson(o, rv, ctx.startTime)}}`;
}

/** A served object as bytes (encoded once per object and served form): what a list body concatenates. */
export const servedBytes = (ctx: ServeContext, r: ServedResource, o: KubeObject, rv: number): Buffer =>
  encoded(o, rv, ctx.startTime, groupVersion(r), () => servedJson(ctx, r, o, rv));

/**
 * A Table row (`{"cells": [...], "object": ...}`) of the object at the current instant, as bytes:
 * made once per object, instant, resource and includeObject, so lists and watches of unchanged
 * objects at one instant cost no printing.
 */
export function rowBytes(ctx: ServeContext, r: ServedResource, o: KubeObject, rv: number, include: string): Buffer {
  const now = ctx.cluster.now;
  return encodedRow(o, rv, { startTime: ctx.startTime, now }, `${groupVersion(r)}|${r.resource}|${include}`, () => {
    const object = rowObjectJson(ctx, r, o, include, rv);
    // The row of the object as served: with the API server's defaults (a Service's type, ClusterIP, ports).
    const cells = JSON.stringify(ctx.printerFor(r.store).row(applyDefaults(o) as never, { now }));
    return `{"cells":${cells}${object ? `,"object":${object}` : ''}}`;
  });
}

/** A response body that is JSON already (not serialised again): text or encoded bytes. */
export class RawJson {
  constructor(readonly text: string | Buffer) {}
}

export const listKind = (r: ServedResource): string => `${r.kind}List`;
export const apiVersionOf = groupVersion;
