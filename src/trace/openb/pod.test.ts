import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../api/problems.js';
import { readRows, type RowItem } from '../readRows.js';
import { haveOpenb, OPENB_PODS, pieces, readPieces } from '../../../test-support/traces.js';
import { openbPod, parseOpenbPodRow, OPENB_POD_COLUMNS, type OpenbPodRow } from './pod.js';

const HEADER =
  'name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time';
const read = (text: string, size = 7): RowItem<OpenbPodRow>[] =>
  [...readRows(pieces(text, size), 'pods.csv', OPENB_POD_COLUMNS, parseOpenbPodRow)];
const problems = (items: RowItem<OpenbPodRow>[]): string[] =>
  items.flatMap((i) => ('problem' in i ? [formatProblem(i.problem)] : []));
const rows = (items: RowItem<OpenbPodRow>[]): OpenbPodRow[] => items.flatMap((i) => ('value' in i ? [i.value] : []));

describe('openb pod rows', () => {
  test('a GPU-sharing task becomes a pod with the gpu annotations and requests = limits', () => {
    const [row] =
      rows(read(`${HEADER}\nopenb-pod-0022,4000,15258,1,220,V100M16|V100M32,BE,Running,9679175,9973826,9679175\n`));
    const pod = openbPod(row);
    expect(pod.metadata.annotations).toEqual({
      'alibabacloud.com/gpu-count': '1', 'alibabacloud.com/gpu-milli': '220',
        'alibabacloud.com/gpu-card-model': 'V100M16|V100M32',
      'alibabacloud.com/creation-time': '9679175', 'alibabacloud.com/deletion-time': '9973826',
      'trace.kubesim.io/scheduled-time': '9679175', 'trace.kubesim.io/qos': 'BE',
    });
    expect(pod.spec.containers[0].resources).toEqual({ requests: { cpu: '4000m', memory: '15258Mi' },
      limits: { cpu: '4000m', memory: '15258Mi' } });
  });

  test('a CPU-only task has no GPU annotations, and a task the cluster never placed has no scheduled time', () => {
    const [row] = rows(read(`${HEADER}\np,88000,327680,0,0,,LS,Pending,10,20,\n`));
    expect(row.scheduledTime).toBeUndefined();
    expect(Object.keys(openbPod(row).metadata.annotations ?? {})).toEqual(
      ['alibabacloud.com/creation-time', 'alibabacloud.com/deletion-time', 'trace.kubesim.io/qos']);
  });

  test.each([
    { name: 'a negative request names its line, column and field', row: 'p,-4000,15258,1,220,,BE,Running,1,2,1',
      want: ['pods.csv:2:3: cpu_milli: must be greater than or equal to 0, got -4000'] },
    { name: 'a row cut short names each missing column', row: 'p,4000,15258,1,220,,BE,Running,1',
      want: ['pods.csv:2:33: deletion_time: missing column (the row has 9 fields)',
        'pods.csv:2:33: scheduled_time: missing column (the row has 9 fields)'] },
    { name: 'an unknown GPU model is named', row: 'p,4000,15258,1,220,V100M16|H100,BE,Running,1,2,1',
      want: ['pods.csv:2:20: gpu_spec: unknown GPU model "H100" (known: P4, 2080, 1080, M40, T4, V100M16, P100, A10, ' +
        '3090, V100M32, G1, G2, G3)'] },
    { name: 'a share of a device is for one-GPU tasks only', row: 'p,4000,15258,2,500,,BE,Running,1,2,1',
      want: ['pods.csv:2:16: gpu_milli: must be 1000 when num_gpu is 2 (only one-GPU tasks share a device), got 500'] },
    { name: 'a deletion before the creation is rejected', row: 'p,4000,15258,0,0,,BE,Running,10,2,10',
      want: ['pods.csv:2:33: deletion_time: must not be before creation_time (10), got 2'] },
    { name: 'a phase outside the trace\'s four', row: 'p,4000,15258,0,0,,BE,Lost,1,2,1',
      want: ['pods.csv:2:22: pod_phase: Unsupported value: "Lost": supported values: "Succeeded", "Running", ' +
        '"Pending", "Failed"'] },
    { name: 'text where a number belongs', row: 'p,4k,15258,0,0,,BE,Running,1,2,1',
      want: ['pods.csv:2:3: cpu_milli: must be a whole number, got "4k"'] },
  ])('$name', ({ row, want }) => {
    const items = read(`${HEADER}\n${row}\n`);
    expect(problems(items)).toEqual(want);
    expect(rows(items)).toEqual([]);
  });

  test('a header without a required column is one problem and stops the reading', () => {
    expect(problems(read('name,cpu_milli\np,1\n'))).toEqual([
      'pods.csv:1:1: header: missing column memory_mib, num_gpu, gpu_milli, gpu_spec, qos, pod_phase, creation_time, ' +
        ('deletion_time, scheduled_time (expected: name, cpu_milli, memory_mib, num_gpu, gpu_milli, gpu_spec, qos, ' +
          'pod_phase, creation_time, deletion_time, scheduled_time)'),
    ]);
  });

  test('an unclosed quote is reported with its line, and good rows before it are kept', () => {
    const items = read(`${HEADER}\np,1,1,0,0,,BE,Running,1,2,1\nq,"1,1,0,0,,BE,Running,1,2,1\n`, 1 << 16);
    expect(rows(items).map((r) => r.name)).toEqual(['p']);
    expect(problems(items)).toHaveLength(1);
    expect(problems(items)[0]).toMatch(/^pods\.csv:3:1: CSV: /);
  });
});

describe.runIf(haveOpenb())('the real openb default pod list', () => {
  test('every one of its 8,152 tasks reads without a problem, whatever the piece size', () => {
    const whole = [...readRows(readPieces(OPENB_PODS), OPENB_PODS, OPENB_POD_COLUMNS, parseOpenbPodRow)];
    expect(problems(whole)).toEqual([]);
    const tasks = rows(whole);
    expect(tasks).toHaveLength(8152);
    expect(tasks.filter((t) => t.scheduledTime === undefined)).toHaveLength(
      tasks.filter((t) => t.podPhase === 'Pending').length);
    const small = rows([...readRows(readPieces(OPENB_PODS, 1000), OPENB_PODS, OPENB_POD_COLUMNS, parseOpenbPodRow)]);
    expect(small).toEqual(tasks);
    expect(tasks[8151].at).toBe(`${OPENB_PODS}:8153`);
  });
});
