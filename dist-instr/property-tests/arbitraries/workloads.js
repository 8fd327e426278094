import fc from 'fast-check';
import { DEFAULT_COMPONENTS } from '../../src/engine/components.js';
import { Simulation } from '../../src/engine/simulation.js';
import { tvalues } from '../../src/reducers/table.js';
import { buildNode } from '../../src/scenario/nodes.js';
/** A node of 2-8 CPUs with optional labels and taints (scenario `nodes:` entries). */
export const node = (name, cpu, labels = {}, taints = []) => buildNode(name, { capacity: { cpu: String(cpu), memory: '16Gi', pods: '110' }, labels, taints }, [], 'nodes');
export const nodeCpus = fc.integer({ min: 2, max: 8 });
export function scenario(nodes, manifests, timeline, until, seed = 1) {
    return {
        name: 'prop', file: 'prop.yaml', seed, until, startTime: 0, nodes,
        manifests: manifests.map((object) => ({ object, source: { file: 'prop.yaml' } })),
        timeline: [...timeline].sort((a, b) => a.at - b.at).map((t) => ({ ...t, source: { file: 'prop.yaml' } })),
        behaviors: [], staticPods: [], warnings: [],
    };
}
export const deployment = (name, replicas, image, cpuMillis, strategy) => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default' },
    spec: {
        replicas, selector: { matchLabels: { app: name } }, ...(strategy ? { strategy } : {}),
        template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image, resources: { requests: { cpu: `${cpuMillis}m` } } }] } },
    },
});
/** Runs a scenario, calling `check` after every applied batch with the batch and the state before and after it. */
export function runChecked(s, check, log) {
    const sim = new Simulation(s, { components: DEFAULT_COMPONENTS });
    let before = sim.state;
    if (check)
        sim.batches$.subscribe(({ events, state }) => { check(events, before, state); before = state; });
    if (log)
        sim.events$.subscribe(({ event }) => log.push(event));
    return sim.run();
}
export const pods = (state) => tvalues(state.pods);
export const isReady = (p) => p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
export const isActive = (p) => p.metadata.deletionTimestamp === undefined && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed';
