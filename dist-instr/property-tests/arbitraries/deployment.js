import fc from 'fast-check';
import { podSpec } from './podSpec.js';
/** A Deployment manifest with 0..5 replicas, RollingUpdate or Recreate. */
export const deployment = (name) => fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('RollingUpdate', 'Recreate'), podSpec()).map(([replicas, strategy, spec]) => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name },
    spec: { replicas, strategy: { type: strategy }, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
}));
