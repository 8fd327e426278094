import { type OperationalDef } from './monitor.js';
export declare const jobCompletes: OperationalDef;
