import { describe, expect, test } from 'vitest';
import { podUsage, type ResourceQuota } from '../api/quota.js';
import type { Amounts } from '../api/resources.js';
import type { ClusterEvent } from '../events/index.js';
import { replay } from '../engine/replay.js';
import { getObject, type ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { podCountsForQuota } from '../reducers/quotaUsage.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';
import { quotaUsed } from './resourceQuota.js';

const scenario = (manifests: string, until = '30s', extra = ''): ReturnType<typeof scenarioFrom> => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: quota-controllers}
until: ${until}
nodes: [{name: node-a, capacity: {cpu: "16", memory: 32Gi}}]
manifests:
${manifests}
${extra}`);

type Fact = { type: string; at: number; message?: string; reason?: string; key?: string; resource?: string };
const facts = (log: string): Fact[] => log.trim().split('\n').map((l) => JSON.parse(l) as Fact);
const events = (log: string, reason: string): Fact[] => facts(log).filter((f) => f.reason === reason);
const quota = (hard: string, name = 'q'): string =>
  `  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: ${name}}, spec: {hard: {${hard}}}}`;
const deployment = (name: string, replicas: number, cpu = '100m'): string => `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: ${name}}
    spec:
      replicas: ${replicas}
      selector: {matchLabels: {app: ${name}}}
      template:
        metadata: {labels: {app: ${name}}}
        spec: {containers: [{name: c, image: nginx, resources: {requests: {cpu: ${cpu}}}}]}`;

describe('quota on what controllers create (controller_utils.go CreatePods, sync.go getNewReplicaSet)', () => {
  test('a Job\'s pods are refused past a pods quota: FailedCreate "Error creating: ..." under the generateName', () => {
    const r = runWithLog(scenario([quota('pods: "1"'), `  - apiVersion: batch/v1
    kind: Job
    metadata: {name: pi}
    spec: {parallelism: 3, completions: 3, template: {spec: {restartPolicy: Never, containers: [{name: c, image: ` +
      `perl}]}}}`]
      .join('\n')));
    const failed = events(r.log, 'FailedCreate').filter((f) => f.resource === 'jobs');
    expect(failed.length).toBeGreaterThan(0);
    // pkg/controller/controller_utils.go RealPodControl.CreatePods records "Error creating: %v"; the
    // API's Forbidden error names the pod by its generateName (`pi-`), as admission sees it.
    expect(failed[0].message).toBe('Error creating: pods "pi-" is forbidden: exceeded quota: q, requested: pods=1, '
      + 'used: pods=1, limited: pods=1');
  });

  test('a Deployment whose new ReplicaSet exceeds count/replicasets.apps: ReplicaSetCreateError, retried '
    + 'on the rate limiter (5 ms doubling) and dropped after deployment_controller.go maxRetries = 15', () => {
    const r = runWithLog(scenario([quota('count/replicasets.apps: "1"'), deployment('a', 1), deployment('b', 1)]
      .join('\n'), '4m'));
    const failed = events(r.log, 'ReplicaSetCreateError');
    expect(failed.length).toBe(16); // the first failure and 15 retries
    const rs = /^Failed to create new replica set "(b-\w+)": /.exec(failed[0].message!)?.[1];
    expect(failed[0].message).toBe(`Failed to create new replica set "${rs}": replicasets.apps "${rs}" is forbidden: `
      + 'exceeded quota: q, requested: count/replicasets.apps=1, used: count/replicasets.apps=1, '
      + 'limited: count/replicasets.apps=1');
    const gaps = failed.slice(1).map((f, i) => f.at - failed[i].at);
    expect(gaps).toEqual(Array.from({ length: 15 }, (_, k) => 5 * 2 ** k));
    const b = getObject(r.state, 'deployments', 'default/b') as { status?: { conditions?: { type: string;
      status: string; reason: string }[] } };
    expect(b.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'False',
      reason: 'ReplicaSetCreateError' });
    expect(getObject(r.state, 'replicasets', `default/${rs}`)).toBeUndefined();
  });

  test('a CronJob\'s Job past count/jobs.batch: FailedCreate "Error creating job: ..." '
    + '(cronjob_controllerv2.go syncCronJob)', () => {
    const r = runWithLog(scenario([quota('count/jobs.batch: "1"'), `  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: tick}
    spec:
      schedule: "* * * * *"
      jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}`]
      .join('\n'), '150s', `behaviors:
  - {match: {pod: "tick-*"}, exitAfter: 1h}`));
    const failed = events(r.log, 'FailedCreate').filter((f) => f.resource === 'cronjobs');
    expect(failed.map((f) => f.message)).toEqual([expect.stringMatching(new RegExp(
      /^Error creating job: jobs\.batch "tick-\d+" is forbidden: exceeded quota: q, requested: /.source
      + /count\/jobs\.batch=1, used: count\/jobs\.batch=1, limited: count\/jobs\.batch=1$/.source))]);
  });
});

/** What the quota's pods use, summed over every stored pod: the recomputation the running total replaces. */
function scanned(state: ClusterState, ns: string): Amounts {
  const sum: Amounts = {};
  for (const p of tvalues(state.pods)) {
    if (p.metadata.namespace !== ns || !podCountsForQuota(p)) continue;
    for (const [k, v] of Object.entries(podUsage(p.spec))) sum[k] = (sum[k] ?? 0) + v;
  }
  return sum;
}

describe('the running quota usage (reducers/quotaUsage.ts)', () => {
  test('equals a recount of the pods at every instant of a run with creations, completions, deletions and '
    + 'scale-downs, and in replay', () => {
    const s = scenario([quota('pods: "40", requests.cpu: "8", count/replicasets.apps: "9"'),
      deployment('web', 6), `  - apiVersion: batch/v1
    kind: Job
    metadata: {name: batch}
    spec: {parallelism: 4, completions: 8, template: {spec: {restartPolicy: Never, containers: [{name: c, image: perl,
      resources: {requests: {cpu: 250m}}}]}}}`].join('\n'), '3m', `timeline:
  - {at: 40s, scale: {kind: Deployment, name: web, replicas: 2}}
  - {at: 70s, apply: [{apiVersion: v1, kind: Pod, metadata: {name: extra}, spec: {containers: [{name: c, image: x,
      resources: {requests: {cpu: 500m}}}]}}]}
  - {at: 100s, delete: {kind: Pod, name: extra}}`);
    const r = runWithLog(s);
    const log = facts(r.log) as unknown as ClusterEvent[];
    const q = getObject(r.state, 'resourcequotas', 'default/q') as ResourceQuota;
    const times = [...new Set(log.map((f) => f.at))];
    let checked = 0;
    for (const t of times) {
      const at = replay(log, t);
      const used = quotaUsed(at, q), scan = scanned(at, 'default');
      expect({ t, pods: used.pods, cpu: used['requests.cpu'] }).toEqual({ t, pods: scan.pods ?? 0,
        cpu: scan['requests.cpu'] ?? 0 });
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(quotaUsed(r.state, q)['count/replicasets.apps']).toBe(1);
    expect(replay(log).quotaUsage.entries()).toEqual(r.state.quotaUsage.entries());
  });
});
