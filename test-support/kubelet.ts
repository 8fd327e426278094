import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { Simulation } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { ClusterState } from '../src/reducers/state.js';
import { tget } from '../src/reducers/table.js';
import type { Pod } from '../src/api/types.js';
import type { Scenario } from '../src/scenario/types.js';
import { scenarioFrom } from './scenario.js';



/** Runs a scenario to its end; returns every fact and the final state. */
export function simulate(s: Scenario | string, until?: number): { events: ClusterEvent[]; state: ClusterState; sim: Simulation } {
  const scenario = typeof s === 'string' ? scenarioFrom(s) : s;
  const sim = new Simulation(scenario, { components: DEFAULT_COMPONENTS, ...(until !== undefined ? { until } : {}) });
  const events: ClusterEvent[] = [];
  sim.events$.subscribe(({ event }) => events.push(event));
  const state = sim.run();
  return { events, state, sim };
}

/** Every fact of a run with these components, one JSON line each: what compares two component sets' logs. */
export function factLines(s: Scenario, components: typeof DEFAULT_COMPONENTS): string[] {
  const sim = new Simulation(s, { components });
  const lines: string[] = [];
  sim.batches$.subscribe(({ events }) => { for (const e of events) lines.push(JSON.stringify(e)); });
  sim.run();
  return lines;
}

/** The live pod named `name` (namespace default). */
export function podNamed(state: ClusterState, name: string, namespace = 'default'): Pod | undefined {
  const uid = tget(state.podUids, `${namespace}/${name}`);
  return uid ? tget(state.pods, uid) : undefined;
}

const KUBELET_TYPES = new Set(['PodSandboxReady', 'ImagePulling', 'ImagePulled', 'ContainerWaiting', 'ContainerCreated', 'ContainerStarted', 'ContainerExited', 'OOMKilled', 'BackOff', 'Killing', 'HookFailed', 'ProbeFailed', 'ProbeSucceeded', 'PodTerminating', 'PodDeleted', 'PodStatusPatched', 'FailedMount', 'PodCreated']);

/**
 * The kubelet's facts for one pod, one short line each: `at type container detail`, e.g.
 * `12000 ContainerExited app 1 Error`, `40000 ProbeFailed app liveness`.
 */
export function timeline(events: readonly ClusterEvent[], pod: string, namespace = 'default'): string[] {
  const key = `${namespace}/${pod}`;
  const out: string[] = [];
  for (const e of events) {
    if (!KUBELET_TYPES.has(e.type) || !('pod' in e) || e.pod !== key) continue;
    const c = 'container' in e ? ` ${e.container}` : '';
    let d = '';
    switch (e.type) {
      case 'ContainerExited': d = ` ${e.exitCode} ${e.reason}`; break;
      case 'ContainerWaiting': d = ` ${e.reason}`; break;
      case 'ContainerCreated': d = ` #${e.restartCount}`; break;
      case 'BackOff': d = ` ${e.delayMs}`; break;
      case 'ProbeFailed': case 'ProbeSucceeded': d = ` ${e.probe}`; break;
      case 'Killing': d = ` ${e.message}`; break;
      case 'HookFailed': d = ` ${e.hook}`; break;
      case 'ImagePulled': d = e.present ? ' present' : ` ${e.durationMs}`; break;
      case 'PodStatusPatched': d = ` ${e.phase ?? ''} ${e.reason ?? ''}`; break;
      case 'PodTerminating': d = ` ${e.gracePeriodSeconds}`; break;
      case 'PodSandboxReady': d = ` ${e.podIP}`; break;
      default: break;
    }
    out.push(`${e.at} ${e.type}${c}${d}`);
  }
  return out;
}

/** A one-node scenario around one pod manifest (YAML text, indented as a list item body). */
export function onePod(pod: string, extra = '', until = '10m'): string {
  return `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: t}
seed: 1
until: ${until}
nodes:
  - {name: node-a, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
${pod}
${extra}`;
}
