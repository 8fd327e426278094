import { describe, expect, test } from 'vitest';
import { recordEvents } from '../output/events/record.js';
import { simulate } from '../../test-support/kubelet.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { useServer, webScenario } from '../../test-support/serve.js';

const SCENARIO = webScenario({ name: 'events', seed: 4, nodes: 1, replicas: 2 });

type Ev = { reason: string; message: string; involvedObject: { kind: string; name: string; uid?: string };
  source: { component?: string; host?: string }; reportingComponent: string; metadata: { name: string } };
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
