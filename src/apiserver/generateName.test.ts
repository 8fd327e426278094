import { describe, expect, test } from 'vitest';
import { objectKey } from '../api/ids.js';
import { Rng } from '../clock/rng.js';
import { initialState } from '../reducers/state.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';
import { admitPod, generateName } from './admission.js';

/*
 * apiserver registry/store.go createWithGenerateNameRetry: a generated name taken by an existing
 * object (or by a pod the same sync created, which is not stored yet) is drawn again, up to 8
 * attempts in all; the 8th collision is refused as already existing.
 */
const state = initialState();
const manifest = { metadata: { namespace: 'default', generateName: 'web-' }, spec: { containers: [{ name: 'c',
  image: 'nginx' }] } };
/** The names a fresh stream of this seed generates, in order. */
const draws = (seed: number, n: number): string[] => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => generateName('web-', rng));
};
const nameOf = (r: ReturnType<typeof admitPod>): string => ('error' in r ? r.error : r.object.metadata.name);

describe('generateName: collisions are drawn again (RetryGenerateName)', () => {
  test('a free first draw is kept; a taken one is replaced by the next draw; the sync\'s own pods count', () => {
    const [first, second, third] = draws(7, 3);
    expect(nameOf(admitPod(manifest, state, 0, new Rng(7)))).toBe(first);
    const taken = new Set([objectKey('default', first)]);
    expect(nameOf(admitPod(manifest, state, 0, new Rng(7), { taken }))).toBe(second);
    expect(taken.has(objectKey('default', second))).toBe(true); // the created pod is taken for the next one
    taken.add(objectKey('default', third));
    expect(nameOf(admitPod(manifest, state, 0, new Rng(7), { taken }))).toBe(draws(7, 4)[3]);
  });

  test('eight taken draws: the create is refused as already existing', () => {
    const names = draws(3, 8);
    const taken = new Set(names.map((n) => objectKey('default', n)));
    expect(nameOf(admitPod(manifest, state, 0, new Rng(3), { taken }))).toBe(`pods "${names[7]}" already exists`);
  });

  test('a stored pod with the generated name is avoided too', () => {
    const [first] = draws(11, 1);
    const stored = runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: taken}
until: 1s
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: ${first}}, spec: {containers: [{name: c, image: nginx}]}}
`)).state;
    expect(nameOf(admitPod(manifest, stored, 0, new Rng(11)))).toBe(draws(11, 2)[1]);
  });
});
