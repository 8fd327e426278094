import { chaosMonkey } from '../chaos/chaosMonkey.js';
import { apiServer } from '../apiserver/apiserver.js';
import { kubelet } from '../kubelet/kubelet.js';
import { cronJobController } from '../controllers/cronjob/cronJob.js';
import { daemonSet } from '../controllers/daemon/daemonSet.js';
import { deployment } from '../controllers/deployment/deployment.js';
import { disruptionController } from '../controllers/disruption/disruption.js';
import { drainer } from '../controllers/drain/drain.js';
import { garbageCollector } from '../controllers/garbagecollector/garbageCollector.js';
import { jobController } from '../controllers/job/job.js';
import { namespaceController } from '../controllers/namespace/namespace.js';
import { nodeLifecycleController } from '../controllers/nodelifecycle/nodeLifecycle.js';
import { horizontalPodAutoscalerController } from '../controllers/podautoscaler/podAutoscaler.js';
import { podGCController } from '../controllers/podgc/podGC.js';
import { replicaSet, replicationController } from '../controllers/replicaset/replicaSet.js';
import { resourceQuotaController } from '../controllers/resourcequota/resourceQuota.js';
import { statefulSet } from '../controllers/statefulset/statefulSet.js';
import { taintEvictionController } from '../controllers/tainteviction/taintEviction.js';
import { ttlAfterFinishedController } from '../controllers/ttlafterfinished/ttlAfterFinished.js';
import { scheduler } from '../scheduler/scheduler.js';
import { traceReplayer } from '../apiserver/traceReplayer.js';
/**
 * The built-in components, in the order they are asked to act on a timeline action and to
 * observe facts. Order is part of determinism: never iterate a hash to build this list.
 */
export const DEFAULT_COMPONENTS = [
    apiServer, kubelet, scheduler,
    // A scenario's `trace:` replayed as the clock reaches its steps (idle without one).
    traceReplayer,
    // Workload controllers (kube-controller-manager), then the garbage collectors. ReplicaSets come
    // before Deployments so that, at one instant, an old ReplicaSet deletes its pods before the
    // Deployment's next sync grows the new one (pod counts then stay within maxSurge).
    replicaSet, replicationController, deployment, statefulSet, daemonSet, garbageCollector, podGCController,
    // Batch, autoscaling and node controllers, and kubectl drain.
    jobController, cronJobController, ttlAfterFinishedController,
    nodeLifecycleController, taintEvictionController, horizontalPodAutoscalerController,
    disruptionController, drainer,
    // Keeps ResourceQuota status (hard, used) current; idle in namespaces without quotas.
    resourceQuotaController,
    // Empties and removes deleted namespaces; idle until a Namespace is deleted.
    namespaceController,
    // The chaos monkey resolves `chaos:` actions to concrete ones the components above carry out.
    chaosMonkey,
];
/**
 * The built-in components with a plugin's: a plugin component named like a built-in one replaces
 * it in its place (order is part of determinism), e.g. a modified ReplicaSet controller; the
 * others run after the built-in ones, in the plugin's order.
 */
export function withComponents(extra, base = DEFAULT_COMPONENTS) {
    const byName = new Map(extra.map((c) => [c.name, c]));
    const out = base.map((c) => byName.get(c.name) ?? c);
    const builtIn = new Set(base.map((c) => c.name));
    return [...out, ...extra.filter((c) => !builtIn.has(c.name))];
}
