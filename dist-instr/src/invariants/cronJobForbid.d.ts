import { type Invariant } from './types.js';
/** A CronJob with concurrencyPolicy: Forbid never has two unfinished Jobs at once. */
export declare const cronJobForbid: Invariant;
