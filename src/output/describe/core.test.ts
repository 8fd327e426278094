import { describe, expect, test } from 'vitest';
import type { Pod } from '../../api/types.js';
import { tvalues } from '../../reducers/table.js';
import { runWithLog, scenarioFrom } from '../../../test-support/scenario.js';
import { kubectlDescribe } from './index.js';

const r = runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: describe-core}
seed: 1
until: 2m
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}]
manifests:
  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: q, namespace: shop},
     spec: {hard: {pods: "10", requests.cpu: "2"}, scopes: [NotBestEffort]}}
  - apiVersion: v1
    kind: LimitRange
    metadata: {name: lr, namespace: shop}
    spec: {limits: [{type: Container, default: {cpu: 200m}, defaultRequest: {cpu: 100m}, max: {cpu: "1"}}]}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: cfg, namespace: shop, labels: {app: web}}
    data: {b: "hello", a.conf: "x=1\\ny=2"}
    binaryData: {blob: aGVsbG8=}
  - apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec: {type: NodePort, selector: {app: web}, ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]}
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: shop}
    spec:
      replicas: 5
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: app, image: "nginx:1.25", ports: [{name: http, containerPort: 8080}]}]}
`));
const describeOf = (kind: string, name: string, ns?: string): string =>
  kubectlDescribe(r.state, [], kind, name, ns).stdout;

// Expected texts written from kubectl 1.34 describe.go (describeService, ConfigMapDescriber,
// describeNamespace, DescribeResourceQuotas, DescribeLimitRanges) and its tabwriter (padding 2).
describe('kubectl describe of Services, ConfigMaps and Namespaces', () => {
  test('service: selector, families, IPs, port lines with the NodePort, endpoints by formatEndpointSlices', () => {
    const pods = (tvalues(r.state.pods) as Pod[]).filter((p) => p.metadata.namespace === 'shop')
      .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    expect(pods).toHaveLength(5);
    // The first three ready endpoints, then how many more (5 - 3).
    const eps = `${pods.slice(0, 3).map((p) => `${p.status.podIP}:8080`).join(',')} + 2 more...`;
    const text = describeOf('svc', 'web', 'shop');
    const ip = /IP:\s+(\S+)/.exec(text)![1];
    expect(text).toBe([
      'Name:                     web',
      'Namespace:                shop',
      'Labels:                   <none>',
      'Annotations:              <none>',
      'Selector:                 app=web',
      'Type:                     NodePort',
      'IP Family Policy:         SingleStack',
      'IP Families:              IPv4',
      `IP:                       ${ip}`,
      `IPs:                      ${ip}`,
      'Port:                     http  80/TCP',
      'TargetPort:               http/TCP',
      'NodePort:                 http  30080/TCP',
      `Endpoints:                ${eps}`,
      'Session Affinity:         None',
      'External Traffic Policy:  Cluster',
      'Internal Traffic Policy:  Cluster',
      'Events:                   <none>', ''].join('\n'));
  });

  test('the kubernetes Service, and a namespace with no quota or limit range', () => {
    expect(describeOf('service', 'kubernetes')).toContain([
      'Labels:                   component=apiserver',
      '                          provider=kubernetes',
      'Annotations:              <none>',
      'Selector:                 <none>'].join('\n'));
    // Its endpoints are the API server's, from the EndpointSlice labelled with its name (api/bootstrap.ts).
    expect(describeOf('service', 'kubernetes')).toContain([
      'Port:                     https  443/TCP',
      'TargetPort:               6443/TCP',
      'Endpoints:                10.0.0.2:6443'].join('\n'));
    expect(describeOf('ns', 'default')).toBe(['Name:         default',
      'Labels:       kubernetes.io/metadata.name=default', 'Annotations:  <none>', 'Status:       Active', '',
      'No resource quota.', '', 'No LimitRange resource.', ''].join('\n'));
  });

  test('configmap: Data keys sorted, each value under ----, BinaryData as decoded byte counts', () => {
    expect(describeOf('cm', 'cfg', 'shop')).toBe(['Name:         cfg', 'Namespace:    shop', 'Labels:       app=web',
      'Annotations:  <none>', '', 'Data', '====', 'a.conf:', '----', 'x=1', 'y=2', '', 'b:', '----', 'hello', '', '',
      'BinaryData', '====', 'blob: 5 bytes', '', 'Events:  <none>', ''].join('\n'));
  });

  test('namespace: status, its quotas (scopes with their help text, used and hard) and limit ranges', () => {
    expect(describeOf('namespace', 'shop')).toBe([
      'Name:         shop',
      'Labels:       kubernetes.io/metadata.name=shop',
      'Annotations:  <none>',
      'Status:       Active',
      '',
      'Resource Quotas',
      // The help line has no tab: it ends the tabwriter's block, so Name and Scopes align on their own.
      '  Name:    q',
      '  Scopes:  NotBestEffort',
      '  * Matches all pods that have at least one resource requirement set. These pods have a burstable or '
        + 'guaranteed quality of service.',
      '  Resource      Used  Hard',
      '  --------      ---   ---',
      '  pods          5     10',
      '  requests.cpu  500m  2',
      '',
      'Resource Limits',
      ' Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
      ' ----       --------  ---  ---  ---------------  -------------  -----------------------',
      ' Container  cpu       -    1    100m             200m           -', ''].join('\n'));
  });
});
