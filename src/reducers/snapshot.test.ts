import { expect, test } from 'vitest';
import { podCreated } from '../../test-support/workloads.js';
import { evolveAll } from './index.js';
import { partFromJson, partToJson, stateFromParts, stateParts } from './snapshot.js';
import { initialState } from './state.js';
import { uidSetKeys } from './uidSet.js';
import { asUid } from '../api/ids.js';

test('a checkpoint keeps the podsByOwner index (its chunks are Sets) with its order', () => {
  const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: asUid('rs-uid'), controller: true };
  const events = Array.from({ length: 40 }, (_, i) => podCreated(`p${i}`, i % 2 ? { owner } : {}));
  const state = evolveAll(initialState(), events);
  const restored = stateFromParts([...stateParts(state)].map((p) => partFromJson(partToJson(p))));
  expect(uidSetKeys(restored.podsByOwner.get('rs-uid'))).toEqual(uidSetKeys(state.podsByOwner.get('rs-uid')));
  expect(uidSetKeys(restored.podsByOwner.get('rs-uid'))).toHaveLength(20);
  expect(restored.podsByOwner.keys().flatMap((k) => uidSetKeys(restored.podsByOwner.get(k))).sort())
    .toEqual(events.map((e) => (e as { uid: string }).uid).sort());
});
