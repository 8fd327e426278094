import { type OperationalDef } from './monitor.js';
/** How long a drain may take by default: long enough for PDB-paced evictions of a few replicas each. */
export declare const DEFAULT_DRAIN_MS: number;
export declare const drainCompletes: OperationalDef;
