/*
 * Small scenarios for the operational invariants: for each, one whose manifests hold a hazard
 * (`breaks`) and one without it (`holds`), both with a timeline of chaos entries that `kubesim
 * check` judges; without the timeline, the breaking one is what `kubesim fuzz` must find the
 * hazard in by itself (`fuzzArgs` narrows the fault and operation mix to keep tests quick).
 */
const head = (name, until, nodes) => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: ${name}}
until: ${until}
nodes:
${nodes}
`;
const deployment = (name, replicas, spec, extra = '') => `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: ${name}}
    spec:
      replicas: ${replicas}
${extra}      selector: {matchLabels: {app: ${name}}}
      template:
        metadata: {labels: {app: ${name}}}
        spec:
${spec}`;
const timeline = (on, entries) => (on ? `timeline:\n${entries}` : '');
const invariants = (entry) => `invariants:\n  - ${entry}\n`;
const container = (image, cpu = '100m', more = '') => `          containers: [{name: app, image: "${image}", resources: {requests: {cpu: ${cpu}}${more}}}]\n`;
const antiAffinity = (app) => `          affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: ${app}}}}]}}\n`;
const availability = {
    invariant: 'availability',
    entry: '{name: availability, selector: app=web, min: 1}',
    breaks: (t) => head('availability-breaks', '15m', '  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}\n  - {name: ssd-0, capacity: {cpu: "4", memory: 8Gi}, labels: {disk: ssd}}') +
        `manifests:\n${deployment('web', 2, `          nodeSelector: {disk: ssd}\n${container('web:1')}`)}` +
        timeline(t, '  - {at: 2m, chaos: {kind: nodeLost, selector: {disk: ssd}}}\n') + invariants('{name: availability, selector: app=web, min: 1}'),
    holds: head('availability-holds', '15m', '  - {namePrefix: node-, count: 3, capacity: {cpu: "4", memory: 8Gi}}') +
        `manifests:\n${deployment('web', 2, antiAffinity('web') + container('web:1'))}` +
        timeline(true, '  - {at: 2m, chaos: {kind: nodeLost, selector: {kubernetes.io/hostname: node-0}}}\n') + invariants('{name: availability, selector: app=web, min: 1}'),
    fuzzArgs: ['--faults', 'nodeLost,crash', '--ops', 'scale'],
};
const rollout = (maxUnavailable, t, name) => head(name, '12m', '  - {namePrefix: node-, count: 2, capacity: {cpu: "2", memory: 8Gi}}') +
    `manifests:\n${deployment('shop', 4, container('shop:1', '"1"'), `      progressDeadlineSeconds: 120\n      strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: ${maxUnavailable}}}\n`)}` +
    timeline(t, '  - {at: 1m, chaos: {kind: setImage}}\n') + invariants('{name: rollout-completes, selector: app=shop}');
const drain = (pdb, t, name) => head(name, '12m', '  - {namePrefix: node-, count: 3, capacity: {cpu: "4", memory: 8Gi}}') +
    `manifests:\n${deployment('api', 2, antiAffinity('api') + container('api:1'))}` +
    `  - {apiVersion: policy/v1, kind: PodDisruptionBudget, metadata: {name: api}, spec: {${pdb}, selector: {matchLabels: {app: api}}}}\n` +
    timeline(t, '  - {at: 1m, chaos: {kind: drain, selector: {kubernetes.io/hostname: node-0}, recoverAfter: 8m}}\n') + invariants('{name: drain-completes, within: 3m}');
const pending = (nodes, t, name) => head(name, '14m', `  - {namePrefix: node-, count: ${nodes}, capacity: {cpu: "1", memory: 8Gi}}`) +
    `manifests:\n${deployment('batch', 2, container('batch:1', '600m'))}` +
    timeline(t, '  - {at: 1m, chaos: {kind: nodeLost, selector: {kubernetes.io/hostname: node-0}}}\n') + invariants('{name: pending-bounded, max: 2m}');
const crashloop = (limit, t, name) => head(name, '10m', '  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}') +
    `manifests:\n${deployment('cache', 1, container('cache:1', '100m', `, limits: {memory: ${limit}}`))}` +
    'behaviors:\n  - match: {labels: {app: cache}}\n    memory: {steps: [{at: 0s, memory: 100Mi}, {at: 30s, memory: 300Mi}]}\n' +
    timeline(t, '  - {at: 2m, chaos: {kind: crash}}\n  - {at: 4m, chaos: {kind: oom}}\n') + invariants('{name: no-crashloop, restarts: 3, window: 10m}');
const hpa = (stabilization, name) => head(name, '25m', '  - {namePrefix: node-, count: 3, capacity: {cpu: "8", memory: 16Gi}}') +
    `manifests:\n${deployment('worker', 2, container('worker:1', '200m'))}` +
    `  - apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: {name: worker}
    spec:
      scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: worker}
      minReplicas: 2
      maxReplicas: 10
      metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}]
${stabilization}` +
    'behaviors:\n  - match: {labels: {app: worker}}\n    cpu: {steps: [{at: 0s, cpu: 20m}, {at: 3m, cpu: 400m}, {at: 5m, cpu: 20m}, {at: 7m, cpu: 400m}, {at: 9m, cpu: 20m}]}\n' +
    invariants('{name: hpa-stable, window: 3m}');
const job = (backoffLimit, t, name) => head(name, '12m', '  - {namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}') +
    `manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: report, labels: {app: report}}
    spec:
      backoffLimit: ${backoffLimit}
      template:
        metadata: {labels: {app: report}}
        spec:
          restartPolicy: Never
          containers: [{name: app, image: "report:1"}]
behaviors:
  - match: {labels: {app: report}}
    exitAfter: 6m
    exitCode: 0
` + timeline(t, '  - {at: 1m, chaos: {kind: crash, selector: {app: report}}}\n') + invariants('{name: job-completes}');
/** One breaking and one holding scenario per operational invariant. */
export const INVARIANT_CASES = [
    availability,
    { invariant: 'rollout-completes', entry: '', breaks: (t) => rollout(0, t, 'rollout-breaks'), holds: rollout(1, true, 'rollout-holds'), fuzzArgs: ['--faults', 'none', '--ops', 'setImage,apply,scale'] },
    { invariant: 'drain-completes', entry: '', breaks: (t) => drain('minAvailable: 2', t, 'drain-breaks'), holds: drain('maxUnavailable: 1', true, 'drain-holds'), fuzzArgs: ['--faults', 'none', '--ops', 'drain,cordon'] },
    { invariant: 'pending-bounded', entry: '', breaks: (t) => pending(2, t, 'pending-breaks'), holds: pending(3, true, 'pending-holds'), fuzzArgs: ['--faults', 'nodeLost', '--ops', 'none'] },
    { invariant: 'no-crashloop', entry: '', breaks: (t) => crashloop('256Mi', t, 'crashloop-breaks'), holds: crashloop('512Mi', true, 'crashloop-holds'), fuzzArgs: ['--faults', 'crash,oom', '--ops', 'none'] },
    { invariant: 'hpa-stable', entry: '', breaks: () => hpa('      behavior: {scaleDown: {stabilizationWindowSeconds: 0}}\n', 'hpa-breaks'), holds: hpa('', 'hpa-holds'), fuzzArgs: ['--faults', 'none', '--ops', 'none'] },
    { invariant: 'job-completes', entry: '', breaks: (t) => job(0, t, 'job-breaks'), holds: job(3, true, 'job-holds'), fuzzArgs: ['--faults', 'crash', '--ops', 'none'] },
];
