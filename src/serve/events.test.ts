import { describe, expect, test } from 'vitest';
import { recordEvents } from '../output/events/record.js';
import { simulate } from '../../test-support/kubelet.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { useServer, webScenario } from '../../test-support/serve.js';
import { DEFAULT_COMPONENTS } from '../engine/components.js';
import type { Change } from './cluster.js';
import { printers } from './printers.js';
import { liveSession } from './session.js';

const SCENARIO = webScenario({ name: 'events', seed: 4, nodes: 1, replicas: 2 });

type Ev = { reason: string; message: string; involvedObject: { kind: string; name: string; uid?: string };
  source: { component?: string; host?: string }; reportingComponent: string; metadata: { name: string };
  count?: number };
const view = (e: Ev): string => [e.involvedObject.kind, e.involvedObject.name, e.involvedObject.uid ?? '', e.reason,
  e.message, e.source.component ?? '', e.source.host ?? '', e.reportingComponent].join('|');

describe('served Events', () => {
  const server = useServer(SCENARIO, { at: 30_000 });

  test('are the Events `kubesim get events` records for the same facts (output/events), each with its own name',
    async () => {
      const served = (await (await fetch(`${server().url}/api/v1/events`)).json() as { items: Ev[] }).items;
      const { events } = simulate(scenarioFrom(`${SCENARIO}until: 30s\n`));
      const own = recordEvents(events, 0, 30_000) as unknown as Ev[];
      expect(served.map(view).sort()).toEqual(own.map(view).sort());
      expect(served.map((e) => e.reason)).toEqual(expect.arrayContaining(['Scheduled', 'Pulled', 'Started',
        'ScalingReplicaSet', 'SuccessfulCreate']));
      expect(new Set(served.map((e) => e.metadata.name)).size).toBe(served.length);
    });
});

const CRASHER = `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: served-repeats}
seed: 1
nodes: [{name: node-1, capacity: {cpu: "2", memory: 4Gi}}]
manifests:
  - apiVersion: v1
    kind: Pod
    metadata: {name: crasher}
    spec: {containers: [{name: app, image: "busybox:1.36"}]}
behaviors:
  - {match: {pod: crasher}, exitAfter: 5s, exitCode: 1}
`;

describe('served Events are counted as client-go\'s correlator counts them (tools/record events_cache.go)', () => {
  const server = useServer(CRASHER, { at: 300_000 });

  test('a repeated kubelet event is one Event whose count and lastTimestamp grow, as `kubesim get events` shows it',
    async () => {
      const served = (await (await fetch(`${server().url}/api/v1/namespaces/default/events`)).json() as
        { items: (Ev & { lastTimestamp: string })[] }).items;
      const { events } = simulate(scenarioFrom(`${CRASHER}until: 300s\n`));
      const own = recordEvents(events, server().session.cluster.state.startTime, 300_000) as unknown as Ev[];
      const counted = (e: Ev): string => `${e.metadata.name}|${view(e)}|${e.count ?? 1}`;
      expect(served.map(counted).sort()).toEqual(own.map(counted).sort());
      // eventLogger: the kubelet's BackOff for one container repeats with the same message.
      const backOff = served.filter((e) => e.reason === 'BackOff');
      expect(backOff).toHaveLength(1);
      expect(backOff[0].count).toBeGreaterThan(2);
    });

  test('a watch sees the Event ADDED once, then MODIFIED at each counted repeat with its new resourceVersion',
    () => {
      const changes = server().session.cluster.since(0)!.filter((c) => c.store === 'events'
        && (c.object as unknown as Ev).reason === 'BackOff');
      expect(changes.map((c) => c.type)).toEqual(['ADDED', ...changes.slice(1).map(() => 'MODIFIED')]);
      expect(changes.length).toBeGreaterThan(2);
      expect(changes.map((c) => (c.object as unknown as Ev).count)).toEqual(changes.map((_, i) => i + 1));
      const rvs = changes.map((c) => c.rv);
      expect([...rvs].sort((a, b) => a - b)).toEqual(rvs);
      expect(new Set(rvs).size).toBe(rvs.length);
      expect(new Set(changes.map((c) => c.key)).size).toBe(1);
    });
});

describe('served Events are made when someone reads them', () => {
  const session = () => liveSession(scenarioFrom(CRASHER), { components: DEFAULT_COMPONENTS, keepLog: false,
    sourceFile: 't' }, { speed: 1, paused: true, wallNow: () => 0, printerFor: printers });
  const seen = (cs: readonly Change[]) => cs.map((c) => `${c.type} ${c.key} ${c.rv} ${JSON.stringify(c.object)}`);

  test('an Events watcher from the start and a reader after the run see the same changes at the same versions',
    () => {
      const watched = session(), unread = session();
      const live: Change[] = [];
      const from = watched.cluster.resourceVersion;
      watched.cluster.subscribe('events', (c) => { live.push(c); });
      const pods: Change[] = [];
      unread.cluster.subscribe('pods', (c) => { pods.push(c); });
      watched.pacer.runUntil(300_000);
      unread.pacer.runUntil(300_000);
      expect(pods.length).toBeGreaterThan(5);
      expect(live.length).toBeGreaterThan(5);
      expect(seen(unread.cluster.since(from, 'events')!)).toEqual(seen(live));
      const later = unread.cluster.since(0, 'events')!;
      expect(seen(later)).toEqual(seen(watched.cluster.since(0, 'events')!));
      expect(later.length).toBeGreaterThan(live.length);
      expect(unread.cluster.events()).toEqual(watched.cluster.events());
      expect(unread.cluster.sorted('events').map((l) => l.rv)).toEqual(
        watched.cluster.sorted('events').map((l) => l.rv));
      // Every store's changes, in resourceVersion order: the Events' among the pods'.
      const all = unread.cluster.since(0)!;
      expect(all.map((c) => c.rv)).toEqual([...all.map((c) => c.rv)].sort((a, b) => a - b));
      expect(all.filter((c) => c.store === 'events').length).toBe(later.length);
      watched.stop();
      unread.stop();
    });
});
