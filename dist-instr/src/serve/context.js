import { applyDefaults } from '../api/defaults/index.js';
import { eventsV1 } from './events.js';
import { hpaAt } from './hpaConversion.js';
import { groupVersion } from './resources.js';
import { apiJson, apiView, encoded, encodedRow, metaJson } from './view.js';
import { keyOf } from '../api/ids.js';
/** Whether the stored object is served reshaped: events.k8s.io/v1 Events, HPAs at their other version. */
const reshaped = (r, o) => (r.store === 'events' && r.group === 'events.k8s.io')
    || (r.store === 'horizontalpodautoscalers' && o.apiVersion !== groupVersion(r));
/** An object as served at the request's group/version (events.k8s.io/v1 Events and HPAs are converted). */
export function served(ctx, r, o, rv = ctx.cluster.rvOf(r.store, keyOf(o))) {
    const v = apiView(o, rv, ctx.startTime);
    if (!reshaped(r, o))
        return v;
    return r.store === 'events' ? eventsV1(v) : hpaAt(v, groupVersion(r));
}
/** The same, as JSON text (cached per stored object): what lists, tables and watches concatenate. */
export function servedJson(ctx, r, o, rv = ctx.cluster.rvOf(r.store, keyOf(o))) {
    return reshaped(r, o) ? JSON.stringify(served(ctx, r, o, rv)) : apiJson(o, rv, ctx.startTime);
}
/** A Table row's object: PartialObjectMetadata (the default) or the whole object (includeObject=Object). */
export function rowObjectJson(ctx, r, o, include, rv = ctx.cluster.rvOf(r.store, keyOf(o))) {
    if (include === 'None')
        return undefined;
    if (include === 'Object')
        return servedJson(ctx, r, o, rv);
    return `{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${metaJson(o, rv, ctx.startTime)}}`;
}
/** A served object as bytes (encoded once per object and served form): what a list body concatenates. */
export const servedBytes = (ctx, r, o, rv) => encoded(o, rv, ctx.startTime, groupVersion(r), () => servedJson(ctx, r, o, rv));
/**
 * A Table row (`{"cells": [...], "object": ...}`) of the object at the current instant, as bytes:
 * made once per object, instant, resource and includeObject, so lists and watches of unchanged
 * objects at one instant cost no printing.
 */
export function rowBytes(ctx, r, o, rv, include) {
    const now = ctx.cluster.now;
    return encodedRow(o, rv, { startTime: ctx.startTime, now }, `${groupVersion(r)}|${r.resource}|${include}`, () => {
        const object = rowObjectJson(ctx, r, o, include, rv);
        // The row of the object as served: with the API server's defaults (a Service's type, ClusterIP, ports).
        const cells = JSON.stringify(ctx.printerFor(r.resource).row(applyDefaults(o), { now }));
        return `{"cells":${cells}${object ? `,"object":${object}` : ''}}`;
    });
}
/** A response body that is JSON already (not serialised again): text or encoded bytes. */
export class RawJson {
    text;
    constructor(text) {
        this.text = text;
    }
}
export const listKind = (r) => `${r.kind}List`;
export const apiVersionOf = groupVersion;
