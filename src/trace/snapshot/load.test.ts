import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScenario } from '../../engine/run.js';
import { formatProblem } from '../../api/problems.js';
import { loadScenario } from '../../scenario/load.js';
import { listObjects } from '../../reducers/state.js';
import { tvalues } from '../../reducers/table.js';
import { nodeFs } from '../../cli/io.js';

const FIX = join(import.meta.dirname, '../../../test/fixtures/snapshot');
const SCENARIO =
  'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: what-if}\nuntil: 2m\ntrace: {format: snapshot, files: ' +
    '[cluster.yaml]}\n';
const fs = { ...nodeFs, read: (p: string) => (p.endsWith('s.yaml') ? SCENARIO : nodeFs.read(p)) };

describe('a cluster snapshot as the state at t=0', () => {
  test('bound pods run on their nodes at once, and the Deployment and ReplicaSet adopt them instead of creating more',
    () => {
    const { scenario, warnings } = loadScenario(join(FIX, 's.yaml'), fs);
    expect(warnings.map(formatProblem).filter((w) => w.includes('report-29100000'))).toEqual([
      `${join(FIX, 'cluster.yaml')}: Pod/report-29100000-q8z4m: had finished (Succeeded): not recreated at t=0`,
    ]);
    expect(scenario.nodes.map((n) => n.metadata.name)).toEqual(['worker-1']);
    const created: string[] = [];
    let runningAt = -1;
    const r = runScenario(scenario, { attach: (sim) => sim.events$.subscribe(({ event: e }) => {
      if (e.type === 'PodCreated') created.push(`${e.at} ${e.pod} on ${e.object.spec.nodeName ?? '-'}`);
      if (e.type === 'ContainerStarted' && runningAt < 0) runningAt = e.at;
    }) });
    expect(created).toEqual(['0 default/web-6d4cf56db6-7xk2p on worker-1']);
    // nginx:1.27 is in the node's status.images: no pull, the container starts at t=0.
    expect(runningAt).toBe(0);
    const pods = tvalues(r.state.pods);
    expect(pods.map((p) => [p.metadata.name, p.status.phase, p.spec.nodeName])).toEqual(
      [['web-6d4cf56db6-7xk2p', 'Running', 'worker-1']]);
    expect(listObjects(r.state, 'replicasets').map((rs) => rs.metadata.name)).toEqual(['web-6d4cf56db6']);
    expect((listObjects(r.state, 'deployments')[0].status as { readyReplicas?: number }).readyReplicas).toBe(1);
  });
});
