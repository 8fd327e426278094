import { controllerOf } from '../../reducers/pods.js';
import { podTransition } from '../podOwnerKeys.js';
import { tget } from '../../reducers/table.js';
import { uidSetHas, uidSetKeys, uidSetSize } from '../../reducers/uidSet.js';
/**
 * The pods each owner controls, with a per-pod summary `T` derived once per pod change: an
 * informer index for controllers whose sync walks every pod of a large owner (a DaemonSet has a
 * pod per node). Reading 1,000 pods from the state costs 1,000 table lookups and touches
 * scattered pod objects (about 10 ms a sync at 1,000 nodes, measured); the view refreshes only
 * the pods whose facts arrived since the last read.
 *
 * Kept exact, not approximate: every reducer that changes a pod finds it by the event's `uid`,
 * so each such fact marks that pod dirty here; membership is checked against the podsByOwner
 * set's identity (persistent tables give a new set object whenever a pod joins or leaves).
 */
export class OwnedPodView {
    derive;
    #views = new Map();
    constructor(derive) {
        this.derive = derive;
    }
    observe(events, state, prev) {
        if (this.#views.size === 0)
            return;
        for (let i = 0; i < events.length; i++) {
            // The pod versions come from the per-batch memo the workload controllers' dispatch fills anyway.
            const t = podTransition(events[i], state, prev);
            if (t === undefined)
                continue;
            const uid = (t.after ?? t.before).metadata.uid;
            // Both owners: an adoption or release moves the pod between views.
            const ob = t.before ? controllerOf(t.before) : undefined, oa = t.after ? controllerOf(t.after) : undefined;
            if (ob !== undefined)
                this.#views.get(ob)?.dirty.add(uid);
            if (oa !== undefined && oa !== ob)
                this.#views.get(oa)?.dirty.add(uid);
        }
    }
    /** The summaries of the pods `owner` controls in `state`, in the podsByOwner index's order when first read. */
    list(state, owner) {
        return [...this.refresh(state, owner).items.values()];
    }
    /**
     * Brings `owner`'s view up to `state` and says what changed since the last read: `removed` the
     * summaries dropped or replaced, `added` their replacements and the new pods' (`fresh` on the
     * first read, when everything is added). `items` keeps the order `list` gives.
     */
    refresh(state, owner) {
        const set = tget(state.podsByOwner, owner);
        let v = this.#views.get(owner);
        const removed = [], added = [];
        if (!v) {
            v = { set, items: new Map(), dirty: new Set() };
            for (const uid of uidSetKeys(set)) {
                const p = tget(state.pods, uid);
                if (p) {
                    const d = this.derive(p);
                    v.items.set(uid, d);
                    added.push(d);
                }
            }
            this.#views.set(owner, v);
            return { fresh: true, removed, added, items: v.items };
        }
        for (const uid of v.dirty) {
            const p = uidSetHas(set, uid) ? tget(state.pods, uid) : undefined;
            const was = v.items.get(uid);
            if (was !== undefined)
                removed.push(was);
            if (p) {
                const d = this.derive(p);
                v.items.set(uid, d);
                added.push(d);
            }
            else
                v.items.delete(uid);
        }
        v.dirty.clear();
        // Every podsByOwner change comes with a fact naming the pod's uid (PodCreated, PodDeleted,
        // PodMetadataChanged), so observe() has marked it; a count that disagrees would mean a fact
        // missed, and then the whole set is compared, as before.
        if (v.set !== set && uidSetSize(set) !== v.items.size) {
            for (const [uid, d] of v.items)
                if (!uidSetHas(set, uid)) {
                    v.items.delete(uid);
                    removed.push(d);
                }
            for (const uid of uidSetKeys(set)) {
                const p = v.items.has(uid) ? undefined : tget(state.pods, uid);
                if (p) {
                    const d = this.derive(p);
                    v.items.set(uid, d);
                    added.push(d);
                }
            }
        }
        v.set = set;
        return { fresh: false, removed, added, items: v.items };
    }
    /** Drops an owner's view (the owner is gone). */
    forget(owner) {
        this.#views.delete(owner);
    }
}
