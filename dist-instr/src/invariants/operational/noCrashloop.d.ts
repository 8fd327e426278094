import { type OperationalDef } from './monitor.js';
export declare const DEFAULT_RESTARTS = 3;
export declare const DEFAULT_CRASHLOOP_WINDOW_MS: number;
/**
 * Restarts this soon after an injected fault on the pod, or its node's recovery (a reboot), are the fault's, not the
 * manifest's.
 */
export declare const FAULT_RESTART_GRACE_MS: number;
export declare const noCrashloop: OperationalDef;
