import { runScenario, type RunResult } from '../src/engine/run.js';
import { loadScenario } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/types.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { KubeObject, Pod } from '../src/api/types.js';
import { tvalues } from '../src/reducers/table.js';
import type { ClusterState } from '../src/reducers/state.js';

/** Loads a scenario from in-memory YAML files (`scenario.yaml` plus any it names). */
export function scenarioFromYaml(files: Record<string, string>, main = 'scenario.yaml'): Scenario {
  const fs = {
    read(path: string): string {
      const f = files[path];
      if (f === undefined) throw new Error(`no file ${path}`);
      return f;
    },
    resolve: (_from: string, rel: string) => rel,
  };
  return loadScenario(main, fs).scenario;
}

/** A scenario document around nodes, manifests and a timeline given as YAML fragments. */
export function scenarioYaml(opts: { nodes?: string; manifests: string; timeline?: string; until?: string; seed?: number }): string {
  return [
    'apiVersion: kubesim/v1',
    'kind: Scenario',
    'metadata: {name: test}',
    `seed: ${opts.seed ?? 1}`,
    `until: ${opts.until ?? '5m'}`,
    'nodes:',
    opts.nodes ?? '  - {namePrefix: node-, count: 3, capacity: {cpu: "8", memory: 32Gi, pods: "110"}}',
    'manifests:',
    opts.manifests,
    ...(opts.timeline ? ['timeline:', opts.timeline] : []),
  ].join('\n');
}

export interface Recorded { readonly result: RunResult; readonly events: ClusterEvent[] }

/** Runs a scenario and keeps every fact. */
export function runRecorded(s: Scenario, until?: number): Recorded {
  const events: ClusterEvent[] = [];
  const result = runScenario(s, { onEvent: (_seq, e) => events.push(e), ...(until !== undefined ? { until } : {}) });
  return { result, events };
}

export const livePods = (state: ClusterState): Pod[] => tvalues(state.pods).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
export const objectsOf = (state: ClusterState, resource: string): KubeObject[] => Object.values(state.objects[resource] ?? {});
export const isReady = (p: Pod): boolean => p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
/** The kubectl-style lines of the controller events: `reason: message`. */
export const controllerEvents = (events: readonly ClusterEvent[]): string[] =>
  events.filter((e) => e.type === 'ControllerEvent').map((e) => `${(e as { reason: string }).reason}: ${(e as { message: string }).message}`);
