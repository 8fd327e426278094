import { describe, expect, test } from 'vitest';
import { runScenario } from '../../engine/run.js';
import { formatProblem, ScenarioError } from '../../api/problems.js';
import { loadScenario, type FileReader } from '../../scenario/load.js';
import { withTraces } from '../load.js';
import { tvalues } from '../../reducers/table.js';
import { pieces } from '../../../test-support/traces.js';
import { DLRM_COLUMNS } from './pod.js';

const HEADER = DLRM_COLUMNS.join(',');
const row = (sn: string, app: string, max: number, times: string) =>
  `${sn},CN,${app},2,2,0,0,1,1,4.0,4.0,10.0,10.0,${max},${times}`;
const SCENARIO =
  'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: dlrm}\nnodes: [{namePrefix: node-, count: 3, capacity: ' +
    '{cpu: "16", memory: 64Gi, ephemeral-storage: 500Gi}}]\ntrace: {format: alibaba-v2025, files: [dlrm.csv]}\n';
const memFs = (csv: string): FileReader => withTraces({
  read: (p) => { if (p === 's.yaml') return SCENARIO; throw new Error('ENOENT'); },
  resolve: (_f, rel) => rel,
  chunks: (p) => { if (p !== 'dlrm.csv') throw new Error('ENOENT'); return pieces(csv, 64); },
});

describe('Alibaba cluster-trace-gpu-v2025 (DLRM serving)', () => {
  test('instances of an app with max_instance_per_node 1 never share a node; the one too many stays Pending', () => {
    const csv = [HEADER, row('instance_0', 'app_0', 1, ',,'), row('instance_1', 'app_0', 1, '10.0,10.0,'),
      row('instance_2', 'app_0', 1, '20.0,21.0,'),
      row('instance_3', 'app_0', 1, '30.0,,'), row('instance_4', 'app_1', 2, '5.0,5.0,600.0')].join('\n');
    const { scenario } = loadScenario('s.yaml', memFs(csv));
    expect(scenario.trace?.end).toBe(600_000);
    const r = runScenario(scenario, { until: 120_000 });
    const pods = tvalues(r.state.pods).filter((p) => p.metadata.labels?.app === 'app_0');
    const nodes = pods.flatMap((p) => (p.spec.nodeName ? [p.spec.nodeName] : []));
    expect(nodes).toHaveLength(3);
    expect(new Set(nodes).size).toBe(3);
    expect(pods.find((p) => !p.spec.nodeName)?.metadata.name).toBe('instance-3');
  });

  test('at most k per node while some node has none, for max_instance_per_node k > 1', () => {
    const csv = [HEADER, ...[0, 1, 2, 3, 4, 5].map((i) => row(`instance_${i}`, 'app_2', 2, `${i}.0,${i}.0,`))].join(
      '\n');
    const r = runScenario(loadScenario('s.yaml', memFs(csv)).scenario, { until: 60_000 });
    const perNode: Record<string, number> = {};
    for (const p of tvalues(r.state.pods)) if (p.spec.nodeName) perNode[p.spec.nodeName] =
      (perNode[p.spec.nodeName] ?? 0) + 1;
    expect(Object.values(perNode).sort()).toEqual([2, 2, 2]);
  });

  test('bad rows are named file:line:column', () => {
    const csv = [HEADER, 'instance_0,XN,app_0,2,2,0,0,1,1,4.0,4.0,10.0,10.0,0,,,',
      'instance_1,CN,app_0,-2,2,0,0,1,1,4.0,4.0,10.0,10.0,1,,,'].join('\n');
    let err: unknown;
    try { loadScenario('s.yaml', memFs(csv)); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).problems.map(formatProblem)).toEqual([
      'dlrm.csv:2:12: role: Unsupported value: "XN": supported values: "CN", "HN"',
      'dlrm.csv:2:51: max_instance_per_node: must be -1 (no limit) or at least 1, got 0',
      'dlrm.csv:3:21: cpu_request: must be greater than or equal to 0, got -2',
    ]);
  });
});
