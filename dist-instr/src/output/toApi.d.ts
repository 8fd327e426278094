import { type ClusterState } from '../reducers/state.js';
/** metav1.MicroTime's RFC3339Micro: `2026-01-01T00:00:02.000000Z`. */
export declare const rfc3339Micro: (startTime: number, ms: number) => string;
/** An internal object in API form: virtual-millisecond time fields as RFC 3339 (kubesim serve renders with it too). */
export declare function render(v: unknown, startTime: number): unknown;
/** The value of field `k` in API form (a time field's milliseconds as its RFC 3339 text). */
export declare function renderField(k: string, x: unknown, startTime: number): unknown;
/**
 * render as a JSON.stringify replacer: `JSON.stringify(o, apiReplacer(t))` is
 * `JSON.stringify(render(o, t))` without the rendered copy. Array entries are never time fields
 * (their keys are indices), as in render.
 */
export declare function apiReplacer(startTime: number): (k: string, x: unknown) => unknown;
export interface ApiSnapshot {
    readonly time: number;
    readonly scenario: string;
    readonly seed: number;
    readonly nodes: unknown[];
    readonly pods: unknown[];
    readonly [resource: string]: unknown;
}
/**
 * The state as the Kubernetes API would list it: `{time, nodes, pods, deployments, ...}`, each
 * object with kind, metadata, spec and status, the API's defaults, timestamps as RFC 3339, lists sorted by
 * namespace/name. `run --output json` and `replay --output json` print this.
 */
export declare function toApi(state: ClusterState): ApiSnapshot;
