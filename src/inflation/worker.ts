import type { GpuPolicy } from '../scheduler/gpuProfiles.js';
import { runInflation, type InflationInput, type InflationRun } from './inflation.js';
import { openbInput } from './openbInput.js';

/** One run of a sweep, for a worker thread: the trace's text (read by the CLI) and the run. */
export interface InflationTask {
  readonly pods: { readonly text: string; readonly file: string };
  readonly nodes: { readonly text: string; readonly file: string };
  readonly policy: GpuPolicy;
  readonly seed: number;
}

let cached: { key: string; input: InflationInput } | undefined;

/** Runs one (policy, seed); the trace is parsed once per thread. */
export function runTask(t: InflationTask): InflationRun {
  const key = `${t.pods.file}\n${t.nodes.file}\n${t.pods.text.length}`;
  if (!cached || cached.key !== key) cached = { key, input: openbInput({ chunks: [t.pods.text], file: t.pods.file },
    { chunks: [t.nodes.text], file: t.nodes.file }) };
  return runInflation(cached.input, t.policy, t.seed);
}

/** piscina's entry point. */
export default runTask;
