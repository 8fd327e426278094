import { buildNode } from '../src/scenario/nodes.js';
/**
 * A scenario built in code for the pipeline benchmarks: `nodes` nodes of 4 CPU / 32Gi / 110 pods
 * (scheduler_perf's standard node) and `pods` pods of 100m / 500Mi (its standard pod) arriving
 * `perSecond` at a time, one batch per virtual second. The pods are stamped from 50 templates
 * (50 apps), as pods of a large cluster are stamped from their controllers' templates: pods of
 * one template share its spec object.
 */
export function pipelineScenario(nodes, pods, perSecond, opts = {}) {
    const nodeObjs = [];
    for (let i = 0; i < nodes; i++)
        nodeObjs.push(buildNode(`node-${i}`, { capacity: { cpu: '4', memory: '32Gi', pods: '110' } }, [], ''));
    const timeline = [];
    let batch = [];
    let t = 1000;
    const templates = Array.from({ length: 50 }, (_, a) => ({
        containers: [{ name: 'c', image: `registry.k8s.io/app-${a}:1.0`, resources: { requests: { cpu: '100m', memory: '500Mi' } } }],
    }));
    for (let i = 0; i < pods; i++) {
        const object = {
            apiVersion: 'v1', kind: 'Pod',
            metadata: { name: `pod-${i}`, namespace: 'default', labels: { app: `app-${i % 50}` } },
            spec: opts.prebound ? { ...templates[i % 50], nodeName: `node-${i % nodes}` } : templates[i % 50],
        };
        batch.push({ object, source: { file: 'bench' } });
        if (batch.length === perSecond || i === pods - 1) {
            timeline.push({ at: t, action: { kind: 'apply', objects: batch }, source: { file: 'bench' } });
            batch = [];
            t += 1000;
        }
    }
    return {
        name: `pipeline-${nodes}n-${pods}p`, file: 'bench', seed: 1, until: t + 60_000, startTime: 0,
        nodes: nodeObjs, manifests: [], timeline, behaviors: [], staticPods: [], warnings: [],
    };
}
