import fc from 'fast-check';
import { podSpec } from './podSpec.js';
/** A ReplicaSet manifest with 0..5 replicas selecting `app: name`. */
export const replicaSet = (name) => fc.tuple(fc.integer({ min: 0, max: 5 }), podSpec()).map(([replicas, spec]) => ({
    apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
}));
