import type { Bench } from './harness.js';
export declare const benches: Bench[];
