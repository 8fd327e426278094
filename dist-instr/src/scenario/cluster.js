import { isObj } from '../api/validation/common.js';
import { parseDuration } from '../api/time.js';
import { DEFAULT_CONTROLLER_MANAGER, parseControllerManager, parseKubeletExtras } from './clusterFlags.js';
export const DEFAULT_FEATURE_GATES = {
    KubeletCrashLoopBackOffMax: false, ReduceDefaultCrashLoopBackOffDecay: false,
};
export const DEFAULT_CLUSTER = { featureGates: DEFAULT_FEATURE_GATES, kubelet: {},
    controllerManager: DEFAULT_CONTROLLER_MANAGER };
/** pkg/kubelet/apis/config/validation: maxContainerRestartPeriod must be within [1s, 300s]. */
const MAX_RESTART_PERIOD_RANGE = [1_000, 300_000];
const known = (p, path, v, keys) => {
    for (const k of Object.keys(v)) {
        if (!keys.includes(k))
            p.push({ path: `${path}.${k}`, message: `unknown field (known: ${keys.join(', ')})` });
    }
};
/** Reads `cluster:`; problems (and warnings) are pushed with their field paths. Absent: every default. */
export function parseCluster(v, p, warnings = []) {
    if (v === undefined || v === null)
        return DEFAULT_CLUSTER;
    if (!isObj(v)) {
        p.push({ path: 'cluster', message: 'must be a mapping of featureGates, kubelet and controllerManager' });
        return DEFAULT_CLUSTER;
    }
    known(p, 'cluster', v, ['featureGates', 'kubelet', 'controllerManager']);
    const gates = { ...DEFAULT_FEATURE_GATES };
    if (v.featureGates !== undefined) {
        if (!isObj(v.featureGates)) {
            p.push({ path: 'cluster.featureGates', message: 'must be a mapping of gate name to true/false' });
        }
        else {
            known(p, 'cluster.featureGates', v.featureGates, Object.keys(DEFAULT_FEATURE_GATES));
            for (const [k, g] of Object.entries(v.featureGates)) {
                if (!(k in DEFAULT_FEATURE_GATES))
                    continue;
                const at = `cluster.featureGates.${k}`;
                if (typeof g !== 'boolean')
                    p.push({ path: at, message: `must be true or false, got ${JSON.stringify(g)}` });
                else
                    gates[k] = g;
            }
        }
    }
    let kubelet = {};
    if (v.kubelet !== undefined) {
        if (!isObj(v.kubelet)) {
            p.push({ path: 'cluster.kubelet', message: 'must be a mapping of kubelet configuration fields' });
        }
        else {
            known(p, 'cluster.kubelet', v.kubelet, ['maxContainerRestartPeriod', 'nodeStatusUpdateFrequency',
                'imagePullProgressDeadline']);
            kubelet = parseKubeletExtras(v.kubelet, p, warnings);
            if (v.kubelet.maxContainerRestartPeriod !== undefined) {
                const d = parseDuration(v.kubelet.maxContainerRestartPeriod);
                const [lo, hi] = MAX_RESTART_PERIOD_RANGE;
                if (typeof d === 'string')
                    p.push({ path: 'cluster.kubelet.maxContainerRestartPeriod', message: d });
                else if (d < lo || d > hi) {
                    p.push({ path: 'cluster.kubelet.maxContainerRestartPeriod', message: 'must be between 1s and 300s' });
                }
                else
                    kubelet = { ...kubelet, maxContainerRestartPeriod: d };
            }
        }
    }
    return { featureGates: gates, kubelet,
        controllerManager: parseControllerManager(v.controllerManager, p) };
}
