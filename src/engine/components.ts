import { apiServer } from '../apiserver/apiserver.js';
import { kubelet } from '../kubelet/kubelet.js';
import { cronJobController } from '../controllers/cronJob.js';
import { jobController } from '../controllers/job.js';
import { nodeLifecycleController } from '../controllers/nodeLifecycle.js';
import { disruptionController } from '../controllers/disruption.js';
import { drainer } from '../controllers/drain.js';
import { horizontalPodAutoscalerController } from '../controllers/podAutoscaler.js';
import { podGCController } from '../controllers/podGC.js';
import { taintEvictionController } from '../controllers/taintEviction.js';
import { ttlAfterFinishedController } from '../controllers/ttlAfterFinished.js';
import { scheduler } from '../scheduler/scheduler.js';
import type { ComponentFactory } from './simulation.js';

/**
 * The built-in components, in the order they are asked to act on a timeline action and to
 * observe facts. Order is part of determinism: never iterate a hash to build this list.
 */
export const DEFAULT_COMPONENTS: readonly ComponentFactory[] = [apiServer, kubelet, scheduler,
  jobController, cronJobController, ttlAfterFinishedController,
  nodeLifecycleController, taintEvictionController, podGCController, horizontalPodAutoscalerController,
  disruptionController, drainer];
