import { byCreation } from '../controllerUtils.js';
import { activeReplicaSets, DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, maxSurge, replicaCount, rsReplicas, rsStatus } from './deploymentUtil.js';
/**
 * sync.go scale: proportional scaling of the active ReplicaSets when the Deployment's replicas
 * change in the middle of a rollout (or the one active ReplicaSet takes the whole size).
 */
export function scaleDeployment(s, newRS, oldRSs) {
    const all = [...(newRS ? [newRS] : []), ...oldRSs];
    const active = activeReplicaSets(all);
    // FindActiveOrLatest: the one active ReplicaSet, or the newest when none is active.
    const activeOrLatest = active.length === 1 ? active[0] : active.length === 0
        ? (newRS ?? [...oldRSs].sort(byCreation).at(-1)) : undefined;
    if (activeOrLatest) {
        if (rsReplicas(activeOrLatest) !== s.spec.replicas)
            s.scaleReplicaSetAndRecordEvent(activeOrLatest, s.spec.replicas);
        return;
    }
    // IsSaturated: the new ReplicaSet has all replicas available; the old ones go to zero.
    if (newRS && rsReplicas(newRS) === s.spec.replicas && Number(newRS.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION]) === s.spec.replicas
        && (rsStatus(newRS).availableReplicas ?? 0) === s.spec.replicas) {
        for (const rs of activeReplicaSets(oldRSs))
            s.scaleReplicaSetAndRecordEvent(rs, 0);
        return;
    }
    if (s.spec.strategy.type !== 'RollingUpdate')
        return;
    const allowedSize = s.spec.replicas > 0 ? s.spec.replicas + maxSurge(s.spec) : 0;
    const toAdd = allowedSize - replicaCount(active);
    // Scale up: bigger (then newer) ReplicaSets first; scale down: bigger (then older) first.
    const sorted = [...active].sort((a, b) => rsReplicas(b) - rsReplicas(a)
        || (toAdd > 0 ? byCreation(b, a) : byCreation(a, b)));
    let added = 0;
    const sizes = new Map();
    for (const rs of sorted) {
        const proportion = getReplicaSetProportion(s, rs, toAdd, added);
        sizes.set(rs, rsReplicas(rs) + proportion);
        added += proportion;
    }
    if (sorted.length && toAdd !== added)
        sizes.set(sorted[0], Math.max(0, sizes.get(sorted[0]) + toAdd - added));
    for (const rs of sorted)
        s.scaleReplicaSetAndRecordEvent(s.rsList.find((x) => x.metadata.name === rs.metadata.name) ?? rs, sizes.get(rs));
}
/** deployment_util.go GetReplicaSetProportion / getReplicaSetFraction. */
function getReplicaSetProportion(s, rs, toAdd, added) {
    if (rsReplicas(rs) === 0 || toAdd === 0 || toAdd === added)
        return 0;
    let fraction;
    if (s.spec.replicas === 0)
        fraction = -rsReplicas(rs);
    else {
        const deploymentReplicas = s.spec.replicas + maxSurge(s.spec);
        const ann = Number(rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]);
        const annotated = Number.isInteger(ann) && rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION] !== undefined ? ann
            : (s.status.replicas ?? 0);
        fraction = annotated === 0 ? 0 : Math.round((rsReplicas(rs) * deploymentReplicas) / annotated) - rsReplicas(rs);
    }
    const allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
