import { expect, test } from 'vitest';
import { objectApplied, stateOf } from '../../test-support/workloads.js';
import { workloadTables } from './workloadTables.js';

test('kubectl get columns for Deployments and DaemonSets, only for kinds that have objects', () => {
  const s = stateOf([
    objectApplied('deployments', { apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default', creationTimestamp: 0 }, spec: { replicas: 3 },
        status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 } }),
    objectApplied('daemonsets', { apiVersion: 'apps/v1', kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'kube-system', creationTimestamp: 0 },
        spec: { template: { spec: { nodeSelector: { role: 'worker' } } } },
          status: { desiredNumberScheduled: 4, currentNumberScheduled: 4, numberReady: 3, updatedNumberScheduled: 4,
            numberAvailable: 3 } }),
  ]);
  expect(workloadTables({ ...s, time: 90_000 })).toBe([
    'NAMESPACE   NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
    'default     deployment.apps/web   2/3     3            2           1m30s',
    '',
    'NAMESPACE     NAME                   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE',
    'kube-system   daemonset.apps/agent   4         4         3       4            3           role=worker     1m30s',
  ].join('\n'));
});
