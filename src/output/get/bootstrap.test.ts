import { describe, expect, test } from 'vitest';
import { kubectlGet } from './get.js';
import { runWithLog, scenarioFrom } from '../../../test-support/scenario.js';

const run = (manifests: string, timeline = '') => runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: bootstrap}
until: 30s
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
${manifests}
${timeline}`));
const shop = '  - {apiVersion: v1, kind: Namespace, metadata: {name: shop, labels: {team: a}}}';

/** What a new cluster holds before any manifest (systemnamespaces and kubernetesservice controllers). */
describe('the objects the API server makes at its start', () => {
  test('get ns lists the system namespaces beside the applied ones, each labelled with its name', () => {
    const r = run(shop);
    const get = (output?: string) => kubectlGet(r.state, [], { resource: 'ns', names: [],
      ...(output ? { output } : {}) }).stdout;
    expect(get()).toBe([
      'NAME              STATUS   AGE',
      'default           Active   30s',
      'kube-node-lease   Active   30s',
      'kube-public       Active   30s',
      'kube-system       Active   30s',
      'shop              Active   30s', ''].join('\n'));
    // SetDefaults_Namespace: kubernetes.io/metadata.name on every Namespace, the applied one too.
    const labels = JSON.parse(get('json')).items.map((n: { metadata: { labels: Record<string, string> } }) =>
      n.metadata.labels);
    expect(labels[0]).toEqual({ 'kubernetes.io/metadata.name': 'default' });
    expect(labels[4]).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'shop' });
  });

  test('the kubernetes Service: 10.96.0.1, https 443 to 6443, provider=kubernetes; -o yaml as kubectl prints it',
    () => {
    const r = run(shop);
    const yaml = kubectlGet(r.state, [], { resource: 'svc', names: ['kubernetes'], output: 'yaml' }).stdout;
    // A YAML 1.1 encoder (go-yaml v2 under kubectl) quotes a string that reads as a timestamp.
    expect(yaml).toContain('  creationTimestamp: "2026-01-01T00:00:00Z"\n');
    expect(yaml).toContain(['  labels:', '    component: apiserver', '    provider: kubernetes'].join('\n'));
    expect(yaml).toContain(['  ports:', '  - name: https', '    port: 443', '    protocol: TCP',
      '    targetPort: 6443'].join('\n'));
    expect(yaml).toContain('  clusterIP: 10.96.0.1\n');
  });

  test('a stored Namespace of a system name takes the bootstrap one\'s place', () => {
    const r = run('  - {apiVersion: v1, kind: Namespace, metadata: {name: default, labels: {env: prod}}}');
    const json = JSON.parse(kubectlGet(r.state, [], { resource: 'ns', names: ['default'], output: 'json' })
      .stdout) as { metadata: { labels: Record<string, string> } };
    expect(json.metadata.labels).toEqual({ env: 'prod', 'kubernetes.io/metadata.name': 'default' });
    expect(kubectlGet(r.state, [], { resource: 'ns', names: [], output: 'name' }).stdout.split('\n'))
      .toHaveLength(5);
  });

  test('deleting an immortal namespace is refused with lifecycle.go\'s words; an applied one goes', () => {
    const r = run(shop, `timeline:
  - {at: 10s, delete: {kind: Namespace, name: kube-system}}
  - {at: 11s, delete: {kind: Namespace, name: shop}}`);
    const warnings = r.log.trim().split('\n').map((l) => JSON.parse(l) as { type: string; message?: string })
      .filter((f) => f.type === 'Warning').map((f) => f.message);
    expect(warnings).toEqual(['namespaces "kube-system" is forbidden: this namespace may not be deleted']);
    // shop, empty, is gone once the namespace controller removed its finalizer; kube-system stays.
    expect(kubectlGet(r.state, [], { resource: 'ns', names: [], output: 'name' }).stdout).toBe(
      'namespace/default\nnamespace/kube-node-lease\nnamespace/kube-public\nnamespace/kube-system\n');
  });
});
