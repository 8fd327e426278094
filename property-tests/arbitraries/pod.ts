import fc from 'fast-check';
import { podSpec } from './podSpec.js';

/** A bare Pod manifest named `name`. */
export const pod = (name: string): fc.Arbitrary<Record<string, unknown>> =>
  podSpec().map((spec) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec }));
