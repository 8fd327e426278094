import { actualReplicaCount, activeReplicaSets, deploymentComplete } from './deploymentUtil.js';
/**
 * pkg/controller/deployment/recreate.go rolloutRecreate: scale every old ReplicaSet to zero,
 * wait until none of their pods is left running, then create and scale up the new one.
 */
export function rolloutRecreate(s) {
    let { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(false);
    let scaledDown = false;
    for (const rs of activeReplicaSets(oldRSs))
        if (s.scaleReplicaSetAndRecordEvent(rs, 0))
            scaledDown = true;
    ({ newRS, oldRSs } = s.findNewAndOld());
    if (scaledDown || oldPodsRunning(s, newRS, oldRSs)) {
        s.syncRolloutStatus([...oldRSs, newRS], newRS);
        return;
    }
    if (!newRS)
        ({ newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(true));
    if (!newRS)
        return; // the create was refused (recreate.go rolloutRecreate returns the error)
    s.scaleReplicaSetAndRecordEvent(newRS, s.spec.replicas);
    ({ newRS, oldRSs } = s.findNewAndOld());
    if (deploymentComplete(s.spec, s.d.metadata.generation ?? 1, s.calculateStatus([...oldRSs, newRS], newRS)))
        s.cleanupDeployment(oldRSs);
    ({ newRS, oldRSs } = s.findNewAndOld());
    s.syncRolloutStatus([...oldRSs, newRS], newRS);
}
/**
 * recreate.go oldPodsRunning: an old ReplicaSet still reports replicas, or one of its pods is in
 * any phase but Succeeded/Failed (terminating pods count: they may still be serving).
 */
export function oldPodsRunning(s, newRS, oldRSs) {
    if (actualReplicaCount(oldRSs) > 0)
        return true;
    for (const [uid, pods] of s.podMap()) {
        if (newRS && newRS.metadata.uid === uid)
            continue;
        if (pods.some((p) => p.status.phase !== 'Failed' && p.status.phase !== 'Succeeded'))
            return true;
    }
    return false;
}
