import type { KubeObject } from '../../api/types.js';
import type { ResourceInfo } from '../printers/index.js';
/**
 * An object as the API server returns it for GET: apiVersion and kind set, the API's defaults
 * applied (a Deployment without spec.replicas shows replicas: 1; pods were defaulted at
 * admission), times as RFC 3339, and apiVersion, kind, metadata (in ObjectMeta's order) first.
 */
export declare function apiObject(o: KubeObject, info: ResourceInfo, startTime: number): Record<string, unknown>;
/** kubectl's list wrapper for several objects (-o json / yaml / jsonpath). */
export declare const apiList: (items: unknown[]) => Record<string, unknown>;
