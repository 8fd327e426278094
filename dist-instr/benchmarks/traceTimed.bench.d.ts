import { type Bench } from './harness.js';
/**
 * The whole openb default trace in timed mode (issue 12: under 10 s): 1,523 nodes, 8,152 pods
 * created and deleted at their trace times over 149 virtual days. Wall time covers the checking
 * pass over the files, and the run with the files read row by row as the clock reaches them.
 */
export declare const benches: Bench[];
