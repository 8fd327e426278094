import { available, availableAtD, findUpdatedPodsOnNode, isUpdated } from './daemonPod.js';
/** updateDaemonSetStatus's counts, one bit each, as one node contributes them. */
export const DESIRED = 1, CURRENT = 2, MISSCHEDULED = 4, READY = 8, AVAILABLE = 16, UPDATED = 32;
export const STATUS_BITS = [DESIRED, CURRENT, MISSCHEDULED, READY, AVAILABLE, UPDATED];
/**
 * How update.go rollingUpdate sees one node: findUpdatedPodsOnNode over the node's pods less the
 * ones manage deletes, and whether the new and old pod are available. NOT_WANTED: the node should
 * not run the pod (rollingUpdate walks only the nodes that should).
 */
export const NOT_WANTED = 0, NOT_OK = 1, NO_POD = 2, NEW_UNAVAILABLE = 3, NEW_AVAILABLE = 4, OLD_UNAVAILABLE = 5, OLD_AVAILABLE = 6, BOTH_NEW_UNAVAILABLE = 7, BOTH_NEW_AVAILABLE = 8;
export const ROLLING_KINDS = 9;
const NONE = Object.freeze([]);
/**
 * daemon_controller.go podsShouldBeOnNode for one node (pods sorted by creation), with the node's
 * updateDaemonSetStatus counts and its update.go rollingUpdate view. A pure function of the node's
 * Should, its daemon pods and the sync-wide inputs (and `now`, only when `timed`).
 */
export function examineNode(should, pods, m) {
    let timed = false;
    const avail = (p) => {
        if (!p.ready)
            return false;
        if (available(p, m.minReadySeconds, m.now))
            return true;
        timed = true;
        return false;
    };
    let failed = NONE, toDelete = NONE;
    const needing = m.manage && should.shouldRun && pods === undefined;
    if (m.manage && pods !== undefined) {
        const del = [];
        if (should.shouldContinueRunning) {
            const running = [];
            for (const p of pods) {
                if (p.terminating)
                    continue;
                if (p.failed) {
                    if (failed === NONE)
                        failed = [];
                    failed.push(p);
                    del.push(p);
                    continue;
                }
                running.push(p);
            }
            if (m.surge) {
                // The oldest new and the oldest old pod stay; the old one goes once the new one is available.
                let oldestNew, oldestOld;
                for (const p of running) {
                    if (isUpdated(p, m.hash)) {
                        if (!oldestNew) {
                            oldestNew = p;
                            continue;
                        }
                    }
                    else if (!oldestOld) {
                        oldestOld = p;
                        continue;
                    }
                    del.push(p);
                }
                if (oldestNew && oldestOld && (!oldestOld.ready || avail(oldestNew)))
                    del.push(oldestOld);
            }
            else {
                for (let i = 1; i < running.length; i++)
                    del.push(running[i]);
            }
        }
        else {
            for (const p of pods)
                if (!p.terminating)
                    del.push(p);
        }
        if (del.length > 0)
            toDelete = del;
    }
    let status = 0, availableAt = Infinity;
    if (should.shouldRun) {
        status |= DESIRED;
        if (pods !== undefined) {
            status |= CURRENT;
            const p = pods[0];
            if (p.ready) {
                status |= READY;
                if (avail(p))
                    status |= AVAILABLE;
                else
                    availableAt = availableAtD(p, m.minReadySeconds) ?? Infinity;
            }
            if (isUpdated(p, m.hash))
                status |= UPDATED;
        }
    }
    else if (pods !== undefined)
        status |= MISSCHEDULED;
    let rolling = NOT_WANTED, oldPod;
    if (should.shouldRun) {
        const live = pods === undefined ? NONE : toDelete === NONE ? pods : pods.filter((p) => !toDelete.includes(p));
        const r = findUpdatedPodsOnNode(live, m.hash);
        oldPod = r.oldPod;
        if (!r.ok)
            rolling = NOT_OK;
        else if (!r.oldPod && !r.newPod)
            rolling = NO_POD;
        else if (!r.oldPod)
            rolling = avail(r.newPod) ? NEW_AVAILABLE : NEW_UNAVAILABLE;
        else if (!r.newPod)
            rolling = avail(r.oldPod) ? OLD_AVAILABLE : OLD_UNAVAILABLE;
        else
            rolling = avail(r.newPod) ? BOTH_NEW_AVAILABLE : BOTH_NEW_UNAVAILABLE;
    }
    return { needing, failed, toDelete, status, availableAt, rolling, oldPod, timed };
}
/** Whether an incremental sync must examine the node again at its next sync although nothing about it changed. */
export const staysActive = (v) => v.needing || v.toDelete.length > 0 || v.timed;
