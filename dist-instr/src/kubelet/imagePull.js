/**
 * kubesim's default time to pull an image that is not in the node's cache (behaviour
 * `imagePull.duration` overrides it). Real pulls range from under a second to minutes; 2 s keeps
 * small examples readable.
 */
export const DEFAULT_IMAGE_PULL_MS = 2_000;
/**
 * A pull with policy Always of an image already on the node: only the manifest is fetched and
 * every layer is present, so it is short. kubesim's choice: 500 ms.
 */
export const CACHED_IMAGE_PULL_MS = 500;
/** pkg/kubelet/pleg/generic.go relist period (1 s): the next pod sync shows ImagePullBackOff. */
export const PLEG_RELIST_MS = 1_000;
/**
 * What the kubelet's image manager does before creating a container (pkg/kubelet/images/
 * image_manager.go EnsureImageExists): IfNotPresent and Never use a cached image; Never without
 * one fails with ErrImageNeverPull; anything else pulls.
 */
export function decidePull(c, cached, b) {
    const image = c.image ?? '';
    const policy = c.imagePullPolicy ?? 'IfNotPresent';
    if (policy === 'Never') {
        return cached ? { kind: 'present' } : { kind: 'neverPull',
            message: `Container image "${image}" is not present with pull policy of Never` };
    }
    if (policy === 'IfNotPresent' && cached)
        return { kind: 'present' };
    const durationMs = cached ? CACHED_IMAGE_PULL_MS : (b.imagePull?.duration ?? DEFAULT_IMAGE_PULL_MS);
    return { kind: 'pull', durationMs, fail: b.imagePull?.fail === true };
}
