import fc from 'fast-check';
/** A Job manifest: completions 1..4, parallelism 1..3, backoffLimit 0..3. */
export declare const job: (name: string) => fc.Arbitrary<Record<string, unknown>>;
/** A CronJob manifest running every 1..5 minutes with a concurrency policy. */
export declare const cronJob: (name: string) => fc.Arbitrary<Record<string, unknown>>;
