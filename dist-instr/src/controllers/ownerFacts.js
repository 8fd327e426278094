import { objectCount } from '../reducers/state.js';
import { changedPod } from './podOwnerKeys.js';
import { controllerRefOf, isPodActive } from './controllerUtils.js';
let memoEvents, memoState, memoPrev;
let memo = [];
/** The batch's candidates, computed by the first selector-owner controller that observes it. */
function candidates(events, state, prev) {
    if (events === memoEvents && state === memoState && prev === memoPrev)
        return memo;
    const out = [];
    for (let i = 0; i < events.length; i++) {
        const e = events[i];
        switch (e.type) {
            case 'ObjectApplied':
            case 'ObjectTerminating':
                out.push({ index: i, resource: e.resource, before: undefined, after: undefined, adopter: undefined,
                    orphan: false });
                continue;
            case 'ObjectStatusUpdated':
            case 'ObjectDeleted':
            case 'ControllerEvent':
                continue;
        }
        const ch = changedPod(e, state, prev);
        if (!ch)
            continue;
        const before = ch.before ? controllerRefOf(ch.before)?.kind : undefined;
        const afterRef = ch.after ? controllerRefOf(ch.after) : undefined;
        const adopter = e.type === 'PodMetadataChanged' ? e.ownerReferences?.find((r) => r.controller)?.kind : undefined;
        out.push({ index: i, resource: undefined, before, after: afterRef?.kind, adopter,
            orphan: ch.after !== undefined && afterRef === undefined && isPodActive(ch.after) });
    }
    memoEvents = events;
    memoState = state;
    memoPrev = prev;
    memo = out;
    return out;
}
const NO_FACTS = Object.freeze([]);
/**
 * `factsFor` of a controller built with ownedPodsKeysFor(resource, kind): the indexes of the
 * batch's facts its keysFor may return keys for (every other fact gives it none), in order.
 */
export const ownedPodsFactsFor = (resource, kind) => (events, state, prev) => {
    const cs = candidates(events, state, prev);
    const adopts = objectCount(state, resource) > 0;
    let out;
    for (const c of cs) {
        if (c.resource === resource || c.before === kind || c.after === kind || c.adopter === kind
            || (c.orphan && adopts))
            (out ??= []).push(c.index);
    }
    return out ?? NO_FACTS;
};
