import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { Simulation } from '../src/engine/simulation.js';
import { tget } from '../src/reducers/table.js';
import { scenarioFrom } from './scenario.js';
/** Runs a scenario to its end; returns every fact and the final state. */
export function simulate(s, until) {
    const scenario = typeof s === 'string' ? scenarioFrom(s) : s;
    const sim = new Simulation(scenario, { components: DEFAULT_COMPONENTS, ...(until !== undefined ? { until } : {}) });
    const events = [];
    sim.events$.subscribe(({ event }) => events.push(event));
    const state = sim.run();
    return { events, state, sim };
}
/** The live pod named `name` (namespace default). */
export function podNamed(state, name, namespace = 'default') {
    const uid = tget(state.podUids, `${namespace}/${name}`);
    return uid ? tget(state.pods, uid) : undefined;
}
const KUBELET_TYPES = new Set(['PodSandboxReady', 'ImagePulling', 'ImagePulled', 'ContainerWaiting', 'ContainerCreated', 'ContainerStarted', 'ContainerExited', 'OOMKilled', 'BackOff', 'Killing', 'HookFailed', 'ProbeFailed', 'ProbeSucceeded', 'PodTerminating', 'PodDeleted', 'PodStatusPatched', 'FailedMount', 'PodCreated']);
/**
 * The kubelet's facts for one pod, one short line each: `at type container detail`, e.g.
 * `12000 ContainerExited app 1 Error`, `40000 ProbeFailed app liveness`.
 */
export function timeline(events, pod, namespace = 'default') {
    const key = `${namespace}/${pod}`;
    const out = [];
    for (const e of events) {
        if (!KUBELET_TYPES.has(e.type) || !('pod' in e) || e.pod !== key)
            continue;
        const c = 'container' in e ? ` ${e.container}` : '';
        let d = '';
        switch (e.type) {
            case 'ContainerExited':
                d = ` ${e.exitCode} ${e.reason}`;
                break;
            case 'ContainerWaiting':
                d = ` ${e.reason}`;
                break;
            case 'ContainerCreated':
                d = ` #${e.restartCount}`;
                break;
            case 'BackOff':
                d = ` ${e.delayMs}`;
                break;
            case 'ProbeFailed':
            case 'ProbeSucceeded':
                d = ` ${e.probe}`;
                break;
            case 'Killing':
                d = ` ${e.message}`;
                break;
            case 'HookFailed':
                d = ` ${e.hook}`;
                break;
            case 'ImagePulled':
                d = e.present ? ' present' : ` ${e.durationMs}`;
                break;
            case 'PodStatusPatched':
                d = ` ${e.phase ?? ''} ${e.reason ?? ''}`;
                break;
            case 'PodTerminating':
                d = ` ${e.gracePeriodSeconds}`;
                break;
            case 'PodSandboxReady':
                d = ` ${e.podIP}`;
                break;
            default: break;
        }
        out.push(`${e.at} ${e.type}${c}${d}`);
    }
    return out;
}
/** A one-node scenario around one pod manifest (YAML text, indented as a list item body). */
export function onePod(pod, extra = '', until = '10m') {
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
