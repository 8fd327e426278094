import type { Millis } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { BehaviorRule } from '../../scenario/types.js';
import type { PodSample } from './replicaCalculator.js';
/** What groupPods and getReadyPodsCount read of a pod: its phase, deletion, start and Ready condition. */
export declare function podHead(pod: Pod): Pick<PodSample, 'name' | 'phase' | 'deleting' | 'startTime' | 'ready'>;
/**
 * What the metrics pipeline reports for a pod, in milli-units: the sum over its containers of the
 * behaviour model's `cpu` / `memory` steps at the time since each container started, plus `share`
 * (its part of a Service's load, behavior/serviceLoad.ts), capped at the pod's limit as the CFS
 * quota caps a container; rounded up as Quantity.MilliValue() rounds metrics-server's nanocores.
 * No sample until every container runs. request: the sum of the containers' requests.
 */
export declare function podSample(pod: Pod, resource: string, rules: readonly BehaviorRule[], now: Millis, share?: number): PodSample;
