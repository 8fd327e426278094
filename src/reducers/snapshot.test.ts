import { expect, test } from 'vitest';
import { podCreated } from '../../test-support/workloads.js';
import { evolveAll } from './index.js';
import { decodeState, SnapshotError } from './snapshot.js';
import { encodeState } from './snapshotWriter.js';
import { initialState } from './state.js';
import { uidSetKeys } from './uidSet.js';
import { asUid } from '../api/ids.js';

const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: asUid('rs-uid'), controller: true };

test('a checkpoint keeps the podsByOwner index (its chunks are Sets) with its order', () => {
  const events = Array.from({ length: 40 }, (_, i) => podCreated(`p${i}`, i % 2 ? { owner } : {}));
  const state = evolveAll(initialState(), events);
  const restored = decodeState(encodeState(state));
  expect(uidSetKeys(restored.podsByOwner.get('rs-uid'))).toEqual(uidSetKeys(state.podsByOwner.get('rs-uid')));
  expect(uidSetKeys(restored.podsByOwner.get('rs-uid'))).toHaveLength(20);
  expect(restored.podsByOwner.keys().flatMap((k) => uidSetKeys(restored.podsByOwner.get(k))).sort())
    .toEqual(events.map((e) => (e as { uid: string }).uid).sort());
  expect(restored.pods.entries()).toEqual(state.pods.entries());
  expect(Object.isFrozen(restored.pods.get((events[0] as { uid: string }).uid))).toBe(true);
});

test('repeated values are stored once: 40 pods of one template take far less than 40 times one', () => {
  const one = encodeState(evolveAll(initialState(), [podCreated('p0', { owner })])).length;
  const empty = encodeState(initialState()).length;
  const forty = encodeState(evolveAll(initialState(), Array.from({ length: 40 }, (_, i) =>
    podCreated(`p${i}`, { owner })))).length;
  expect(forty - empty).toBeLessThan(10 * (one - empty));
});

test('numbers JSON cannot hold are kept; bytes that are not a state are refused, not misread', () => {
  const state = { ...initialState(), odd: [Infinity, -Infinity, NaN, 0, 'Infinity'] };
  expect((decodeState(encodeState(state as never)) as unknown as typeof state).odd)
    .toEqual([Infinity, -Infinity, NaN, 0, 'Infinity']);
  const bytes = encodeState(initialState());
  expect(() => decodeState(bytes.subarray(0, bytes.length - 4))).toThrow(SnapshotError);
  expect(() => decodeState(new Uint8Array([1, 0, 0, 0, 0x7b]))).toThrow(SnapshotError);
});
