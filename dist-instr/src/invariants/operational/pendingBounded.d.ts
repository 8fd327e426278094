import { type OperationalDef } from './monitor.js';
/** How long a pod may stay Pending by default. */
export declare const DEFAULT_PENDING_MS: number;
export declare const pendingBounded: OperationalDef;
