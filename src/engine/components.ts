import { apiServer } from '../apiserver/apiserver.js';
import { kubelet } from '../kubelet/kubelet.js';
import { daemonSet } from '../controllers/daemonSet.js';
import { deployment } from '../controllers/deployment.js';
import { garbageCollector } from '../controllers/garbageCollector.js';
import { podGC } from '../controllers/podGC.js';
import { replicaSet, replicationController } from '../controllers/replicaSet.js';
import { statefulSet } from '../controllers/statefulSet.js';
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
  replicaSet, replicationController, deployment, statefulSet, daemonSet, garbageCollector, podGC,
];
