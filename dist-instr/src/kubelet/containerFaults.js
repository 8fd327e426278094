import { DEFAULT_PULL_OUTAGE_MS, DEFAULT_SLOW_START_MS } from '../scenario/types.js';
import { decidePull } from './imagePull.js';
/** The exit code of a container the runtime kills (SIGKILL, 128 + 9), as chaos tools' container-kill does. */
export const KILLED_EXIT_CODE = 137;
/**
 * Marks the container for a restart-borne fault; the caller then kills it so that the restart
 * meets the fault. imagePullFail: the pod's image cannot be pulled until the outage ends, so the
 * restart pulls (kubesim does not model the cached copy surviving) and fails with ErrImagePull,
 * then ImagePullBackOff with the kubelet's image back-off. slowStart: from now on the
 * application takes `durationMs` to come up after each start of this container: every probe
 * fails until then (a liveness probe without a startupProbe may kill it again and again).
 */
export function markContainerFault(c, f, now) {
    if (f.type === 'imagePullFail')
        c.pullFailUntil = now + (f.durationMs ?? DEFAULT_PULL_OUTAGE_MS);
    else if (f.type === 'slowStart')
        c.slowStartMs = f.durationMs ?? DEFAULT_SLOW_START_MS;
}
/** decidePull, with an imagePullFail outage under way: the image is pulled (not present) and the pull fails. */
export function decidePullUnderFaults(c, spec, cached, b, now) {
    const outage = c.pullFailUntil !== undefined && now < c.pullFailUntil && spec.imagePullPolicy !== 'Never';
    const d = decidePull(spec, cached && !outage, b);
    return outage && d.kind === 'pull' ? { ...d, fail: true } : d;
}
/**
 * A probe's behaviour with a slowStart fault: it fails until the slow start's end, then as before
 * (a pass window the behaviour had before that end is lost; one that ends there is gone).
 */
export function slowed(b, slowStartMs) {
    if (!slowStartMs)
        return b;
    const fa = b?.failAfter, pa = b?.passAfter;
    // The handler's latency is the behaviour's still.
    const keep = { ...(b?.latency !== undefined ? { latency: b.latency } : {}),
        ...(b?.slowAfter !== undefined ? { slowAfter: b.slowAfter } : {}) };
    // Passing again from `from` (the behaviour's own pass point if later), until failAfter if that comes later still.
    const from = Math.max(slowStartMs, pa ?? 0);
    if (fa !== undefined && (pa === undefined || pa < fa))
        return fa > from ? { passAfter: from, failAfter: fa, ...keep }
            : { failAfter: 0, ...keep };
    return { passAfter: from, ...keep };
}
