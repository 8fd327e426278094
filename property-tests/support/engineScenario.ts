import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * Small random scenarios for the engine's own laws (determinism, replay): a few nodes, bare pods
 * with random requests and selectors, and a timeline of node faults, deletions and late applies.
 * The richer, per-kind arbitraries users get live in property-tests/arbitraries/.
 */
const podArb = (i: number) =>
  fc.record({
    cpu: fc.constantFrom('0', '100m', '500m', '1', '2', '3'),
    memory: fc.constantFrom('0', '64Mi', '1Gi', '3Gi'),
    zone: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    priority: fc.constantFrom(undefined, 'low', 'high'),
  }).map(({ cpu, memory, zone, priority }) => ({
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `p-${i}`, labels: { app: i % 2 ? 'web' : 'db' } },
    spec: {
      containers: [{ name: 'c', image: 'busybox:1.36', resources: { requests: { cpu, memory } } }],
      ...(zone ? { nodeSelector: { zone } } : {}),
      ...(priority === 'high' ? { priorityClassName: 'high' } : {}),
    },
  }));

export const scenarioYamlArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    nodes: fc.integer({ min: 1, max: 4 }),
    cpu: fc.constantFrom('1', '2', '4'),
    podCount: fc.integer({ min: 0, max: 10 }),
    untilMin: fc.integer({ min: 1, max: 15 }),
    faults: fc.array(fc.record({ at: fc.integer({ min: 0, max: 900 }), kind: fc.constantFrom('nodeLost', 'nodeRecovered', 'delete', 'apply', 'cordon', 'uncordon'), target: fc.nat(10) }), { maxLength: 6 }),
  })
  .chain((r) => fc.tuple(fc.constant(r), fc.tuple(...Array.from({ length: r.podCount + 3 }, (_, i) => podArb(i)))))
  .map(([r, pods]) => {
    const initial = pods.slice(0, r.podCount);
    const late = pods.slice(r.podCount);
    const nodeName = (t: number) => `n-${t % r.nodes}`;
    const timeline = r.faults.map((f, i) => {
      const at = `${f.at}s`;
      switch (f.kind) {
        case 'delete': return { at, delete: { kind: 'Pod', name: `p-${f.target % Math.max(1, r.podCount)}` } };
        case 'apply': return { at, apply: { ...late[i % late.length], metadata: { name: `late-${i}` } } };
        default: return { at, [f.kind]: nodeName(f.target) };
      }
    });
    const doc = {
      apiVersion: 'kubesim/v1', kind: 'Scenario', metadata: { name: 'random' }, seed: r.seed, until: `${r.untilMin}m`,
      nodes: [
        { namePrefix: 'n-', count: r.nodes, capacity: { cpu: r.cpu, memory: '4Gi', pods: '110' }, labels: { zone: 'a' } },
      ],
      manifests: [
        { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 },
        ...initial,
      ],
      timeline,
    };
    return stringify(doc);
  });
