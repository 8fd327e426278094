import { type Problems } from './common.js';
/** helper.IsExtendedResourceName: domain-prefixed, not kubernetes.io/, not requests.*. */
export declare const isExtendedResource: (r: string) => boolean;
export declare function validatePodSpec(p: Problems, path: string, spec: unknown, extraVolumes?: readonly string[]): void;
