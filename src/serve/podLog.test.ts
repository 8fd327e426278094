import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scenarioFrom } from '../../test-support/scenario.js';
import { serveScenario, type TestServer } from '../../test-support/serve.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: logs}
seed: 1
until: 1h
nodes: [{name: node-a, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: crasher}, spec: {containers: [{name: app, image: busybox}]}}
  - apiVersion: v1
    kind: Pod
    metadata: {name: two}
    spec:
      initContainers: [{name: setup, image: busybox}]
      containers: [{name: web, image: nginx}, {name: side, image: busybox}]
  - apiVersion: v1
    kind: Pod
    metadata: {name: huge}
    spec: {containers: [{name: app, image: nginx, resources: {requests: {cpu: "64"}}}]}
behaviors:
  - {match: {pod: crasher}, exitAfter: 5s, exitCode: 1}
`;

/** kubectl logs' request: GET pods/NAME/log with its options. */
async function logs(s: TestServer, pod: string, query = ''): Promise<{ code: number; text: string; message?: string }> {
  const res = await fetch(`${s.url}/api/v1/namespaces/default/pods/${pod}/log${query}`);
  const text = await res.text();
  return { code: res.status, text, ...(res.status === 200 ? {} : { message: (JSON.parse(text) as {
    message: string }).message }) };
}

describe('pods/log: LogLocation and the kubelet\'s validateContainerLogStatus, output not simulated', () => {
  let early: TestServer, later: TestServer;
  beforeAll(async () => {
    early = await serveScenario(scenarioFrom(SCENARIO), { at: 0 });
    later = await serveScenario(scenarioFrom(SCENARIO), { at: 60_000 });
  });
  afterAll(async () => { await early.close(); await later.close(); });

  test('which container: the only one, a named one, or a 400 listing them (init containers apart)', async () => {
    expect(await logs(later, 'two')).toEqual({ code: 400, text: expect.any(String) as string, message:
      'a container name must be specified for pod two, choose one of: [web side] or one of the init containers: '
      + '[setup]' });
    expect((await logs(later, 'two', '?container=nope')).message).toBe('container nope is not valid for pod two');
    expect(await logs(later, 'two', '?container=web')).toEqual({ code: 200, text: '' });
    expect(await logs(later, 'two', '?container=setup')).toEqual({ code: 200, text: '' });
    expect((await logs(later, 'nothere')).code).toBe(404);
  });

  test('a pod no node took has no log location: an empty answer', async () => {
    expect(await logs(later, 'huge')).toEqual({ code: 200, text: '' });
  });

  test('a container not started yet, and --previous before and after a restart', async () => {
    const pods = await (await fetch(`${early.url}/api/v1/namespaces/default/pods/crasher`)).json() as {
      status: { containerStatuses?: { state: { waiting?: { reason: string } } }[] } };
    const waiting = pods.status.containerStatuses?.[0]?.state.waiting?.reason;
    expect(waiting).toBeDefined();
    expect((await logs(early, 'crasher')).message).toBe(
      `container "app" in pod "crasher" is waiting to start: ${waiting}`);
    expect((await logs(early, 'crasher', '?previous=true')).message).toBe(
      'previous terminated container "app" in pod "crasher" not found');
    expect(await logs(later, 'crasher', '?previous=true')).toEqual({ code: 200, text: '' });
    expect(await logs(later, 'crasher')).toEqual({ code: 200, text: '' });
  });

  test('exec, attach and port-forward need a process: a 400 saying so, not a 404', async () => {
    for (const sub of ['exec', 'attach', 'portforward']) {
      const res = await fetch(`${later.url}/api/v1/namespaces/default/pods/crasher/${sub}`, { method: 'POST' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe(
        `kubesim runs no container processes, so pods/${sub} is not simulated`);
    }
  });

  test('discovery lists pods/log with the get verb (kubectl looks for it)', async () => {
    const list = await (await fetch(`${later.url}/api/v1`)).json() as { resources: { name: string; verbs: string[];
      kind: string }[] };
    expect(list.resources.find((r) => r.name === 'pods/log')).toMatchObject({ kind: 'Pod', verbs: ['get'] });
  });
});
