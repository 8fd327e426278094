import fc from 'fast-check';
import { podSpec } from './podSpec.js';
/** A StatefulSet manifest with 0..4 replicas, OrderedReady or Parallel. */
export const statefulSet = (name) => fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('OrderedReady', 'Parallel'), podSpec()).map(([replicas, policy, spec]) => ({
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name },
    spec: { replicas, serviceName: name, podManagementPolicy: policy, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
}));
