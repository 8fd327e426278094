import { byCreation } from '../controllerUtils.js';
import { activeReplicaSets, availableReplicaCount, deploymentComplete, maxUnavailable, replicaCount, rsReplicas, rsStatus } from './deploymentUtil.js';
/**
 * pkg/controller/deployment/rolling.go rolloutRolling: scale the new ReplicaSet up within
 * maxSurge, or else the old ones down within maxUnavailable (one sync does one or the other),
 * and clean up history once the rollout is complete.
 */
export function rolloutRolling(s) {
    let { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(true);
    if (!newRS)
        return; // the create was refused: the sync ends with its error (sync.go rolloutRolling)
    if (reconcileNewReplicaSet(s, [...oldRSs, newRS], newRS)) {
        ({ newRS, oldRSs } = s.findNewAndOld());
        s.syncRolloutStatus([...oldRSs, newRS], newRS);
        return;
    }
    if (reconcileOldReplicaSets(s, newRS)) {
        ({ newRS, oldRSs } = s.findNewAndOld());
        s.syncRolloutStatus([...oldRSs, newRS], newRS);
        return;
    }
    ({ newRS, oldRSs } = s.findNewAndOld());
    if (deploymentComplete(s.spec, s.d.metadata.generation ?? 1, s.calculateStatus([...oldRSs, newRS], newRS)))
        s.cleanupDeployment(oldRSs);
    ({ newRS, oldRSs } = s.findNewAndOld());
    s.syncRolloutStatus([...oldRSs, newRS], newRS);
}
/** rolling.go reconcileNewReplicaSet. */
export function reconcileNewReplicaSet(s, allRSs, newRS) {
    const want = s.spec.replicas;
    if (rsReplicas(newRS) === want)
        return false;
    if (rsReplicas(newRS) > want)
        return s.scaleReplicaSetAndRecordEvent(newRS, want);
    return s.scaleReplicaSetAndRecordEvent(newRS, s.newRSNewReplicas(allRSs, newRS));
}
/**
 * rolling.go reconcileOldReplicaSets: how many old pods may go without dropping below
 * replicas - maxUnavailable (counting the new ReplicaSet's unavailable pods), first the
 * unhealthy ones (cleanupUnhealthyReplicas), then the rest oldest first.
 */
export function reconcileOldReplicaSets(s, newRS) {
    const oldRSs = s.findNewAndOld().oldRSs;
    const oldPodsCount = replicaCount(oldRSs);
    if (oldPodsCount === 0)
        return false;
    const allPodsCount = replicaCount([...oldRSs, newRS]);
    const minAvailable = s.spec.replicas - maxUnavailable(s.spec);
    const newRSUnavailable = rsReplicas(newRS) - (rsStatus(newRS).availableReplicas ?? 0);
    const maxScaledDown = allPodsCount - minAvailable - newRSUnavailable;
    if (maxScaledDown <= 0)
        return false;
    const cleanupCount = cleanupUnhealthyReplicas(s, activeReplicaSets(oldRSs), maxScaledDown);
    const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(s);
    return cleanupCount + scaledDown > 0;
}
/** rolling.go cleanupUnhealthyReplicas: scale down old ReplicaSets' unavailable pods first. */
function cleanupUnhealthyReplicas(s, oldRSs, maxCleanupCount) {
    let total = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
        if (total >= maxCleanupCount)
            break;
        const replicas = rsReplicas(rs), available = rsStatus(rs).availableReplicas ?? 0;
        if (replicas === 0 || available === replicas)
            continue;
        const n = Math.min(maxCleanupCount - total, replicas - available);
        s.scaleReplicaSetAndRecordEvent(rs, replicas - n);
        total += n;
    }
    return total;
}
/** rolling.go scaleDownOldReplicaSetsForRollingUpdate: keep at least replicas - maxUnavailable available. */
function scaleDownOldReplicaSetsForRollingUpdate(s) {
    const { newRS, oldRSs } = s.findNewAndOld();
    const minAvailable = s.spec.replicas - maxUnavailable(s.spec);
    const available = availableReplicaCount([...oldRSs, newRS]);
    if (available <= minAvailable)
        return 0;
    const totalScaleDown = available - minAvailable;
    let total = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
        if (total >= totalScaleDown)
            break;
        if (rsReplicas(rs) === 0)
            continue;
        const n = Math.min(rsReplicas(rs), totalScaleDown - total);
        s.scaleReplicaSetAndRecordEvent(rs, rsReplicas(rs) - n);
        total += n;
    }
    return total;
}
