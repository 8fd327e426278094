import { parseDuration } from '../api/time.js';
import { isObj } from '../api/validation/common.js';
export const DEFAULT_CONTROLLER_MANAGER = {
    nodeEvictionRate: 0.1, secondaryNodeEvictionRate: 0.01, largeClusterSizeThreshold: 50, unhealthyZoneThreshold: 0.55,
    nodeMonitorPeriod: 5_000, nodeMonitorGracePeriod: 50_000,
};
/** The flags given as durations (`5s`, `40s`); the others are numbers. */
const DURATION_FLAGS = ['nodeMonitorPeriod', 'nodeMonitorGracePeriod'];
/**
 * KubeletConfiguration nodeStatusUpdateFrequency (pkg/kubelet/apis/config/v1beta1/defaults.go: 10 s).
 * It sets how often the kubelet computes node status; node health is judged from the node Lease,
 * renewed every 10 s (nodeLeaseDurationSeconds 40 x 0.25) whatever this is, so in kubesim it changes
 * nothing (kept, checked, and named so a scenario copied from a real config loads).
 */
export const DEFAULT_NODE_STATUS_UPDATE_FREQUENCY_MS = 10_000;
const known = (p, path, v, keys) => {
    for (const k of Object.keys(v)) {
        if (!keys.includes(k))
            p.push({ path: `${path}.${k}`, message: `unknown field (known: ${keys.join(', ')})` });
    }
};
/** Reads `cluster.controllerManager`; bad values are problems, absent ones take the defaults. */
export function parseControllerManager(v, p) {
    if (v === undefined || v === null)
        return DEFAULT_CONTROLLER_MANAGER;
    const path = 'cluster.controllerManager';
    if (!isObj(v)) {
        p.push({ path, message: 'must be a mapping of controller-manager flags' });
        return DEFAULT_CONTROLLER_MANAGER;
    }
    const keys = Object.keys(DEFAULT_CONTROLLER_MANAGER);
    known(p, path, v, keys);
    const out = { ...DEFAULT_CONTROLLER_MANAGER };
    for (const k of keys) {
        const x = v[k];
        if (x === undefined)
            continue;
        if (DURATION_FLAGS.includes(k)) {
            const d = parseDuration(x);
            if (typeof d === 'string')
                p.push({ path: `${path}.${k}`, message: d });
            else if (d <= 0)
                p.push({ path: `${path}.${k}`, message: 'must be greater than 0' });
            else
                out[k] = d;
            continue;
        }
        const integer = k === 'largeClusterSizeThreshold';
        if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || (integer && !Number.isInteger(x))) {
            p.push({ path: `${path}.${k}`, message: `must be a ${integer ? 'whole number' : 'number'} >= 0, got ` +
                    JSON.stringify(x) });
        }
        else if (k === 'unhealthyZoneThreshold' && x > 1) {
            p.push({ path: `${path}.${k}`, message: `must be between 0 and 1, got ${x}` });
        }
        else
            out[k] = x;
    }
    return out;
}
/**
 * The kubelet fields besides maxContainerRestartPeriod: nodeStatusUpdateFrequency (checked, a
 * duration above 0) and imagePullProgressDeadline, a dockershim flag removed in Kubernetes 1.24
 * with dockershim itself (KEP-2221): no container runtime kubesim models reads it, so it is a
 * warning and has no effect (image pulls take the time behaviours give).
 */
export function parseKubeletExtras(v, p, warnings) {
    let out = {};
    if (v.nodeStatusUpdateFrequency !== undefined) {
        const d = parseDuration(v.nodeStatusUpdateFrequency);
        const path = 'cluster.kubelet.nodeStatusUpdateFrequency';
        if (typeof d === 'string')
            p.push({ path, message: d });
        else if (d <= 0)
            p.push({ path, message: 'must be greater than 0' });
        else
            out = { nodeStatusUpdateFrequency: d };
    }
    if (v.imagePullProgressDeadline !== undefined)
        warnings.push({ path: 'cluster.kubelet.imagePullProgressDeadline',
            message: 'a dockershim flag, removed in Kubernetes 1.24 with dockershim: not modelled, ignored' });
    return out;
}
