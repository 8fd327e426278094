import { type Bench } from './harness.js';
export declare const CHAOS_BENCH_SCENARIO: string;
export declare const benches: Bench[];
