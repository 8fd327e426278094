import type { Violation } from '../invariants/types.js';
import type { Coverage } from './coverage.js';
import { applyCase } from './materialize.js';
import { buildSetup, type SetupSpec } from './plugins.js';
import { runDoc, type CaseSetup } from './runCase.js';
import type { FuzzBase, FuzzCase } from './types.js';

export interface WorkerTask {
  readonly base: FuzzBase;
  readonly setup: SetupSpec;
  readonly cases: readonly (readonly [number, FuzzCase])[];
}
export interface CaseResult { readonly index: number; readonly violations: readonly Violation[];
  readonly coverage: Coverage }

let cached: { key: string; setup: Promise<CaseSetup> } | undefined;

/** Runs a slice of cases; the setup (plugins, invariants) is built once per thread. */
export async function runCases(task: WorkerTask): Promise<CaseResult[]> {
  const key = JSON.stringify(task.setup);
  if (!cached || cached.key !== key) cached = { key, setup: buildSetup(task.setup) };
  const setup = await cached.setup;
  return task.cases.map(([index, c]) => {
    const r = runDoc(applyCase(task.base, c), 'fuzz-case.yaml', setup, undefined, true);
    return { index, violations: r.violations, coverage: r.coverage };
  });
}

/** piscina's entry point. */
export default runCases;
