import type { Pod } from '../../api/types.js';
import { type Printer } from './types.js';
/**
 * printPod: READY counts ready containers (restartable init containers, i.e. sidecars, included),
 * STATUS is the phase overridden by the pod's reason, SchedulingGated, the first unfinished init
 * container (`Init:1/2`, `Init:CrashLoopBackOff`) or the last container's waiting/terminated
 * reason, and Terminating / Unknown for a pod being deleted; RESTARTS adds "(78s ago)", the
 * time since the latest restart.
 */
export declare function podCells(pod: Pod, now: number): {
    ready: string;
    status: string;
    restarts: string;
    readyCount: number;
};
export declare const podPrinter: Printer<Pod>;
