import { describe, expect, test } from 'vitest';
import { runScenario } from '../../engine/run.js';
import { ScenarioError, formatProblem } from '../../api/problems.js';
import { loadScenario, type FileReader } from '../../scenario/load.js';
import { withTraces } from '../load.js';
import { haveOpenb, OPENB_NODES, OPENB_NODE_YAML, OPENB_PODS, pieces } from '../../../test-support/traces.js';
import { nodeFs } from '../../cli/io.js';
import { TimedTraceReport } from '../timedReport.js';

const memFs = (files: Record<string, string>): FileReader => withTraces({
  read: (p) => { if (!(p in files)) throw new Error('ENOENT'); return files[p]; },
  resolve: (_from, rel) => rel,
  chunks: (p) => { if (!(p in files)) throw new Error('ENOENT'); return pieces(files[p], 16); },
});

const POD_HEADER =
  'name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time';
const scenario = (files: string[], extra = '') =>
  `apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: t}\n${extra}trace:\n  format: openb\n  files: ` +
    `[${files.join(', ')}]\n`;

describe('a timed openb replay', () => {
  const fs = memFs({
    's.yaml': scenario(['nodes.csv', 'pods.csv']),
    'nodes.csv': 'sn,cpu_milli,memory_mib,gpu,model\nn0,8000,16384,1,T4\n',
    'pods.csv': `${POD_HEADER}\na,6000,1024,1,500,,LS,Running,10,100,10\nb,6000,1024,0,0,,BE,Running,20,30,25\nc,` +
      `1000,1024,0,0,,BE,Pending,40,40,\n`,
  });

  test('creates each pod at creation_time, deletes it at deletion_time, and runs one minute past the last step', () => {
    const { scenario: s } = loadScenario('s.yaml', fs);
    expect(s.until).toBe(160_000);
    expect(s.nodes.map((n) => n.metadata.name)).toEqual(['n0']);
    const report = new TimedTraceReport();
    const seen: string[] = [];
    runScenario(s, { attach: (sim) => sim.events$.subscribe(({ event: e }) => {
      report.observe(e);
      if (e.type === 'PodCreated' || e.type === 'PodScheduled' || e.type === 'PodTerminating'
        || e.type === 'PodDeleted') seen.push(`${e.at / 1000}s ${e.type} ${e.pod}`);
    }) });
    // b does not fit beside a (cpu 6 + 6 > 8 cores) and leaves Pending at 30 s; c is created and deleted at 40 s.
    expect(seen.filter((l) => parseFloat(l) < 100)).toEqual([
      '10s PodCreated default/a', '10s PodScheduled default/a', '20s PodCreated default/b', '30s PodDeleted default/b',
      '40s PodCreated default/c', '40s PodDeleted default/c',
    ]);
    expect(seen.filter((l) => parseFloat(l) >= 100)).toEqual(
      ['100s PodTerminating default/a', expect.stringMatching(/^10\d(\.\d+)?s PodDeleted default\/a$/)]);
    const s2 = report.summary();
    expect(s2).toMatchObject({ pods: 3, scheduled: 1, pendingUntilDeleted: 2, pendingAtEnd: 0, tracePending: 1,
      pendingHereOnly: 1, pendingInTraceOnly: 0 });
    expect(s2.delay).toMatchObject({ count: 1, max: 0 });
    expect(s2.traceDelay).toMatchObject({ count: 2, max: 5 });
  });

  test('a short trace is read once: runs replay the pods the check built, and two runs write the same log', () => {
    let reads = 0;
    const counting: FileReader = withTraces({ read: (p) => fs.read(p), resolve: (_from, rel) => rel,
      chunks: (p) => { if (p === 'pods.csv') reads++; return fs.chunks!(p); } });
    const { scenario: s } = loadScenario('s.yaml', counting);
    const atLoad = reads;
    const hashes = [runScenario(s, { hashLog: true }).logHash, runScenario(s, { hashLog: true }).logHash];
    expect(reads).toBe(atLoad);
    expect(hashes[1]).toBe(hashes[0]);
  });

  test('a malformed pod list stops the load with every bad cell named file:line:column', () => {
    const bad = memFs({
      's.yaml': scenario(['pods.csv']),
      'pods.csv': `${POD_HEADER}\na,-1,1024,1,500,,LS,Running,10,100,10\nb,1000,1024,1,500,K80,LS,Running,10\n`,
    });
    let err: unknown;
    try { loadScenario('s.yaml', bad); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).problems.map(formatProblem)).toEqual([
      'pods.csv:2:3: cpu_milli: must be greater than or equal to 0, got -1',
      'pods.csv:3:19: gpu_spec: unknown GPU model "K80" (known: P4, 2080, 1080, M40, T4, V100M16, P100, A10, 3090, ' +
        'V100M32, G1, G2, G3)',
      'pods.csv:3:36: deletion_time: missing column (the row has 9 fields)',
      'pods.csv:3:36: scheduled_time: missing column (the row has 9 fields)',
    ]);
  });

  test('a missing file and an unknown format are named', () => {
    const fs2 =
      memFs({ 's.yaml': scenario(['nope.csv']),
        'f.yaml': 'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: t}\ntrace: {format: borg, files: [x]}\n' });
    expect(() => loadScenario('s.yaml', fs2)).toThrow('nope.csv: cannot read file (does it exist?)');
    expect(() => loadScenario('f.yaml', fs2)).toThrow(
      'f.yaml: trace.format: Unsupported value: "borg": supported values: "openb"');
  });
});

describe.runIf(haveOpenb())('the real openb trace, loaded', () => {
  test('1,523 nodes from the CSV (or 1,213 from the node YAML), and 16,304 steps in time order ending at day 149',
    () => {
    const { scenario: s } = loadScenario('s.yaml', { ...nodeFs, resolve: (_f, rel) => rel,
      read: (p) => (p === 's.yaml' ? scenario([OPENB_NODES, OPENB_PODS]) : nodeFs.read(p)) });
    expect(s.nodes).toHaveLength(1523);
    expect(s.trace?.pods).toBe(8152);
    expect(s.trace?.end).toBe(12_902_960_000);
    let last = 0, n = 0, creates = 0;
    for (const step of s.trace!.steps()) {
      expect(step.at).toBeGreaterThanOrEqual(last);
      last = step.at; n++;
      if (step.action.kind === 'apply') creates++;
    }
    expect({ n, creates }).toEqual({ n: 16_304, creates: 8152 });
    const y = loadScenario('y.yaml', { ...nodeFs, resolve: (_f, rel) => rel,
      read: (p) => (p === 'y.yaml' ? scenario([OPENB_NODE_YAML, OPENB_PODS]) : nodeFs.read(p)) });
    expect(y.scenario.nodes).toHaveLength(1213);
    expect(y.scenario.nodes[0].metadata.labels?.['alibabacloud.com/gpu-card-model']).toBe('P100');
  });
});
