import type { KubeObject } from '../../api/types.js';
import { type OperationalDef } from './monitor.js';
/** pkg/apis/apps/v1/defaults.go: progressDeadlineSeconds defaults to 600. */
export declare const DEFAULT_PROGRESS_DEADLINE_S = 600;
/**
 * Whether a workload's rollout is done, as `kubectl rollout status` decides
 * (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go): the controller has seen
 * the latest generation, every replica runs the new template and is available.
 */
export declare function rolloutDone(resource: string, o: KubeObject): {
    done: boolean;
    progress: string;
};
export declare const rolloutCompletes: OperationalDef;
