import type { KubeObject } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { objectKey, type ObjectKey } from '../../api/ids.js';
import type { ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { TimelineAction } from '../../scenario/types.js';
import { controller, type ControllerDef, type SyncContext, type SyncResult, NO_KEYS } from '../controller.js';
import { controllerRefOf, recordEvent } from '../controllerUtils.js';
import { rolloutRecreate } from './recreate.js';
import { rolloutRolling } from './rolling.js';
import { rolloutUndo } from './rollback.js';
import { getObject, objectKeys } from '../../reducers/state.js';
import { DeploymentSync } from './deploymentSync.js';

/**
 * deployment_controller.go syncDeployment: status only while being deleted; paused and scaling
 * events go through `sync`; otherwise the strategy's rollout (rolloutRolling / rolloutRecreate).
 */
export function syncDeployment(key: ObjectKey, state: ClusterState, ctx: SyncContext): SyncResult | void {
  const d = getObject(state, 'deployments', key);
  if (!d) return;
  const s = new DeploymentSync(state, ctx, d);
  const sel = s.spec.selector;
  if (!sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0)) {
    recordEvent(ctx.out, 'deployments', d, 'SelectingAll',
      'This deployment is selecting all pods. A non-empty selector is required.', 'Warning');
    s.status = { ...s.status, observedGeneration: d.metadata.generation ?? 1 };
    s.flush();
    return;
  }
  if (d.metadata.deletionTimestamp !== undefined) {
    const { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(false);
    s.syncDeploymentStatus([...oldRSs, newRS], newRS);
  } else {
    s.checkPausedConditions();
    if (s.spec.paused || s.isScalingEvent()) s.sync();
    else if (s.spec.strategy.type === 'Recreate') rolloutRecreate(s);
    else rolloutRolling(s);
  }
  s.flush();
  return s.requeueAfter !== undefined ? { requeueAfter: s.requeueAfter } : undefined;
}

function ownerDeploymentKey(rs: KubeObject | undefined): readonly ObjectKey[] {
  const ref = rs ? controllerRefOf(rs) : undefined;
  return ref && ref.kind === 'Deployment' ? [objectKey(rs!.metadata.namespace, ref.name)] : NO_KEYS;
}

export const deploymentControllerDef: ControllerDef = {
  name: 'deployment-controller',
  initialKeys: (state) => objectKeys(state, 'deployments'),
  factTypes: ['ObjectApplied', 'ObjectTerminating', 'ObjectStatusUpdated', 'ObjectDeleted', 'PodDeleted'],
  keysFor(e: ClusterEvent, state, prev) {
    switch (e.type) {
      case 'ObjectApplied': case 'ObjectTerminating':
        if (e.resource === 'deployments') return [e.key];
        return e.resource === 'replicasets' ? ownerDeploymentKey(getObject(state, 'replicasets', e.key)) : NO_KEYS;
      case 'ObjectStatusUpdated':
        return e.resource === 'replicasets' ? ownerDeploymentKey(getObject(state, 'replicasets', e.key)) : NO_KEYS;
      case 'ObjectDeleted':
        return e.resource === 'replicasets' ? ownerDeploymentKey(getObject(prev, 'replicasets', e.key)) : NO_KEYS;
      case 'PodDeleted': {
        // Recreate waits for every old pod to be gone (deployment_controller.go deletePod).
        const pod = tget(prev.pods, e.uid);
        const ref = pod ? controllerRefOf(pod) : undefined;
        if (!ref || ref.kind !== 'ReplicaSet') return NO_KEYS;
        const keys = ownerDeploymentKey(getObject(state, 'replicasets', objectKey(pod!.metadata.namespace, ref.name)));
        return keys.filter((k) => (getObject(state, 'deployments', k)?.spec as { strategy?: { type?: string } }
          | undefined)?.strategy?.type === 'Recreate');
      }
      default:
        return NO_KEYS;
    }
  },
  sync: syncDeployment,
  act(action: TimelineAction, state, ctx) {
    if (action.kind !== 'rolloutUndo' || action.resource !== 'deployments') return false;
    rolloutUndo(action, state, ctx);
    return true;
  },
};

export const deployment = controller(deploymentControllerDef);
