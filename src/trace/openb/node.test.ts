import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../api/problems.js';
import { readRows } from '../readRows.js';
import { haveOpenb, OPENB_NODES, pieces, readPieces } from '../../../test-support/traces.js';
import { openbNode, parseOpenbNodeRow, OPENB_NODE_COLUMNS } from './node.js';

const read = (text: string) => [...readRows(pieces(text, 5), 'nodes.csv', OPENB_NODE_COLUMNS, parseOpenbNodeRow)];

describe('openb node rows', () => {
  test('a GPU node gets the card model label and gpu-count / gpu-milli capacity', () => {
    const [item] = read('sn,cpu_milli,memory_mib,gpu,model\nopenb-node-0228,128000,786432,8,G3\n');
    const node = openbNode((item as { value: Parameters<typeof openbNode>[0] }).value);
    expect(node.metadata.labels?.['alibabacloud.com/gpu-card-model']).toBe('G3');
    expect(node.status.capacity).toEqual({ cpu: '128000m', memory: '786432Mi', pods: '1001',
      'alibabacloud.com/gpu-count': '8', 'alibabacloud.com/gpu-milli': '8000' });
  });

  test('a CPU-only node has no model label', () => {
    const [item] = read('sn,cpu_milli,memory_mib,gpu,model\nn,32000,262144,0,\n');
    expect((item as { value: Parameters<typeof openbNode>[0] }).value.model).toBeUndefined();
  });

  test.each([
    { name: 'an unknown model', row: 'n,32000,262144,2,H100',
      want: 'nodes.csv:2:18: model: Unsupported value: "H100": supported values: "P4", "2080", "1080", "M40", "T4", ' +
        '"V100M16", "P100", "A10", "3090", "V100M32", "G1", "G2", "G3"' },
    { name: 'GPUs without a model', row: 'n,32000,262144,2,',
      want: 'nodes.csv:2:18: model: Required value: a node with 2 GPUs names its card model' },
    { name: 'a negative memory', row: 'n,32000,-1,0,',
      want: 'nodes.csv:2:9: memory_mib: must be greater than or equal to 0, got -1' },
  ])('$name is reported at its cell', ({ row, want }) => {
    const items = read(`sn,cpu_milli,memory_mib,gpu,model\n${row}\n`);
    expect(items.map((i) => ('problem' in i ? formatProblem(i.problem) : 'row'))).toEqual([want]);
  });
});

describe.runIf(haveOpenb())('the real openb node list', () => {
  test('its 1,523 nodes read without a problem: 1,213 with GPUs, 6,212 GPUs in all', () => {
    const items = [...readRows(readPieces(OPENB_NODES), OPENB_NODES, OPENB_NODE_COLUMNS, parseOpenbNodeRow)];
    const nodes = items.flatMap((i) => ('value' in i ? [i.value] : []));
    expect(items.filter((i) => 'problem' in i)).toEqual([]);
    expect(nodes).toHaveLength(1523);
    expect(nodes.filter((n) => n.gpu > 0)).toHaveLength(1213);
    expect(nodes.reduce((s, n) => s + n.gpu, 0)).toBe(6212);
  });
});
