import { type OperationalDef } from './monitor.js';
/** A scale-direction reversal sooner than this after the previous rescale is flapping (default). */
export declare const DEFAULT_HPA_WINDOW_MS: number;
export declare const hpaStable: OperationalDef;
