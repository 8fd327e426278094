import { describe, expect, test } from 'vitest';
import { runWithLog, scenarioFrom } from '../../../test-support/scenario.js';
import { getObject } from '../../reducers/state.js';
import { tvalues } from '../../reducers/table.js';

// kubernetes/website content/en/examples/controllers/frontend.yaml, then pods/pod-rs.yaml applied
// (trimmed), as the ReplicaSet concept page does: the ReplicaSet adopts the two bare pods and, having
// three already, deletes them. replica_set.go updatePod enqueues the adopter on the adoption's update
// and deletePod on the delete, so the next sync writes status.replicas 3 (kubectl's CURRENT column).
const pod = (name: string): string => `  - {at: 1m, apply: {apiVersion: v1, kind: Pod, metadata: {name: ${name},
      labels: {tier: frontend}}, spec: {containers: [{name: hello, image: "gcr.io/google-samples/hello-app:2.0"}]}}}`;

describe('ReplicaSet adopting pods it then deletes', () => {
  test('status.replicas counts only the pods left after the deletions', () => {
    const r = runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: frontend}
until: 2m
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: frontend, labels: {app: guestbook, tier: frontend}}
    spec:
      replicas: 3
      selector: {matchLabels: {tier: frontend}}
      template:
        metadata: {labels: {tier: frontend}}
        spec: {containers: [{name: php-redis, image: "us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5"}]}
timeline:
${pod('pod1')}
${pod('pod2')}`));
    expect(tvalues(r.state.pods).map((p) => p.metadata.name).filter((n) => n.startsWith('pod'))).toEqual([]);
    expect(getObject(r.state, 'replicasets', 'default/frontend')?.status).toMatchObject(
      { replicas: 3, readyReplicas: 3, availableReplicas: 3 });
  });
});
