import type { KubeObject } from '../../api/types.js';
import { type Printer } from './types.js';
/** printers.go formatHPAMetrics: the first two metrics as current/target, then "+ N more...". */
export declare function formatHPAMetrics(o: KubeObject): string;
/** printHorizontalPodAutoscaler: REFERENCE Kind/name, TARGETS, MINPODS ("<unset>"), MAXPODS, REPLICAS. */
export declare const horizontalPodAutoscalerPrinter: Printer;
