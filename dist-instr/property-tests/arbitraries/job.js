import fc from 'fast-check';
import { podSpec } from './podSpec.js';
/** A Job manifest: completions 1..4, parallelism 1..3, backoffLimit 0..3. */
export const job = (name) => fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }), podSpec('Never')).map(([completions, parallelism, backoffLimit, spec]) => ({
    apiVersion: 'batch/v1', kind: 'Job', metadata: { name },
    spec: { completions, parallelism, backoffLimit, template: { metadata: { labels: { app: name } }, spec } },
}));
/** A CronJob manifest running every 1..5 minutes with a concurrency policy. */
export const cronJob = (name) => fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom('Allow', 'Forbid', 'Replace'), podSpec('OnFailure')).map(([every, concurrencyPolicy, spec]) => ({
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name },
    spec: { schedule: `*/${every} * * * *`, concurrencyPolicy, jobTemplate: { spec: { template: { metadata: { labels: { app: name } }, spec } } } },
}));
