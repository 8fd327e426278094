import type { KubeObject, Pod } from '../api/types.js';
import type { ObjectKey } from '../api/ids.js';
import type { ControllerDef } from './controller.js';
import { podOwnerKeys } from './controllerUtils.js';

/**
 * `keysFor` of a controller that owns pods through a selector (ReplicaSet, StatefulSet, DaemonSet:
 * its informers watch its own objects and pods). A change or termination of one of its objects
 * enqueues that object; status writes, deletions and recorded Events enqueue nothing (the sync
 * wrote them, or the garbage collector cleans up); any other fact, the owners of the pod it changes.
 */
export const ownedPodsKeysFor = (resource: string, kind: string,
  selectorOf: (o: KubeObject) => (p: Pod) => boolean): ControllerDef['keysFor'] => (e, state, prev): ObjectKey[] => {
  switch (e.type) {
    case 'ObjectApplied': case 'ObjectTerminating':
      return e.resource === resource ? [e.key] : [];
    case 'ObjectStatusUpdated': case 'ObjectDeleted': case 'ControllerEvent':
      return [];
    default:
      return podOwnerKeys(e, state, prev, kind, resource, selectorOf);
  }
};
