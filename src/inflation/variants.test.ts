import { describe, expect, test } from 'vitest';
import { OPENB_GPU_NODES, OPENB_PODS, haveOpenb, readPieces } from '../../test-support/traces.js';
import { openbNodeRows, openbPodRows } from './openbInput.js';
import { podListCsv, traceVariant } from './variants.js';

describe.runIf(haveOpenb())('trace variants from the default openb trace', () => {
  const rows = openbPodRows({ chunks: readPieces(OPENB_PODS), file: OPENB_PODS });
  const models = openbNodeRows({ chunks: readPieces(OPENB_GPU_NODES), file: OPENB_GPU_NODES }).map((n) => n.model!);
  const gpuDemand = (rs: typeof rows, pred: (r: (typeof rows)[number]) => boolean) =>
    rs.filter(pred).reduce((a, r) => a + r.numGpu * r.gpuMilli, 0) / rs.reduce((a, r) => a + r.numGpu * r.gpuMilli, 0);

  test('cpu-only: the share of CPU-only tasks, GPU tasks untouched', () => {
    for (const pct of [5, 20]) {
      const v = traceVariant(rows, 'cpu-only', pct, 1);
      expect(v.filter((r) => r.numGpu === 0).length / v.length).toBeCloseTo(pct / 100, 3);
      expect(v.filter((r) => r.numGpu > 0)).toEqual(rows.filter((r) => r.numGpu > 0));
    }
  });

  test('gpu-share: the sharing tasks\' share of GPU demand, same task count', () => {
    const v = traceVariant(rows, 'gpu-share', 40, 1);
    expect(v).toHaveLength(rows.length);
    const share = gpuDemand(v, (r) => r.numGpu === 1 && r.gpuMilli < 1000);
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThan(0.41);
  });

  test('multi-gpu: the multi-GPU tasks\' share of GPU demand', () => {
    const share = gpuDemand(traceVariant(rows, 'multi-gpu', 50, 1), (r) => r.numGpu > 1);
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(share).toBeLessThan(0.51);
  });

  test('gpu-spec: a share of GPU tasks names a model of the cluster; seeded', () => {
    const v = traceVariant(rows, 'gpu-spec', 10, 1, models);
    const gpu = v.filter((r) => r.numGpu > 0);
    expect(gpu.filter((r) => r.gpuSpec.length === 1 && models.includes(r.gpuSpec[0])).length).toBe(
      Math.round(0.1 * gpu.length));
    expect(podListCsv(traceVariant(rows, 'gpu-spec', 10, 1, models))).toBe(podListCsv(v));
    expect(podListCsv(traceVariant(rows, 'gpu-spec', 10, 2, models))).not.toBe(podListCsv(v));
  });

  test('the CSV reads back as the same rows', () => {
    const v = traceVariant(rows, 'cpu-only', 20, 3);
    const back = openbPodRows({ chunks: [podListCsv(v)], file: 'variant.csv' });
    expect(back.map(({ at: _a, ...r }) => r)).toEqual(v.map(({ at: _a, ...r }) => r));
  });
});
