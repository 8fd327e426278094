import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { replicaSet } from './arbitraries/replicaSet.js';
import { scenarioDoc } from './arbitraries/scenario.js';
import { cluster } from './arbitraries/node.js';
import { faultTimeline } from './arbitraries/faults.js';
import { faultTimeline as materialize, nodeNamesOf } from '../src/fuzz/materialize.js';
import { runDoc } from '../src/fuzz/runCase.js';
import { builtinInvariants } from '../src/invariants/registry.js';
import { runs } from './support/runs.js';

/**
 * The safety laws: they must hold after every batch of any scenario, whatever controllers exist.
 * An infinite settle time switches the convergence checks off (replicas-converge, and the
 * completeness parts of daemonset-one-per-node and statefulset-ordinals): they need the
 * controllers, and are checked below for ReplicaSets.
 */
const safety = builtinInvariants({ settle: Number.POSITIVE_INFINITY });


/** Pods that fit anywhere: a law about convergence, not about capacity. */
const withoutRequests = (rs: Record<string, unknown>): Record<string, unknown> => {
  const r = structuredClone(rs) as { spec: { template: { spec: { containers: { resources?: unknown }[] } } } };
  for (const c of r.spec.template.spec.containers) delete c.resources;
  return r as unknown as Record<string, unknown>;
};

describe('invariant suite', () => {
  test('random clusters, manifests and fault timelines break no safety invariant', () => {
    fc.assert(fc.property(scenarioDoc({ until: 240_000 }), (doc) => {
      expect(runDoc(doc, 'generated.yaml', { invariants: safety }).violations).toEqual([]);
    }), { numRuns: runs(30) });
  });

  test('ReplicaSets whose pods fit converge after node losses that leave a node standing ', () => {
    const arb = fc.record({ nodes: cluster(), rs: replicaSet('web'), seed: fc.nat(), faults: faultTimeline(['nodeLost'], 60_000, 3) })
      .map(({ nodes, rs, seed, faults }) => ({
        apiVersion: 'kubesim/v1', kind: 'Scenario', metadata: { name: 'rs' }, seed, until: '5m', nodes,
        // Losses start at 60 s, once the pods run: a node lost before its pods are bound needs the
        // node lifecycle controller (NotReady taint) to keep the scheduler away, not on main yet.
        manifests: [withoutRequests(rs)], timeline: materialize(faults.map((f) => ({ ...f, at: f.at + 60_000 })), nodeNamesOf(nodes), []),
      }));
    const invariants = builtinInvariants({ settle: 60_000 }).filter((i) => i.name !== 'daemonset-one-per-node' && i.name !== 'statefulset-ordinals');
    fc.assert(fc.property(arb, (doc) => {
      expect(runDoc(doc, 'rs.yaml', { invariants }).violations).toEqual([]);
    }), { numRuns: runs(30) });
  });
});
