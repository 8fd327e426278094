import { podSpec } from './podSpec.js';
/** A bare Pod manifest named `name`. */
export const pod = (name) => podSpec().map((spec) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec }));
