import { DEPLOYMENT_DEFAULTS } from '../../api/defaults/apps.js';
import { defaultedStrategy, defaultedWorkload } from '../workloadSpec.js';
import { canonicalJson, canonicalJsonOf, scaledValue } from '../controllerUtils.js';
/** pkg/controller/deployment/util/deployment_util.go annotation keys and reasons. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
/** apps/v1 DefaultDeploymentUniqueLabelKey. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
/** Annotations a ReplicaSet does not copy from its Deployment (deployment_util.go annotationsToSkip). */
export const ANNOTATIONS_TO_SKIP = new Set([
    'kubectl.kubernetes.io/last-applied-configuration', REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
    DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, 'deprecated.deployment.rollback.to',
]);
export const NEW_RS_AVAILABLE_REASON = 'NewReplicaSetAvailable';
export const RS_UPDATED_REASON = 'ReplicaSetUpdated';
export const NEW_RS_REASON = 'NewReplicaSetCreated';
export const FOUND_NEW_RS_REASON = 'FoundNewReplicaSet';
export const TIMED_OUT_REASON = 'ProgressDeadlineExceeded';
/** deployment_util.go FailedRSCreateReason: the new ReplicaSet's create was refused. */
export const FAILED_RS_CREATE_REASON = 'ReplicaSetCreateError';
export const PAUSED_DEPLOY_REASON = 'DeploymentPaused';
export const RESUMED_DEPLOY_REASON = 'DeploymentResumed';
export const MINIMUM_REPLICAS_AVAILABLE = 'MinimumReplicasAvailable';
export const MINIMUM_REPLICAS_UNAVAILABLE = 'MinimumReplicasUnavailable';
/**
 * apps/v1 SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go): replicas 1, RollingUpdate with
 * maxSurge and maxUnavailable 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600.
 */
export function deploymentSpec(d) {
    const s = defaultedWorkload(d, DEPLOYMENT_DEFAULTS.revisionHistoryLimit);
    return {
        ...s,
        replicas: s.replicas ?? DEPLOYMENT_DEFAULTS.replicas,
        strategy: defaultedStrategy(s.strategy, { maxSurge: DEPLOYMENT_DEFAULTS.maxSurge,
            maxUnavailable: DEPLOYMENT_DEFAULTS.maxUnavailable }),
        progressDeadlineSeconds: s.progressDeadlineSeconds ?? DEPLOYMENT_DEFAULTS.progressDeadlineSeconds,
    };
}
/**
 * deployment_util.go ResolveFenceposts: maxSurge rounds up, maxUnavailable rounds down; when
 * both come to 0, maxUnavailable is 1 (a rollout must be able to move). An unset value counts as 0
 * (intstrutil.ValueOrDefault(x, FromInt32(0))); the 25% defaults come from API defaulting
 * (deploymentSpec), not from here.
 */
export function resolveFenceposts(maxSurge, maxUnavailable, desired) {
    const surge = scaledValue(maxSurge, desired, true, 0);
    let unavailable = scaledValue(maxUnavailable, desired, false, 0);
    if (surge === 0 && unavailable === 0)
        unavailable = 1;
    return { surge, unavailable };
}
/** deployment_util.go MaxUnavailable: 0 for Recreate or no replicas; never above replicas. */
export function maxUnavailable(s) {
    if (s.strategy.type !== 'RollingUpdate' || s.replicas === 0)
        return 0;
    const { unavailable } = resolveFenceposts(s.strategy.rollingUpdate?.maxSurge, s.strategy.rollingUpdate?.maxUnavailable, s.replicas);
    return Math.min(unavailable, s.replicas);
}
/** deployment_util.go MaxSurge: 0 for Recreate. */
export function maxSurge(s) {
    if (s.strategy.type !== 'RollingUpdate')
        return 0;
    return resolveFenceposts(s.strategy.rollingUpdate?.maxSurge, s.strategy.rollingUpdate?.maxUnavailable, s.replicas).surge;
}
export const rsSpec = (rs) => (rs.spec ?? {});
export const rsStatus = (rs) => (rs.status ?? {});
export const rsReplicas = (rs) => rsSpec(rs).replicas ?? 1;
/** GetReplicaCountForReplicaSets: the sum of spec.replicas. */
export const replicaCount = (rss) => rss.reduce((n, rs) => n + (rs ? rsReplicas(rs) : 0), 0);
/** GetActualReplicaCountForReplicaSets: the sum of status.replicas. */
export const actualReplicaCount = (rss) => rss.reduce((n, rs) => n + (rs ? rsStatus(rs).replicas ?? 0 : 0), 0);
export const readyReplicaCount = (rss) => rss.reduce((n, rs) => n + (rs ? rsStatus(rs).readyReplicas ?? 0 : 0), 0);
export const availableReplicaCount = (rss) => rss.reduce((n, rs) => n + (rs ? rsStatus(rs).availableReplicas ?? 0 : 0), 0);
/** FilterActiveReplicaSets: those with spec.replicas > 0. */
export const activeReplicaSets = (rss) => rss.filter((rs) => !!rs && rsReplicas(rs) > 0);
/** deployment_util.go Revision: the revision annotation as a number (0 when absent). */
export function revisionOf(o) {
    const v = Number(o.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
    return Number.isFinite(v) ? v : 0;
}
export const maxRevision = (rss) => rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
/** deployment_util.go EqualIgnoreHash: templates equal apart from the pod-template-hash label. */
export function equalIgnoreHash(a, b) {
    if (a === b)
        return true;
    if (!a || !b)
        return false;
    // Both parts through texts memoised per (immutable) object: the spec's, and the metadata's without the label.
    return canonicalJsonOf(a.spec) === canonicalJsonOf(b.spec) && metaText(a) === metaText(b);
}
const metaTexts = new WeakMap();
function metaText(t) {
    let s = metaTexts.get(t);
    if (s === undefined) {
        const { [POD_TEMPLATE_HASH_LABEL]: _h, ...labels } = t.metadata?.labels ?? {};
        s = canonicalJson({ ...(t.metadata ?? {}), labels });
        metaTexts.set(t, s);
    }
    return s;
}
/** deployment_util.go NewDeploymentCondition. */
export const newCondition = (type, status, reason, message, now) => ({ type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message });
/**
 * deployment_util.go SetDeploymentCondition: unchanged when status and reason are the same;
 * keeps lastTransitionTime when only the reason changed; the condition moves to the end.
 */
export function setCondition(conds, c) {
    const cur = conds.find((x) => x.type === c.type);
    if (cur && cur.status === c.status && cur.reason === c.reason)
        return [...conds];
    const next = cur && cur.status === c.status ? { ...c, lastTransitionTime: cur.lastTransitionTime } : c;
    return [...conds.filter((x) => x.type !== c.type), next];
}
export const removeCondition = (conds, type) => conds.filter((c) => c.type !== type);
export const getCondition = (conds, type) => conds?.find((c) => c.type === type);
/** deployment_util.go DeploymentComplete. */
export function deploymentComplete(s, generation, st) {
    return (st.updatedReplicas ?? 0) === s.replicas && (st.replicas ?? 0) === s.replicas
        && (st.availableReplicas ?? 0) === s.replicas && (st.observedGeneration ?? 0) >= generation;
}
/** deployment_util.go DeploymentProgressing: more updated, fewer old, more ready or more available replicas. */
export function deploymentProgressing(old, st) {
    const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
    const newOld = (st.replicas ?? 0) - (st.updatedReplicas ?? 0);
    return (st.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld ||
        (st.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (st.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}
/** deployment_util.go DeploymentTimedOut: the Progressing condition's lastUpdateTime + deadline is past. */
export function deploymentTimedOut(s, old, now) {
    if (s.progressDeadlineSeconds === undefined)
        return false;
    const c = getCondition(old.conditions, 'Progressing');
    if (!c)
        return false;
    if (c.reason === NEW_RS_AVAILABLE_REASON)
        return false;
    if (c.reason === TIMED_OUT_REASON)
        return true;
    return (c.lastUpdateTime ?? 0) + s.progressDeadlineSeconds * 1000 < now;
}
