import { describe, expect, test } from 'vitest';
import { parseLog } from '../src/engine/log.js';
import { replay } from '../src/engine/replay.js';
import { runScenario } from '../src/engine/run.js';
import { toApi } from '../src/output/toApi.js';
import { scenarioFile } from '../test-support/scenario.js';

const runExample = (name: string) => {
  const scenario = scenarioFile(`examples/${name}/scenario.yaml`);
  const lines: string[] = [];
  const r = runScenario(scenario, { writeLog: (l) => lines.push(l) });
  return { live: toApi(r.state), replayed: toApi(replay(parseLog(lines.join('')).events)) };
};
type Obj = { metadata: { name: string }; spec: { nodeName?: string; containers: { image: string }[] }; status: Record<string, unknown> };

describe('workload examples', () => {
  test('nginx Deployment: rolled to 1.16.1 at 5m and back at 8m, 3 pods of 1.14.2, replay gives the same JSON', () => {
    const { live, replayed } = runExample('nginx-deployment');
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(live));
    expect((live.pods as Obj[]).map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.14.2', 'nginx:1.14.2', 'nginx:1.14.2']);
    expect((live.deployments as Obj[])[0].status).toMatchObject({ replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 3 });
    expect((live.replicasets as Obj[]).map((r) => r.status.replicas)).toContain(0);
  });

  test('DaemonSet: one pod per node, the added worker included, the removed one gone', () => {
    const { live, replayed } = runExample('daemonset');
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(live));
    expect((live.pods as Obj[]).map((p) => p.spec.nodeName).sort()).toEqual(['control-plane', 'worker-0', 'worker-2', 'worker-3']);
    expect((live.daemonsets as Obj[])[0].status).toMatchObject({ desiredNumberScheduled: 4, currentNumberScheduled: 4, numberReady: 4, numberMisscheduled: 0 });
  });

  test('StatefulSet: web-0 left after scaling to 1, at the new image, with three claims kept', () => {
    const { live, replayed } = runExample('statefulset');
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(live));
    expect((live.pods as Obj[]).map((p) => `${p.metadata.name} ${p.spec.containers[0].image}`)).toEqual(['web-0 registry.k8s.io/nginx-slim:0.27']);
    expect((live.persistentvolumeclaims as Obj[]).map((c) => c.metadata.name)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
  });
});
