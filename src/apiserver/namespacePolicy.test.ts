import { describe, expect, test } from 'vitest';
import { tvalues } from '../reducers/table.js';
import { getObject } from '../reducers/state.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';
import { kubectlGet } from '../output/get/get.js';

const NODE = 'nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]';
const scenario = (manifests: string, until = '30s', extra = ''): ReturnType<typeof scenarioFrom> => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: policy}
until: ${until}
${NODE}
manifests:
${manifests}
${extra}`);

type Fact = { type: string; message?: string; reason?: string; object?: string };
const facts = (log: string): Fact[] => log.trim().split('\n').map((l) => JSON.parse(l) as Fact);
const warnings = (log: string): string[] => facts(log).filter((f) => f.type === 'Warning').map((f) => f.message!);
const podNames = (r: ReturnType<typeof runWithLog>): string[] =>
  tvalues(r.state.pods).map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort();
const pod = (name: string, ns: string, resources = ''): string =>
  `  - {apiVersion: v1, kind: Pod, metadata: {name: ${name}, namespace: ${ns}}, spec: {containers: ` +
  `[{name: c, image: busybox${resources}}]}}`;

describe('NamespaceLifecycle (plugin/pkg/admission/namespace/lifecycle)', () => {
  test('a pod in a namespace that does not exist is refused: namespaces "shop" not found', () => {
    const r = runWithLog(scenario(pod('p', 'shop')));
    expect(podNames(r)).toEqual([]);
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(/: namespaces "shop" not found$/));
  });
  test('the Namespace applied with it (in any file order) and the system namespaces admit pods', () => {
    const r = runWithLog(scenario([pod('p', 'shop'), '  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}',
      pod('q', 'kube-system'), pod('d', 'default')].join('\n')));
    expect(podNames(r)).toEqual(['default/d', 'kube-system/q', 'shop/p']);
  });
  test('other namespaced kinds are refused too; the refusal names the file', () => {
    const r = runWithLog(scenario('  - {apiVersion: v1, kind: ConfigMap, metadata: {name: cm, namespace: nowhere}}'));
    expect(getObject(r.state, 'configmaps', 'nowhere/cm')).toBeUndefined();
    expect(warnings(r.log)).toEqual([expect.stringMatching(/^scenario\.yaml: namespaces "nowhere" not found$/)]);
  });
});

describe('LimitRanger (plugin/pkg/admission/limitranger/admission.go)', () => {
  const limits = `  - apiVersion: v1
    kind: LimitRange
    metadata: {name: defaults}
    spec:
      limits:
        - type: Container
          default: {cpu: 500m, memory: 256Mi}
          defaultRequest: {cpu: 100m}
          max: {cpu: "1"}`;
  test('a container without resources gets the default limits and requests, and the annotation says so', () => {
    const r = runWithLog(scenario([limits, pod('p', 'default')].join('\n')));
    const p = tvalues(r.state.pods)[0];
    // defaultRequest memory comes from default (SetDefaults_LimitRangeItem); keys sorted in the annotation.
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '256Mi' },
      requests: { cpu: '100m', memory: '256Mi' } });
    expect(p.metadata.annotations?.['kubernetes.io/limit-ranger'])
      .toBe('LimitRanger plugin set: cpu, memory request for container c; cpu, memory limit for container c');
  });
  test('a limit over max is refused with the plugin\'s message', () => {
    const r = runWithLog(scenario([limits, pod('big', 'default', ', resources: {limits: {cpu: "2"}}')].join('\n')));
    expect(podNames(r)).toEqual([]);
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(
      /: pods "big" is forbidden: maximum cpu usage per Container is 1, but limit is 2$/));
  });
  test('several violations are aggregated in brackets', () => {
    const lr = `  - {apiVersion: v1, kind: LimitRange, metadata: {name: bounds}, spec: {limits: [{type: Container, ` +
      `min: {memory: 64Mi}, maxLimitRequestRatio: {cpu: "2"}}]}}`;
    const r = runWithLog(scenario([lr, pod('p', 'default',
      ', resources: {requests: {cpu: 100m, memory: 32Mi}, limits: {cpu: 500m, memory: 32Mi}}')].join('\n')));
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(/: pods "p" is forbidden: \[minimum memory usage per /
      .source + /Container is 64Mi, but request is 32Mi, cpu max limit to request ratio per Container is 2, but /.source
      + /provided ratio is 5\.000000\]$/.source));
  });
});

describe('ResourceQuota (apiserver admission/plugin/resourcequota, pkg/quota/v1/evaluator/core/pods.go)', () => {
  const quota = (hard: string, name = 'q'): string =>
    `  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: ${name}}, spec: {hard: {${hard}}}}`;
  const deployment = (replicas: number, resources = ''): string => `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: ${replicas}
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: c, image: nginx${resources}}]}`;

  test('a pod count quota stops a Deployment at the limit; the ReplicaSet records FailedCreate', () => {
    const r = runWithLog(scenario([quota('pods: "2"'), deployment(3)].join('\n')));
    expect(podNames(r)).toHaveLength(2);
    const failed = facts(r.log).filter((f) => f.reason === 'FailedCreate').map((f) => f.message!);
    expect(failed.length).toBeGreaterThan(0);
    // Admission sees the create under its generateName (`web-<hash>-`), as the API's Forbidden error shows it.
    expect(failed[0]).toMatch(new RegExp(/^Error creating: pods "web-[a-z0-9]+-" is forbidden: /.source
      + /exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2$/.source));
    const q = getObject(r.state, 'resourcequotas', 'default/q') as { status?: unknown };
    expect(q.status).toEqual({ hard: { pods: '2' }, used: { pods: '2' } });
  });
  test('compute quota: the pod that would pass requests.cpu is refused, quantities printed canonically', () => {
    const r = runWithLog(scenario([quota('requests.cpu: "1", requests.memory: 1Gi'),
      pod('a', 'default', ', resources: {requests: {cpu: 600m, memory: 512Mi}}'),
      pod('b', 'default', ', resources: {requests: {cpu: 600m, memory: 512Mi}}')].join('\n')));
    expect(podNames(r)).toEqual(['default/a']);
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(/: pods "b" is forbidden: exceeded quota: q, /.source
      + /requested: requests.cpu=600m, used: requests.cpu=600m, limited: requests.cpu=1$/.source));
    const q = getObject(r.state, 'resourcequotas', 'default/q') as { status?: unknown };
    expect(q.status).toEqual({ hard: { 'requests.cpu': '1', 'requests.memory': '1Gi' },
      used: { 'requests.cpu': '600m', 'requests.memory': '512Mi' } });
  });
  test('a cpu or memory quota requires every container to state it (failed quota: must specify)', () => {
    const r = runWithLog(scenario([quota('limits.memory: 1Gi, limits.cpu: "2"', 'compute'), pod('p', 'default')]
      .join('\n')));
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(
      /: pods "p" is forbidden: failed quota: compute: must specify limits.cpu for: c; limits.memory for: c$/));
  });
  test('a finished pod no longer counts: a pod applied after it completes is admitted', () => {
    const r = runWithLog(scenario([quota('pods: "1"'),
      '  - {apiVersion: v1, kind: Pod, metadata: {name: once}, spec: {restartPolicy: Never, containers: ' +
      '[{name: c, image: busybox}]}}'].join('\n'), '2m', `behaviors:
  - {match: {pod: once}, exitAfter: 5s, exitCode: 0}
timeline:
  - at: 1m
    apply:
      - {apiVersion: v1, kind: Pod, metadata: {name: next}, spec: {containers: [{name: c, image: busybox}]}}`));
    expect(podNames(r)).toEqual(['default/next', 'default/once']);
  });
  test('BestEffort scope counts only BestEffort pods', () => {
    const r = runWithLog(scenario([
      '  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: be}, spec: {hard: {pods: "1"}, scopes: ' +
        '[BestEffort]}}',
      pod('a', 'default'), pod('b', 'default'),
      pod('c', 'default', ', resources: {requests: {cpu: 100m}}')].join('\n')));
    expect(podNames(r)).toEqual(['default/a', 'default/c']);
  });
  test('object counts: count/configmaps, kube-root-ca.crt included (every namespace holds it)', () => {
    const r = runWithLog(scenario([quota('count/configmaps: "2"'),
      '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: one}}',
      '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: two}}'].join('\n')));
    expect(getObject(r.state, 'configmaps', 'default/one')).toBeDefined();
    expect(getObject(r.state, 'configmaps', 'default/two')).toBeUndefined();
    expect(warnings(r.log)).toContainEqual(expect.stringMatching(/: configmaps "two" is forbidden: exceeded quota: q, /
      .source + /requested: count\/configmaps=1, used: count\/configmaps=2, limited: count\/configmaps=2$/.source));
  });
  test('what every namespace holds counts: kube-root-ca.crt, the default ServiceAccount, the kubernetes Service '
    + '(default only); a stored object of the same name is counted once', () => {
    const hard = 'count/configmaps: "9", configmaps: "9", count/serviceaccounts: "9", services: "9", secrets: "9"';
    const r = runWithLog(scenario([quota(hard), '  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}',
      `  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: q, namespace: shop}, spec: {hard: {${hard}}}}`,
      '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: kube-root-ca.crt, namespace: shop}}',
      '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: mine, namespace: shop}}'].join('\n')));
    const used = (ns: string): unknown => tvalues(r.state.objects.resourcequotas!)
      .find((q) => q.metadata.namespace === ns)?.status;
    expect(used('default')).toMatchObject({ used: { 'count/configmaps': '1', configmaps: '1',
      'count/serviceaccounts': '1', services: '1', secrets: '0' } });
    expect(used('shop')).toMatchObject({ used: { 'count/configmaps': '2', configmaps: '2',
      'count/serviceaccounts': '1', services: '0', secrets: '0' } });
  });
  test('kubesim get quota prints kubectl\'s REQUEST and LIMIT columns (printResourceQuota)', () => {
    const r = runWithLog(scenario([quota('pods: "4", requests.cpu: "2", limits.cpu: "4"'),
      pod('a', 'default', ', resources: {requests: {cpu: 500m}, limits: {cpu: "1"}}')].join('\n')));
    const out = kubectlGet(r.state, [], { resource: 'quota', names: [] }).stdout;
    expect(out.split('\n')[0]).toMatch(/^NAME\s+AGE\s+REQUEST\s+LIMIT$/);
    expect(out.split('\n')[1]).toMatch(/^q\s+30s\s+pods: 1\/4, requests.cpu: 500m\/2\s+limits.cpu: 1\/4$/);
  });
});
