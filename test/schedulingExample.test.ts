import { expect, test } from 'vitest';
import { parseLog } from '../src/engine/log.js';
import { replay } from '../src/engine/replay.js';
import { runScenario } from '../src/engine/run.js';
import type { ClusterEvent } from '../src/events/index.js';
import { toApi } from '../src/output/toApi.js';
import { scenarioFile } from '../test-support/scenario.js';

type Obj = { metadata: { name: string; labels?: Record<string, string> }; spec: { nodeName?: string }; status: { phase: string; conditions?: { type: string; reason?: string }[] } };

test('scheduling example: web spread 2+2 over zones one per node, critical preempts one batch pod, replay gives the same JSON', () => {
  const scenario = scenarioFile('examples/scheduling/scenario.yaml');
  const lines: string[] = [];
  const events: ClusterEvent[] = [];
  const r = runScenario(scenario, { writeLog: (l) => lines.push(l), onEvent: (_s, e) => events.push(e), options: { explainScheduling: true } });
  const live = toApi(r.state);
  expect(JSON.stringify(toApi(replay(parseLog(lines.join('')).events)))).toBe(JSON.stringify(live));
  const pods = live.pods as Obj[];
  const zoneOf = (n: string) => (n.includes('-a') ? 'zone-a' : 'zone-b');
  const web = pods.filter((p) => p.metadata.labels?.app === 'web');
  expect(web.map((p) => p.spec.nodeName).sort()).toEqual(['node-a1', 'node-a2', 'node-b1', 'node-b2']);
  expect(web.map((p) => zoneOf(p.spec.nodeName!)).sort()).toEqual(['zone-a', 'zone-a', 'zone-b', 'zone-b']);
  const critical = pods.find((p) => p.metadata.name === 'critical')!;
  expect(critical.status.phase).toBe('Running');
  const evicted = events.filter((e) => e.type === 'PodTerminating' && e.reason === 'PreemptionByScheduler').map((e) => (e as { pod: string }).pod);
  expect(evicted).toHaveLength(1);
  expect(evicted[0]).toMatch(/^default\/batch-/);
  // the batch Deployment's replacement pod stays Pending: no room, and nothing of lower priority to preempt
  expect(pods.filter((p) => p.metadata.labels?.app === 'batch' && p.status.phase === 'Pending')).toHaveLength(1);
  expect(events.some((e) => e.type === 'SchedulingAttemptExplained' && e.pod === 'default/critical' && e.selected === critical.spec.nodeName)).toBe(true);
  const first = events.find((e) => e.type === 'SchedulingAttemptExplained' && e.pod === 'default/critical');
  expect(first).toMatchObject({ attempt: 1, nominated: critical.spec.nodeName, victims: evicted });
});
