import type { KubeObject } from '../../api/types.js';
import { type Printer } from './types.js';
/** printJob's STATUS: Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet, else Running. */
export declare function jobStatus(o: KubeObject): string;
/** printJob's COMPLETIONS: succeeded/completions, or for a work-queue Job `n/1` (`n/1 of P` when parallel). */
export declare function jobCompletions(o: KubeObject): string;
/** printJob's DURATION: empty before it starts, since startTime while running, completionTime - startTime after. */
export declare function jobDuration(o: KubeObject, now: number): string;
export declare const jobPrinter: Printer;
/** printCronJob: schedule, time zone, suspend, active Jobs and the time since the last schedule. */
export declare const cronJobPrinter: Printer;
