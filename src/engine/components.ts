import { chaosMonkey } from '../chaos/chaosMonkey.js';
import { apiServer } from '../apiserver/apiserver.js';
import { kubelet } from '../kubelet/kubelet.js';
import { cronJobController } from '../controllers/cronJob.js';
import { daemonSet } from '../controllers/daemonSet.js';
import { deployment } from '../controllers/deployment.js';
import { disruptionController } from '../controllers/disruption.js';
import { drainer } from '../controllers/drain.js';
import { garbageCollector } from '../controllers/garbageCollector.js';
import { jobController } from '../controllers/job.js';
import { nodeLifecycleController } from '../controllers/nodeLifecycle.js';
import { horizontalPodAutoscalerController } from '../controllers/podAutoscaler.js';
import { podGCController } from '../controllers/podGC.js';
import { replicaSet, replicationController } from '../controllers/replicaSet.js';
import { statefulSet } from '../controllers/statefulSet.js';
import { taintEvictionController } from '../controllers/taintEviction.js';
import { ttlAfterFinishedController } from '../controllers/ttlAfterFinished.js';
import { scheduler } from '../scheduler/scheduler.js';
import type { ComponentFactory } from './simulation.js';

/**
 * The built-in components, in the order they are asked to act on a timeline action and to
 * observe facts. Order is part of determinism: never iterate a hash to build this list.
 */
export const DEFAULT_COMPONENTS: readonly ComponentFactory[] = [
  apiServer, kubelet, scheduler,
  // Workload controllers (kube-controller-manager), then the garbage collectors. ReplicaSets come
  // before Deployments so that, at one instant, an old ReplicaSet deletes its pods before the
  // Deployment's next sync grows the new one (pod counts then stay within maxSurge).
  replicaSet, replicationController, deployment, statefulSet, daemonSet, garbageCollector, podGCController,
  // Batch, autoscaling and node controllers, and kubectl drain.
  jobController, cronJobController, ttlAfterFinishedController,
  nodeLifecycleController, taintEvictionController, horizontalPodAutoscalerController,
  disruptionController, drainer,
  // The chaos monkey resolves `chaos:` actions to concrete ones the components above carry out.
  chaosMonkey,
];
