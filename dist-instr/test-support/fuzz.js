/** A scenario: `nodes` nodes of 4 cpu / 8Gi, one ReplicaSet `web` with `replicas`, a ConfigMap and a bare Pod. */
export function replicaSetScenarioYaml(opts = {}) {
    return `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: planted}
seed: 7
until: ${opts.until ?? '12m'}
nodes:
  - {namePrefix: node-, count: ${opts.nodes ?? 3}, capacity: {cpu: "4", memory: 8Gi}}
manifests:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: settings}
    data: {mode: fast}
  - apiVersion: v1
    kind: Pod
    metadata: {name: solo, labels: {app: solo}}
    spec:
      containers: [{name: main, image: busybox}]
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: web}
    spec:
      replicas: ${opts.replicas ?? 3}
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: nginx, image: nginx, resources: {requests: {cpu: 100m}}}]
timeline: ${opts.timeline ?? '[]'}
`;
}
