import { CONTROLLER_REVISION_HASH_LABEL } from '../history/controllerRevision.js';
import { isPodReady, isPodTerminating, podReadyTime, selectorMatches } from '../controllerUtils.js';
import { targetNodeName } from './daemonSetUtil.js';
export function daemonPod(p) {
    const ready = isPodReady(p);
    return {
        pod: p, node: targetNodeName(p), bound: !!p.spec.nodeName, terminating: isPodTerminating(p),
        failed: p.status.phase === 'Failed',
        ready, readySince: ready ? podReadyTime(p) : undefined, hash: p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL],
        created: p.metadata.creationTimestamp ?? 0, name: p.metadata.name, matchedSelector: undefined, matches: false,
    };
}
/** selectorMatches on the pod's labels, remembered on the summary per selector object. */
export function matchesSelector(d, selector) {
    if (d.matchedSelector !== selector || selector === undefined) {
        d.matches = selectorMatches(selector, d.pod.metadata.labels);
        d.matchedSelector = selector;
    }
    return d.matches;
}
export const byCreationD = (a, b) => a.created - b.created
    || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
export const isUpdated = (p, hash) => p.hash === hash;
/** pkg/api/v1/pod IsPodAvailable on a summary. */
export const available = (p, mrs, now) => p.ready
    && (mrs === 0 || (p.readySince !== undefined && p.readySince + mrs * 1000 < now));
export const availableAtD = (p, mrs) => (p.readySince === undefined ? undefined : p.readySince + mrs * 1000 + 1);
/** update.go findUpdatedPodsOnNode: at most one new and one old pod, or not ok. */
export function findUpdatedPodsOnNode(pods, hash) {
    let newPod, oldPod;
    for (const p of pods) {
        if (p.terminating)
            continue;
        if (isUpdated(p, hash)) {
            if (newPod)
                return { ok: false };
            newPod = p;
        }
        else {
            if (oldPod)
                return { ok: false };
            oldPod = p;
        }
    }
    return { ok: true, ...(newPod ? { newPod } : {}), ...(oldPod ? { oldPod } : {}) };
}
