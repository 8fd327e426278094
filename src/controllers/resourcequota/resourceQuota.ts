import type { ComponentContext } from '../../decider/component.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ObjectKey } from '../../api/ids.js';
import { quotaAmounts, quotaScale, type ResourceQuota } from '../../api/quota.js';
import { formatQuantity } from '../../api/quantityFormat.js';
import { getObject, objectCount, objectKeys, type ClusterState } from '../../reducers/state.js';
import { tget } from '../../reducers/table.js';
import type { Scenario } from '../../scenario/types.js';
import { quotasIn, quotaUsed } from '../../apiserver/resourceQuota.js';
import { ControllerComponent, type ControllerDef, type SyncContext, NO_KEYS } from '../controller.js';

const namespaceOf = (key: string): string => key.slice(0, key.indexOf('/'));
const quotaKeys = (state: ClusterState, ns: string): ObjectKey[] =>
  quotasIn(state, ns).map((q) => `${ns}/${q.metadata.name}`);

/** A pod fact that can change what a quota counts: a pod appears, goes, or ends (Succeeded/Failed). */
function podUsageChanged(e: ClusterEvent, state: ClusterState, prev: ClusterState): boolean {
  if (e.type === 'PodCreated' || e.type === 'PodDeleted') return true;
  if (!('uid' in e) || !('pod' in e)) return false;
  const before = tget(prev.pods, e.uid as string)?.status?.phase,
    after = tget(state.pods, e.uid as string)?.status?.phase;
  return before !== after && (after === 'Succeeded' || after === 'Failed');
}

/**
 * The resource quota controller (pkg/controller/resourcequota): keeps each quota's status.hard
 * (its spec.hard) and status.used (what the namespace's pods and objects use now) up to date,
 * recalculating when a pod or counted object of its namespace comes, goes or finishes. Usage
 * is printed as Quantity.String() prints it.
 */
export const resourceQuotaDef: ControllerDef = {
  name: 'resourcequota-controller',
  keysFor(e, state, prev) {
    if (objectCount(state, 'resourcequotas') === 0) return NO_KEYS;
    if (e.type === 'ObjectApplied' && e.resource === 'resourcequotas') return [e.key];
    if ((e.type === 'ObjectApplied' || e.type === 'ObjectDeleted') && e.key.includes('/')) {
      return quotaKeys(state, namespaceOf(e.key));
    }
    if ('pod' in e && typeof e.pod === 'string' && podUsageChanged(e, state, prev)) {
      return quotaKeys(state, namespaceOf(e.pod));
    }
    return NO_KEYS;
  },
  sync(key: ObjectKey, state: ClusterState, ctx: SyncContext) {
    const q = getObject(state, 'resourcequotas', key) as ResourceQuota | undefined;
    if (!q || q.metadata.deletionTimestamp !== undefined) return;
    const { binary } = quotaAmounts(q.spec?.hard);
    const used = quotaUsed(state, q);
    const status = {
      hard: { ...(q.spec?.hard ?? {}) },
      used: Object.fromEntries(Object.keys(used).sort().map((r) => [r, formatQuantity(used[r], quotaScale(r),
        binary.has(r) ? 'BinarySI' : 'DecimalSI')])),
    };
    if (JSON.stringify(q.status ?? {}) === JSON.stringify(status)) return;
    ctx.out.emit({ type: 'ObjectStatusUpdated', at: ctx.now, resource: 'resourcequotas', key, status });
  },
  initialKeys: (state) => objectKeys(state, 'resourcequotas'),
};

export const resourceQuotaController = {
  name: 'resourcequota-controller',
  create: (s: Scenario, ctx: ComponentContext) => new ControllerComponent(resourceQuotaDef, s, ctx.rng, ctx.options),
};
