import { describe, expect, test } from 'vitest';
import { nodeAdded, objectApplied, podCreated, stateOf } from '../../../test-support/workloads.js';
import { kubectlGet, type GetRequest } from './get.js';
import { parse } from 'yaml';

const facts = [
  nodeAdded('node-a'),
  podCreated('web-1', { labels: { app: 'web', tier: 'front' }, node: 'node-a', readyAt: 0 }),
  podCreated('web-2', { labels: { app: 'web' } }),
  podCreated('db-0', { labels: { app: 'db' }, namespace: 'data', node: 'node-a', readyAt: 0 }),
  objectApplied('deployments', { apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', creationTimestamp: 0 },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'c', image: 'nginx' }] } } } }),
];
const state = { ...stateOf(facts), time: 30_000, startTime: Date.UTC(2026, 0, 1) };
const get = (req: Partial<GetRequest> & { resource: string }) => kubectlGet(state, facts, { names: [], ...req });

describe('kubesim get', () => {
  // The builder's containers are ready but have no state: printPod counts only ready *running* containers.
  test('the table lists the namespace\'s objects in name order; -A adds NAMESPACE', () => {
    expect(get({ resource: 'po' }).stdout).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\nweb-1   0/1     Running   0          30s\nweb-2   0/1     Pending   ' +
        '0          30s\n');
    expect(get({ resource: 'pods', allNamespaces: true }).stdout.split('\n')[1]).toBe(
      'data        db-0    0/1     Running   0          30s');
  });
  test('-l and --field-selector filter as the API server does (!= matches a missing label)', () => {
    expect(get({ resource: 'pods', labelSelector: 'tier!=front', output: 'name' }).stdout).toBe('pod/web-2\n');
    expect(get({ resource: 'pods', labelSelector: 'app in (web,db),tier', output: 'name' }).stdout).toBe('pod/web-1\n');
    expect(get({ resource: 'pods', fieldSelector: 'status.phase=Pending', output: 'name' }).stdout).toBe('pod/web-2\n');
    expect(get({ resource: 'pods', fieldSelector: 'spec.nodeName=node-a', allNamespaces: true,
      output: 'name' }).stdout).toBe('pod/db-0\npod/web-1\n');
  });
  test('an unsupported field selector is the API server\'s BadRequest', () => {
    const r = get({ resource: 'deploy', fieldSelector: 'spec.replicas=1' });
    expect(r).toEqual(
      { stdout: '', exitCode: 1,
        stderr: 'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label ' +
          'selector "", field selector "spec.replicas=1": field label not supported: spec.replicas\n' });
  });
  test('-o yaml shows the API server\'s defaults (spec.replicas: 1, the rolling update strategy), times as RFC 3339',
    () => {
    const y = parse(get({ resource: 'deployment', names: ['web'], output: 'yaml' }).stdout) as { spec: Record<string,
      unknown>; metadata: Record<string, unknown> };
    expect(y.spec.replicas).toBe(1);
    expect(y.spec.strategy).toEqual({ type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } });
    expect(y.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
    expect(get({ resource: 'deployment', names: ['web'], output: 'yaml' }).stdout.split('\n').slice(0, 2)).toEqual(
      ['apiVersion: apps/v1', 'kind: Deployment']);
  });
  test('-o json of several objects is a List; jsonpath walks it', () => {
    const list = JSON.parse(get({ resource: 'pods', output: 'json' }).stdout) as { kind: string; items: unknown[] };
    expect([list.kind, list.items.length]).toEqual(['List', 2]);
    expect(get({ resource: 'pods', output: 'jsonpath={.items[*].metadata.name}' }).stdout).toBe('web-1 web-2');
    expect(get(
      { resource: 'pods',
        output: 'jsonpath={range .items[*]}{.metadata.name}={.status.phase}{"\\n"}{end}' }).stdout).toBe(
          'web-1=Running\nweb-2=Pending\n');
    expect(get({ resource: 'pods', names: ['web-1'], output: 'jsonpath={.spec.nodeName}' }).stdout).toBe('node-a');
  });
  test('errors and empty lists read as kubectl\'s', () => {
    expect(get({ resource: 'pods', names: ['nope'] })).toEqual(
      { stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(get({ resource: 'deploy', names: ['nope'] }).stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(get({ resource: 'jobs' })).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n',
      exitCode: 0 });
    expect(get({ resource: 'widgets' }).stderr).toBe('error: the server doesn\'t have a resource type "widgets"\n');
    expect(get({ resource: 'nodes', output: 'name' }).stdout).toBe('node/node-a\n');
  });
  test('tables print the object as the API server returns it, defaults included', () => {
    const cj = objectApplied('cronjobs', { apiVersion: 'batch/v1', kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'default', creationTimestamp: 0 },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never',
        containers: [{ name: 'c', image: 'busybox' }] } } } } } });
    const s2 = { ...stateOf([cj]), time: 30_000 };
    // SetDefaults_CronJob: suspend false, so printCronJob's SUSPEND is False, not <unset>.
    expect(kubectlGet(s2, [cj], { resource: 'cj', names: [] }).stdout.split('\n')[1]).toBe(
      'nightly   0 3 * * *   <none>     False     0        <none>          30s');
  });
});

describe('kubesim get of several resource types (get.go: multipleGVKsRequested, separatorWriterWrapper)', () => {
  test('one table per type, names as kind.group/name, an empty line between tables', () => {
    expect(get({ resource: 'deploy,po' }).stdout).toBe([
      'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
      'deployment.apps/web   0/1     0            0           30s',
      '',
      'NAME        READY   STATUS    RESTARTS   AGE',
      'pod/web-1   0/1     Running   0          30s',
      'pod/web-2   0/1     Pending   0          30s',
      ''].join('\n'));
  });
  test('`all` is the category\'s types in discovery order; a type with no object is left out, and so is the kind',
    () => {
    // service/kubernetes: the API server's own Service, in every cluster from its start.
    expect(get({ resource: 'all', output: 'name' }).stdout).toBe(
      'pod/web-1\npod/web-2\nservice/kubernetes\ndeployment.apps/web\n');
    expect(get({ resource: 'jobs,pods' }).stdout.split('\n')[1]).toBe('web-1   0/1     Running   0          30s');
    expect(get({ resource: 'pods,widgets' }).stderr).toBe(
      'error: the server doesn\'t have a resource type "widgets"\n');
    expect(get({ resource: 'jobs,cronjobs' }).stderr).toBe('No resources found in default namespace.\n');
    const list = JSON.parse(get({ resource: 'all', output: 'json' }).stdout) as { items: { kind: string }[] };
    expect(list.items.map((i) => i.kind)).toEqual(['Pod', 'Pod', 'Service', 'Deployment']);
  });
});
