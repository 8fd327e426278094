import { podSpec } from './podSpec.js';
/** A DaemonSet manifest selecting `app: name`. */
export const daemonSet = (name) => podSpec().map((spec) => ({
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name },
    spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
}));
