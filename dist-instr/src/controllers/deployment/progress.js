import { activeReplicaSets, actualReplicaCount, availableReplicaCount, deploymentComplete, deploymentProgressing, deploymentTimedOut, getCondition, maxUnavailable, MINIMUM_REPLICAS_AVAILABLE, MINIMUM_REPLICAS_UNAVAILABLE, newCondition, NEW_RS_AVAILABLE_REASON, readyReplicaCount, removeCondition, replicaCount, rsStatus, RS_UPDATED_REASON, setCondition, TIMED_OUT_REASON } from './deploymentUtil.js';
/** sync.go calculateStatus. */
export function calculateStatus(s, allRSs, newRS) {
    const available = availableReplicaCount(allRSs);
    const total = replicaCount(allRSs);
    const minAvailable = s.spec.replicas - maxUnavailable(s.spec);
    const conditions = setCondition(s.status.conditions ?? [], available >= minAvailable
        ? newCondition('Available', 'True', MINIMUM_REPLICAS_AVAILABLE, 'Deployment has minimum availability.', s.now)
        : newCondition('Available', 'False', MINIMUM_REPLICAS_UNAVAILABLE, 'Deployment does not have minimum availability.', s.now));
    const st = {
        observedGeneration: s.d.metadata.generation ?? 1,
        replicas: actualReplicaCount(allRSs),
        updatedReplicas: actualReplicaCount([newRS]),
        readyReplicas: readyReplicaCount(allRSs),
        availableReplicas: available,
        unavailableReplicas: Math.max(0, total - available),
        conditions,
        collisionCount: s.status.collisionCount,
    };
    // omitempty: the API leaves zero counts out.
    for (const k of Object.keys(st))
        if (st[k] === 0 || st[k] === undefined)
            delete st[k];
    return st;
}
/**
 * progress.go syncRolloutStatus: calculateStatus plus the Progressing condition
 * (NewReplicaSetAvailable, ReplicaSetUpdated, ProgressDeadlineExceeded) and the requeue that
 * checks the deadline (requeueStuckDeployment).
 */
export function syncRolloutStatus(s, allRSs, newRS) {
    const old = (s.original.status ?? {});
    let st = calculateStatus(s, allRSs, newRS);
    const cur = getCondition(st.conditions, 'Progressing');
    const isComplete = st.replicas === st.updatedReplicas && cur?.reason === NEW_RS_AVAILABLE_REASON;
    let conds = [...(st.conditions ?? [])];
    if (!isComplete) {
        const gen = s.d.metadata.generation ?? 1;
        if (deploymentComplete(s.spec, gen, st)) {
            conds = setCondition(conds, newCondition('Progressing', 'True', NEW_RS_AVAILABLE_REASON, `ReplicaSet "${newRS?.metadata.name}" has successfully progressed.`, s.now));
        }
        else if (deploymentProgressing(old, st)) {
            const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" is progressing.` : 'Deployment is progressing.';
            let c = newCondition('Progressing', 'True', RS_UPDATED_REASON, msg, s.now);
            if (cur && cur.status === 'True')
                c = { ...c, lastTransitionTime: cur.lastTransitionTime };
            conds = setCondition(removeCondition(conds, 'Progressing'), c);
        }
        else if (deploymentTimedOut(s.spec, { ...old, conditions: conds }, s.now)) {
            const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" has timed out progressing.`
                : `Deployment "${s.d.metadata.name}" has timed out progressing.`;
            conds = setCondition(conds, newCondition('Progressing', 'False', TIMED_OUT_REASON, msg, s.now));
        }
    }
    // A ReplicaSet's ReplicaFailure condition is mirrored on the Deployment (progress.go).
    const failure = [...activeReplicaSets(allRSs), ...(newRS ? [newRS] : [])].map((rs) => getCondition(rsStatus(rs).conditions, 'ReplicaFailure')).find((c) => c);
    conds = failure ? setCondition(conds, newCondition('ReplicaFailure', failure.status, failure.reason ?? '', failure.message ?? '', s.now)) : removeCondition(conds, 'ReplicaFailure');
    st = { ...st, conditions: conds };
    s.status = st;
    // requeueStuckDeployment: check the deadline one second after it would pass.
    const pc = getCondition(conds, 'Progressing');
    if (s.spec.progressDeadlineSeconds !== undefined && pc
        && !deploymentComplete(s.spec, s.d.metadata.generation ?? 1, st) && pc.reason !== TIMED_OUT_REASON) {
        const after = (pc.lastUpdateTime ?? s.now) + s.spec.progressDeadlineSeconds * 1000 - s.now;
        s.requeueAfter = Math.max(0, after) + 1000;
    }
}
