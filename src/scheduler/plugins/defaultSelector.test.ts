/**
 * The default topology spread constraints for pods selected by a Service (helper/spread.go
 * DefaultSelector and GetPodServices; podtopologyspread/common.go buildDefaultConstraints).
 */
import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { evolveAll } from '../../reducers/index.js';
import { newCycleState } from '../cycleState.js';
import { SKIP, SUCCESS } from '../status.js';
import { defaultSelector } from './defaultSelector.js';
import { podTopologySpread } from './podTopologySpread.js';

const zoned = (name: string, zone: string) => makeNode(name).labels({ 'topology.kubernetes.io/zone': zone }).obj();
const nodes = [zoned('a1', 'a'), zoned('a2', 'a'), zoned('b1', 'b')];
const web = (name: string) => makePod(name).labels({ app: 'web', tier: 'fe' }).obj();
const service = (name: string, selector: Record<string, string> | undefined, namespace = 'default') => ({
  type: 'ObjectApplied' as const, at: 0, resource: 'services', key: `${namespace}/${name}`,
  object: { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: selector ? { selector } : {} },
});
const withServices = (...svcs: ReturnType<typeof service>[]) => {
  const snap = makeSnapshot(nodes, [{ pod: web('w1'), node: 'a1' }]);
  snap.state = evolveAll(snap.state, svcs);
  return snap;
};

describe('Services feed the default spread selector', () => {
  test('a bare pod selected by a Service is spread like a ReplicaSet\'s pod (same scores as the RS case)', () => {
    const snap = withServices(service('web', { app: 'web' }));
    const pod = makePod().labels({ app: 'web', tier: 'fe' }).info();
    const s = newCycleState();
    expect(podTopologySpread.preScore(s, pod, snap, snap.nodes)).toEqual(SUCCESS);
    // hostname (maxSkew 3, 3 nodes: ln 5): a1 1*1.609 + 2, others 2; zone (maxSkew 5, 2 zones: ln 4): a 1.386 + 4, b 4
    expect(snap.nodes.map((n) => podTopologySpread.score(s, pod, n))).toEqual([9, 7, 6]);
  });
  test('no Service and no controller: the selector is empty and the defaults do not apply (Skip)', () => {
    const snap = withServices(service('other', { app: 'db' }));
    const pod = makePod().labels({ app: 'web' }).info();
    expect(defaultSelector(pod, snap)).toBeUndefined();
    expect(podTopologySpread.preScore(newCycleState(), pod, snap, snap.nodes)).toEqual(SKIP);
  });
  test('a Service without a selector matches nothing; one in another namespace is not read', () => {
    const snap = withServices(service('headless', undefined), service('web', { app: 'web' }, 'other'));
    expect(defaultSelector(makePod().labels({ app: 'web' }).info(), snap)).toBeUndefined();
  });
  test('the selectors of every matching Service are merged', () => {
    const snap = withServices(service('a', { app: 'web' }), service('b', { tier: 'fe' }));
    expect(defaultSelector(makePod().labels({ app: 'web', tier: 'fe' }).info(), snap))
      .toEqual({ matchLabels: { app: 'web', tier: 'fe' }, matchExpressions: [] });
  });
});
