import type { Container } from '../api/types.js';
import type { Millis } from '../api/ids.js';
import type { BehaviorSpec } from '../api/behavior.js';
/**
 * kubesim's default time to pull an image that is not in the node's cache (behaviour
 * `imagePull.duration` overrides it). Real pulls range from under a second to minutes; 2 s keeps
 * small examples readable.
 */
export declare const DEFAULT_IMAGE_PULL_MS = 2000;
/**
 * A pull with policy Always of an image already on the node: only the manifest is fetched and
 * every layer is present, so it is short. kubesim's choice: 500 ms.
 */
export declare const CACHED_IMAGE_PULL_MS = 500;
/** pkg/kubelet/pleg/generic.go relist period (1 s): the next pod sync shows ImagePullBackOff. */
export declare const PLEG_RELIST_MS = 1000;
export type PullDecision = {
    readonly kind: 'present';
} | {
    readonly kind: 'pull';
    readonly durationMs: Millis;
    readonly fail: boolean;
} | {
    readonly kind: 'neverPull';
    readonly message: string;
};
/**
 * What the kubelet's image manager does before creating a container (pkg/kubelet/images/
 * image_manager.go EnsureImageExists): IfNotPresent and Never use a cached image; Never without
 * one fails with ErrImageNeverPull; anything else pulls.
 */
export declare function decidePull(c: Container, cached: boolean, b: BehaviorSpec): PullDecision;
